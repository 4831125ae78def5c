// The health check for the hosting party's monitoring: is the database answering, are the
// migrations current, has a worker beaten within a minute. No data and no sign-in: only these
// three words.
import "server-only";
import { db } from "./db";
import { readMigrations } from "./db/migrate";
import { workerAlive } from "./jobs/boss";

export interface Health {
  database: "ok" | "niet bereikbaar";
  migrations: "ok" | "niet bijgewerkt" | "onbekend";
  worker: "ok" | "stil" | "onbekend";
}

let expected: string[] | undefined;

export async function checkHealth(): Promise<{ healthy: boolean; health: Health }> {
  expected ??= readMigrations().map((m) => m.name);
  let applied: Set<string> | null = null;
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    const health: Health = { database: "niet bereikbaar", migrations: "onbekend", worker: "onbekend" };
    return { healthy: false, health };
  }
  const worker = await workerAlive().catch(() => false);
  const health: Health = {
    database: "ok",
    migrations: expected.every((name) => applied.has(name)) ? "ok" : "niet bijgewerkt",
    worker: worker ? "ok" : "stil",
  };
  return { healthy: health.migrations === "ok" && health.worker === "ok", health };
}
