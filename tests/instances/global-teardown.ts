import { execFileSync } from "node:child_process";

export default function globalTeardown() {
  const url = process.env.INSTANCES_DATABASE_URL;
  if (!url || !process.env.DATABASE_URL) return;
  const name = new URL(url).pathname.slice(1);
  execFileSync("psql", [process.env.DATABASE_URL, "-qc", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
}
