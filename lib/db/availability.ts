// Whether the database can be reached. An error that says it cannot is told apart from every
// other, so that users see "tijdelijk niet beschikbaar" instead of a wrong-password message or a
// generic error; and the server keeps a flag, refreshed by a ping, that the proxy answers every
// page with while the database is gone (proxy.ts).

const CONNECTION_CODES = new Set([
  // Prisma: cannot reach the server, timed out, connection closed, pool timed out.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // Node's sockets.
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  // PostgreSQL: shutting down, starting up, too many connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** The error, or one of its causes, says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errorCode?: unknown };
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.errorCode === "string" && CONNECTION_CODES.has(e.errorCode)) return true;
  if (typeof e.message === "string" && /Connection terminated|Can't reach database server|connect ECONNREFUSED|terminating connection due to administrator command/.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export const NIET_BESCHIKBAAR = "Toptrajecten is tijdelijk niet beschikbaar. Probeer het over enkele minuten opnieuw.";

const flag = globalThis as typeof globalThis & { __toptrajectenDbDown?: boolean };

/** The last ping's answer: true while the database was unreachable. */
export const databaseDown = (): boolean => flag.__toptrajectenDbDown === true;

/** Pings every `ms` with `ping`, keeping the flag; returns a function that stops it. */
export function watchDatabase(ping: () => Promise<unknown>, ms = 3_000): () => void {
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await ping();
      flag.__toptrajectenDbDown = false;
    } catch (error) {
      flag.__toptrajectenDbDown = isDatabaseUnavailable(error) || flag.__toptrajectenDbDown === true;
    } finally {
      busy = false;
    }
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
