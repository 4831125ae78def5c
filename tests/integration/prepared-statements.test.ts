// On PostgreSQL the app's statements are prepared once per connection and then reused
// (lib/db/statement-names.ts); the embedded engine has no such cache to check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

describe.skipIf(!process.env.DATABASE_URL)("prepared statements", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.dispose());

  it("prepares a query once on its connection and runs it again by name", async () => {
    // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
    const prepared = await database.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await tx.windstreek.findMany({ where: { actief: true }, select: { id: true } });
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const windstreken = prepared.filter((p) => p.statement.includes('FROM "public"."Windstreek"'));
    expect(windstreken).toHaveLength(1);
    expect(windstreken[0]!.name).toMatch(/^s_/);
  });
});
