// The app's one database, opened on first use rather than at import, so that `next build`
// (which imports every route) never opens it. Kept on globalThis so that hot reloads in
// development reuse it instead of taking the embedded folder's lock a second time.
import type { PrismaClient } from "../generated/prisma/client";
import { openDatabase, targetFromEnv, type Database } from "./connect";

const holder = globalThis as typeof globalThis & { __toptrajectenDb?: Database };

/** The open database, opened now if it is not yet. */
export function currentDatabase(): Database {
  holder.__toptrajectenDb ??= openDatabase(targetFromEnv());
  return holder.__toptrajectenDb;
}

export function db(): PrismaClient {
  return currentDatabase().prisma;
}

/** Makes `database` the one `db()` returns: for scripts and tests that open their own. */
export function installDatabase(database: Database): void {
  holder.__toptrajectenDb = database;
}
