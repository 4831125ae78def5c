import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/lib/db/migrate";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.dispose());

describe("migrations", () => {
  it("are recorded as Prisma records them, and a second run applies nothing", async () => {
    const rows = await database.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await migrateDatabase(database)).toEqual([]);
  });

  it("refuse a migration that was changed after it was applied", async () => {
    const [first, ...rest] = readMigrations();
    await expect(database.withConnection((conn) => import("@/lib/db/migrate").then((m) => m.migrate(conn, [{ ...first!, checksum: "0".repeat(64) }, ...rest])))).rejects.toThrow(/was changed after it was applied/);
  });

  it("roll a failing migration back whole", async () => {
    const broken = { name: "99999999999999_broken", sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();', checksum: "x" };
    await expect(database.withConnection((conn) => import("@/lib/db/migrate").then((m) => m.migrate(conn, [...readMigrations(), broken])))).rejects.toThrow(/broken failed/);
    const tables = await database.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'Half'`;
    expect(Number(tables[0]!.n)).toBe(0);
  });
});

describe("the audit log", () => {
  it("accepts inserts but refuses UPDATE, DELETE and TRUNCATE", async () => {
    const row = await database.prisma.auditLog.create({ data: { onderdeel: "test", action: "SIGN_IN", outcome: "ALLOWED" } });
    await expect(database.prisma.auditLog.update({ where: { id: row.id }, data: { action: "SIGN_OUT" } })).rejects.toThrow(/append-only/);
    await expect(database.prisma.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(database.prisma.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect(await database.prisma.auditLog.count({ where: { id: row.id, action: "SIGN_IN" } })).toBe(1);
  });
});
