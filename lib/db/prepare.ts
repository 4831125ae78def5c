// Opening the app's database at process start, as every entry point does (the server, the
// worker, the database scripts): the embedded folder's lock is taken first, before anything else
// touches it; then pending migrations are applied, as the owner role when DATABASE_MIGRATION_URL
// names one, which then grants the app's role (DATABASE_URL) its rights.
import { openDatabase, targetFromEnv, type Database } from "./connect";
import { migrateDatabase } from "./migrate";
import { roleOf } from "./roles";

export async function openAndMigrate(env: Record<string, string | undefined> = process.env): Promise<{ database: Database; applied: string[] }> {
  const database = openDatabase(targetFromEnv(env));
  try {
    const owner = env.DATABASE_URL && env.DATABASE_MIGRATION_URL && env.DATABASE_MIGRATION_URL !== env.DATABASE_URL ? env.DATABASE_MIGRATION_URL : null;
    if (!owner) return { database, applied: await migrateDatabase(database) };
    const ownerDatabase = openDatabase({ kind: "postgres", url: owner });
    try {
      return { database, applied: await migrateDatabase(ownerDatabase, { appRole: roleOf(env.DATABASE_URL!) }) };
    } finally {
      await ownerDatabase.close();
    }
  } catch (error) {
    await database.close();
    throw error;
  }
}
