// Opening the app's database at process start, as every entry point does (the server, the
// worker, the database scripts): the embedded folder's lock is taken first, before anything else
// touches it; then pending migrations are applied and the job queue installed, as the owner role
// when DATABASE_MIGRATION_URL names one, which then grants the app's role (DATABASE_URL) its rights.
import "server-only";
import { installJobs } from "../jobs/boss";
import { openDatabase, targetFromEnv, type Database } from "./connect";
import { migrateDatabase } from "./migrate";
import { grantAppRole, roleOf } from "./roles";

type Env = Record<string, string | undefined>;

/** Migrations, then the job queue's schema and queues; then the app role's grants, if it has one of its own. */
export async function migrateAll(database: Database, env: Env = process.env, appRole: string | null = null): Promise<string[]> {
  const applied = await migrateDatabase(database);
  await installJobs(database, env);
  if (appRole) await database.withConnection((conn) => grantAppRole(conn, appRole));
  return applied;
}

export async function openAndMigrate(env: Env = process.env): Promise<{ database: Database; applied: string[] }> {
  const database = openDatabase(targetFromEnv(env));
  try {
    const owner = env.DATABASE_URL && env.DATABASE_MIGRATION_URL && env.DATABASE_MIGRATION_URL !== env.DATABASE_URL ? env.DATABASE_MIGRATION_URL : null;
    if (!owner) return { database, applied: await migrateAll(database, env) };
    const ownerDatabase = openDatabase({ kind: "postgres", url: owner });
    try {
      return { database, applied: await migrateAll(ownerDatabase, env, roleOf(env.DATABASE_URL!)) };
    } finally {
      await ownerDatabase.close();
    }
  } catch (error) {
    await database.close();
    throw error;
  }
}
