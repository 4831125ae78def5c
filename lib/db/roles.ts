// Least privilege on PostgreSQL: migrations run as the role that owns the schema; the app runs as
// a role that owns nothing and gets only what it needs. On the audit log that is INSERT and
// SELECT (and the retention run's purge function, which deletes only rows older than five
// years): not being its owner, the app cannot disable or drop the append-only triggers either.
// Granted after every migration run, so that new tables are covered; every statement is
// idempotent.
import type { SqlConnection } from "./connect";

/** pg-boss's schema (lib/jobs/boss.ts), installed by the owner with the migrations. */
export const JOB_SCHEMA = "pgboss";

/** The role name in a PostgreSQL URL, or null when the URL names none. */
export function roleOf(url: string): string | null {
  const user = decodeURIComponent(new URL(url).username);
  return user || null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Grants `appRole` what the app needs in the current database, and nothing more. */
export async function grantAppRole(conn: SqlConnection, appRole: string): Promise<void> {
  const role = ident(appRole);
  const { rows } = await conn.query<{ current_user: string }>("SELECT current_user");
  if (rows[0]?.current_user === appRole) {
    throw new Error("DATABASE_MIGRATION_URL and DATABASE_URL use the same role: give the app a role of its own (see README).");
  }
  await conn.exec(`
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditLog" FROM ${role};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role};
    GRANT EXECUTE ON FUNCTION audit_log_purge(timestamptz) TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
    GRANT USAGE ON SCHEMA ${ident(JOB_SCHEMA)} TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${ident(JOB_SCHEMA)} TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${ident(JOB_SCHEMA)} TO ${role};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${ident(JOB_SCHEMA)} TO ${role};
  `);
}
