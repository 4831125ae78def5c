// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations`
// with Prisma's own columns and checksum, so that `prisma migrate deploy` on a machine that has
// Prisma's native engine accepts the same database. Each migration runs in one transaction:
// a failing one leaves the database as it was.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Database, SqlConnection } from "./connect";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

// From the working directory, the app's root in every npm script: this module also runs bundled.
const migrationsDir = path.resolve(/* turbopackIgnore: true */ "prisma/migrations");

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Prisma's own definition of its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant will do; it serialises concurrent runners (two app instances starting at once).
const ADVISORY_LOCK_KEY = 7_513_2024;

/** Applies what is not applied yet; returns the names it applied. */
export async function migrate(conn: SqlConnection, migrations = readMigrations()): Promise<string[]> {
  await conn.exec(CREATE_MIGRATIONS_TABLE);
  await conn.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    const { rows } = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. ` +
              "Applied migrations are history: add a new migration instead.",
          );
        }
        continue;
      }
      await conn.exec("BEGIN");
      try {
        await conn.exec(migration.sql);
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await conn.exec("COMMIT");
      } catch (error) {
        await conn.exec("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back`, { cause: error });
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}

export function migrateDatabase(database: Database): Promise<string[]> {
  return database.withConnection((conn) => migrate(conn));
}
