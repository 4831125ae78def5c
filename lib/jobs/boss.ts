// The job queue: pg-boss on the app's own database, the embedded PGlite included (through its
// PGlite adapter, on the one connection). Three ways to hold it:
// - install: the migration step, as the schema's owner, creates pg-boss's schema, the queues and
//   the schedule (lib/db/prepare.ts);
// - send: every app process, to enqueue jobs inside the transaction of the change they belong to;
// - worker: `npm run worker` (or the server itself on the embedded engine and in the demo), which
//   runs the jobs and is the one that fires the schedule, once per slot across instances.
import "server-only";
import { fromPglite, fromPrisma, PgBoss, type ConstructorOptions, type SendOptions } from "pg-boss";
import { currentDatabase } from "../db";
import type { Database } from "../db/connect";
import { JOB_SCHEMA } from "../db/roles";
import type { Prisma } from "../generated/prisma/client";
import { errorFields, log } from "../log";
import { queueOptions, schedules, type QueueName } from "./queues";

type Rol = "install" | "send" | "worker";

export function bossFor(database: Database, rol: Rol): PgBoss {
  const connection: Partial<ConstructorOptions> =
    database.engine.kind === "embedded" ? { db: fromPglite(database.engine.pglite), backend: "pglite" } : { connectionString: database.engine.url, max: 4 };
  const boss = new PgBoss({
    ...connection,
    schema: JOB_SCHEMA,
    migrate: rol === "install",
    createSchema: rol === "install",
    supervise: rol === "worker",
    schedule: rol === "worker",
    registerInstance: rol === "worker",
    instanceName: rol === "worker" ? "worker" : undefined,
    // Rebuilding indexes needs to own them; the app's role owns nothing (lib/db/roles.ts).
    reindex: false,
    openTelemetry: { enabled: false },
  });
  boss.on("error", (error: Error) => log.error({ where: `jobs:${rol}`, err: errorFields(error) }, "job queue error"));
  return boss;
}

/** Stops `boss`; the embedded database is the app's to close, not pg-boss's. */
export function stopBoss(boss: PgBoss, database: Database, graceful = true): Promise<void> {
  return boss.stop({ graceful, timeout: 5_000, close: database.engine.kind !== "embedded" });
}

/** The migration step's part: pg-boss's schema, every queue with its options, the schedule. */
export async function installJobs(database: Database, env: Record<string, string | undefined> = process.env): Promise<void> {
  const boss = bossFor(database, "install");
  await boss.start();
  try {
    for (const [name, options] of Object.entries(queueOptions(env))) {
      if (await boss.getQueue(name)) await boss.updateQueue(name, options);
      else await boss.createQueue(name, options);
    }
    for (const { queue, cron, tz } of schedules(env)) await boss.schedule(queue, cron, null, { tz });
  } finally {
    await stopBoss(boss, database, false);
  }
}

// Bound to the database it was started on: a test or script that installs another database
// gets a sender of its own.
const holder = globalThis as typeof globalThis & { __toptrajectenBoss?: { database: Database; boss: Promise<PgBoss> } };

/** Makes `boss` (already started on `database`) the one this process sends with: the in-process worker's. */
export function installBoss(database: Database, boss: PgBoss): void {
  holder.__toptrajectenBoss = { database, boss: Promise.resolve(boss) };
}

/**
 * The process's sending instance, started on first use. Start it before the first transaction
 * that enqueues (startSender): on the embedded engine, starting it inside one would wait for the
 * one connection that transaction holds.
 */
function sender(): Promise<PgBoss> {
  const database = currentDatabase();
  if (holder.__toptrajectenBoss?.database !== database) holder.__toptrajectenBoss = { database, boss: bossFor(database, "send").start() };
  return holder.__toptrajectenBoss.boss;
}

/** Starts this process's sending instance now: at process start, before any request. */
export async function startSender(): Promise<void> {
  await sender();
}

/** Whether this process already holds an instance on `database`. */
export const hasBoss = (database: Database): boolean => holder.__toptrajectenBoss?.database === database;

/** Enqueues a job inside `tx`: it exists if and only if the change it belongs to commits. */
export async function enqueue(tx: Prisma.TransactionClient, queue: QueueName, data: object, options: SendOptions = {}): Promise<void> {
  await (await sender()).send(queue, data, { ...options, db: fromPrisma(tx) });
}

/** Enqueues a job on its own, outside any change (a retry asked for under Beheer). */
export async function enqueueNow(queue: QueueName, data: object): Promise<void> {
  await (await sender()).send(queue, data);
}

/** Stops this process's instance, the sender or the in-process worker, if it has one. */
export async function stopJobs(): Promise<void> {
  const started = holder.__toptrajectenBoss;
  holder.__toptrajectenBoss = undefined;
  if (started) await stopBoss(await started.boss, started.database);
}

/** Whether a worker (this process's or another's) has beaten within `withinMs`. */
export async function workerAlive(withinMs = 60_000): Promise<boolean> {
  const instances = await (await sender()).getInstances();
  return instances.some((i) => i.name === "worker" && i.stoppedOn === null && Date.now() - new Date(i.heartbeatOn).getTime() < withinMs);
}
