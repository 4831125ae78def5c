// A backup restores into an empty database with every row, the audit log to the last row: on the
// embedded engine through PGlite's dump of its folder, on PostgreSQL through pg_dump/pg_restore.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { openDatabase, type DatabaseTarget } from "@/lib/db/connect";
import { seededWithCasts, trajectAt } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const folder = mkdtempSync(path.join(tmpdir(), "toptrajecten-backup-"));

beforeAll(async () => {
  // A traject taken to borging through the app: history, goals and audit rows to carry over.
  await trajectAt(setup.database.prisma, setup.own, "BORGING", today);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Rows per table of the public schema, and the audit log as rows. */
async function contents(query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>) {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => String(r.tablename));
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await query(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
  const audit = (await query(`SELECT id::text, at, "userId", action, outcome, "trajectId" FROM "AuditLog" ORDER BY id`)).rows;
  return { counts, audit };
}

describe("backup and restore", () => {
  it("round-trips every table and the whole audit log into an empty database", async () => {
    const database = setup.database;
    const before = await database.withConnection((conn) => contents((sql) => conn.query(sql)));
    expect(before.counts.Traject).toBeGreaterThan(50);
    expect(before.audit.length).toBeGreaterThan(0);
    const file = path.join(folder, "toptrajecten.backup");
    await backupDatabase(database, file);

    let target: DatabaseTarget;
    let cleanup = async () => {};
    if (database.engine.kind === "embedded") {
      target = { kind: "embedded", dataDir: path.join(folder, "hersteld") };
    } else {
      const url = new URL(process.env.DATABASE_URL!);
      const name = `${url.pathname.slice(1) || "postgres"}_r_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      url.pathname = `/${name}`;
      target = { kind: "postgres", url: url.toString() };
      cleanup = async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
    }
    try {
      await restoreDatabase(target, file);
      const restored = openDatabase(target);
      try {
        const after = await restored.withConnection((conn) => contents((sql) => conn.query(sql)));
        expect(after.counts).toEqual(before.counts);
        expect(after.audit).toEqual(before.audit);
      } finally {
        await restored.close();
      }
      // Restoring over a database that holds one is refused.
      await expect(restoreDatabase(target, file)).rejects.toThrow();
    } finally {
      await cleanup();
    }
  }, 120_000);
});
