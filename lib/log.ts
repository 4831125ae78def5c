// The app's log: one JSON object per line (pino), with the request's id where there is one and,
// for what went wrong unexpectedly, the "foutcode" the user was shown, so that a report can be
// matched to its line. Never personal data: an error's name, code and stack frames, not its
// message (which may quote input), and paths without their query.
import { randomBytes } from "node:crypto";
import pino from "pino";

// Errors go to stderr through console.error, so that one logged during a test fails that test
// (tests/support/fail-on-console-error.ts); everything else to stdout.
const destination = {
  write(line: string) {
    if (/"level":(50|60)/.test(line)) console.error(line.trimEnd());
    else process.stdout.write(line);
  },
};

export const log = pino(
  {
    base: { service: "toptrajecten" },
    level: process.env.LOG_LEVEL ?? "info",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  destination,
);

/** An error as the log may hold it: no message. */
export function errorFields(error: unknown) {
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, code: (e as { code?: unknown }).code ?? null, stack: (e.stack ?? "").split("\n").slice(1, 8).map((line) => line.trim()) };
}

/** Writes the error and returns the code to show the user. */
export function logUnexpected(where: string, error: unknown, requestId: string | null = null, foutcode = randomBytes(4).toString("hex")): string {
  log.error({ where, foutcode, requestId, err: errorFields(error) }, "unexpected error");
  return foutcode;
}
