// The worker: runs the jobs of every queue and fires the schedule. `npm run worker` in
// production; inside the server on the embedded engine and in the demo (scripts/server.ts).
import "server-only";
import type { PgBoss } from "pg-boss";
import { recordAudit } from "../audit";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import type { Database } from "../db/connect";
import { deliver, mailFrom, mailTransport, markFailed } from "../mail/delivery";
import { bewaartermijnen } from "../privacy/bewaartermijnen";
import { applyRetention, retentieSamenvatting } from "../privacy/retention";
import { log } from "../log";
import { stuurWeekoverzichten } from "../tasks/digest";
import { herberekenTaken } from "../tasks/stored";
import { bossFor, hasBoss, installBoss, startSender } from "./boss";
import { QUEUE } from "./queues";

type Env = Record<string, string | undefined>;
type MailJob = { mailId: string };

/** Starts a worker on `database`; stop it with stopBoss, which lets running jobs finish. */
export async function startWorker(database: Database, env: Env = process.env): Promise<PgBoss> {
  const boss = bossFor(database, "worker");
  await boss.start();
  const transport = mailTransport(env);
  const from = mailFrom(env);
  await boss.work<MailJob>(QUEUE.mail, { pollingIntervalSeconds: 1 }, async ([job]) => deliver(job!.data.mailId, transport, from));
  await boss.work<MailJob>(QUEUE.mailMislukt, async ([job]) => markFailed(job!.data.mailId));
  await boss.work(QUEUE.bewaartermijn, async () => {
    const run = await applyRetention(amsterdamDay(), bewaartermijnen(env));
    // The run itself is on record too, also when it found no one.
    await recordAudit(db(), { actor: null, action: "RETENTION_RUN", onderdeel: retentieSamenvatting(run), outcome: "ALLOWED", aantal: run.geanonimiseerd.length });
  });
  await boss.work(QUEUE.weekoverzicht, async () => {
    await stuurWeekoverzichten();
  });
  await boss.work(QUEUE.taken, async () => {
    const aantal = await herberekenTaken();
    log.info({ where: "taken", aantal }, "stored tasks recomputed");
  });
  // A worker starting after midnight, or on a fresh database, need not wait for tomorrow's run,
  // and one started with new rules brings today's rows in line with them. A run writes only the
  // rows that changed, so a restart on the same day costs reads. Two workers starting at once run
  // it twice, one after the other: harmless.
  await boss.send(QUEUE.taken, null);
  return boss;
}

/**
 * The job queue of an app process: the whole worker where no separate one can run (the embedded
 * engine, whose folder one process holds), in the demo, or with WORKER_IN_PROCESS=1; otherwise
 * only the sending side, with `npm run worker` beside it. Once per process and database.
 */
export async function startJobs(database: Database, env: Env = process.env): Promise<void> {
  if (hasBoss(database)) return;
  const inProcess = database.engine.kind === "embedded" || env.DEMO_MODE === "1" || env.WORKER_IN_PROCESS === "1";
  if (inProcess) installBoss(database, await startWorker(database, env));
  else await startSender();
}
