// A consistent copy of the whole database, and its way back. On PostgreSQL: pg_dump's custom
// format (one snapshot, so consistent while the app runs) and pg_restore into an empty database.
// Embedded: PGlite's own dump of its data folder (taken by the one process that holds it, so no
// write can interleave) and a load into an empty folder.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Database, DatabaseTarget } from "./connect";
import { acquireEmbeddedLock } from "./embedded-lock";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${command} could not start (${error.message}); install PostgreSQL's client tools.`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}

/** Writes the backup of `database` (opened on `target`) to `file`. */
export async function backupDatabase(database: Database, file: string): Promise<void> {
  if (database.engine.kind === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${database.engine.url}`]);
    return;
  }
  const dump = await database.engine.pglite.dumpDataDir("gzip");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
}

/** Restores `file` into `target`, which must be empty: a database without tables, or a new folder. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (target.kind === "postgres") {
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`, file]);
    return;
  }
  const pgdata = path.join(target.dataDir, "pgdata");
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) throw new Error(`${target.dataDir} already holds a database; restore into an empty folder.`);
  mkdirSync(target.dataDir, { recursive: true });
  const release = acquireEmbeddedLock(target.dataDir);
  try {
    const pglite = await PGlite.create(pgdata, { loadDataDir: new Blob([await readFile(file)]), extensions: { pg_trgm } });
    await pglite.close();
  } finally {
    release();
  }
}
