// A database of its own for one test file: a fresh in-memory PGlite, or, with DATABASE_URL, a
// new database on that PostgreSQL server that is dropped afterwards. Either way migrated with
// the project's own runner, and installed as the app's db().
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "@/lib/db/connect";
import { installDatabase } from "@/lib/db";
import { startSender, stopJobs } from "@/lib/jobs/boss";
import { migrateAll } from "@/lib/db/prepare";
import { seedDemoData } from "@/prisma/seed";

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let dropDatabase = async () => {};
  let target: DatabaseTarget = { kind: "embedded", dataDir: "memory://" };
  if (serverUrl) {
    const url = new URL(serverUrl);
    const name = `${url.pathname.slice(1) || "postgres"}_t_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    url.pathname = `/${name}`;
    target = { kind: "postgres", url: url.toString() };
    dropDatabase = async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
  }
  const database = openDatabase(target);
  await migrateAll(database);
  installDatabase(database);
  await startSender();
  return {
    ...database,
    async dispose() {
      await stopJobs();
      await database.close();
      await dropDatabase();
    },
  };
}

/** A database of its own with the demo data, laid out around `today`. */
export async function openSeededDatabase(today: Date): Promise<TestDatabase> {
  const database = await openTestDatabase();
  await seedDemoData(database.prisma, today);
  return database;
}
