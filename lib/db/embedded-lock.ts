// PGlite has no lock on its data folder: a second process that opens it silently loses writes.
// This lock file holds the owner's pid. A pid check (rather than a timed lease) tells a live
// owner from a crashed one at once, and a busy event loop can never make a lease look stale.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${pid}. ` +
        "Only one process may open it at a time: stop that process first, " +
        "or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "EmbeddedDatabaseInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock on `dataDir` for this process, or throws EmbeddedDatabaseInUseError. */
export function acquireEmbeddedLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, "toptrajecten.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (owner === process.pid || (Number.isInteger(owner) && owner > 0 && isAlive(owner))) {
        throw new EmbeddedDatabaseInUseError(dataDir, owner);
      }
      // The owner died without cleaning up: the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${lockPath}`);
}
