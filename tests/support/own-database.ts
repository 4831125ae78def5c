// For an instance test that needs a PostgreSQL database beside the shared one (an empty one, or
// one whose worker must not be raced by the other instances'): made on the same server, dropped after.
import { randomBytes } from "node:crypto";
import pg from "pg";

async function sql(server: string, statement: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** A new database on the server of `server` (a URL), named after it and `label`. */
export async function ownDatabase(server: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(server);
  const name = `${url.pathname.slice(1)}_${label}_${randomBytes(4).toString("hex")}`;
  await sql(server, `CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => sql(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
