// Least privilege on PostgreSQL: migrations as the owner, the app as a role that owns nothing and
// may only add to and read the audit log. Run where DATABASE_URL names a server whose role may
// create roles and databases (CI's local PostgreSQL); the embedded engine has no roles.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAndMigrate } from "@/lib/db/prepare";

const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)("database roles", () => {
  const suffix = randomBytes(4).toString("hex");
  const names = { db: `tt_roles_${suffix}`, owner: `tt_owner_${suffix}`, app: `tt_app_${suffix}` };
  const urlFor = (role: string) => {
    const url = new URL(serverUrl!);
    url.username = role;
    url.password = "";
    url.pathname = `/${names.db}`;
    return url.toString();
  };
  const admin = () => new pg.Client({ connectionString: serverUrl });
  let app: pg.Client;

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE ROLE ${names.owner} LOGIN`);
    await client.query(`CREATE ROLE ${names.app} LOGIN`);
    await client.query(`CREATE DATABASE ${names.db} OWNER ${names.owner}`);
    await client.query(`REVOKE ALL ON DATABASE ${names.db} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${names.db} TO ${names.app}`);
    await client.end();
    // Twice: the grants are idempotent, and a second start applies nothing.
    for (let run = 0; run < 2; run++) {
      const { database, applied } = await openAndMigrate({ DATABASE_URL: urlFor(names.app), DATABASE_MIGRATION_URL: urlFor(names.owner) });
      expect(applied.length > 0).toBe(run === 0);
      await database.close();
    }
    app = new pg.Client({ connectionString: urlFor(names.app) });
    await app.connect();
  }, 120_000);

  afterAll(async () => {
    await app?.end();
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${names.db} WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS ${names.app}`);
    await client.query(`DROP ROLE IF EXISTS ${names.owner}`);
    await client.end();
  });

  it("let the app write its tables and add to the audit log", async () => {
    await app.query(`INSERT INTO "Windstreek" (id, code, naam) VALUES ('w', 'W', 'West')`);
    await app.query(`UPDATE "Windstreek" SET naam = 'West en Nieuw-West' WHERE id = 'w'`);
    await app.query(`INSERT INTO "AuditLog" (onderdeel, action, outcome) VALUES ('test', 'SIGN_IN', 'ALLOWED')`);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(1);
  });

  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET action = 'X'`],
    ["DELETE", `DELETE FROM "AuditLog"`],
    ["TRUNCATE", `TRUNCATE "AuditLog"`],
    ["DISABLE TRIGGER", `ALTER TABLE "AuditLog" DISABLE TRIGGER USER`],
    ["DROP TRIGGER", `DROP TRIGGER "AuditLog_no_update_or_delete" ON "AuditLog"`],
    ["DROP TABLE", `DROP TABLE "AuditLog"`],
    ["a change to the migration history", `DELETE FROM "_prisma_migrations"`],
    ["a new table", `CREATE TABLE "Eigen" (id int)`],
  ])("refuse the app's role %s", async (_, sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(1);
  });
});
