// Log lines for what went wrong unexpectedly: one JSON object per line on stderr, with the
// "foutcode" the user was shown, so that a report can be matched to its line. Never personal
// data: the error's name, code and stack frames, not its message (which may quote input).
import { randomBytes } from "node:crypto";

/** Writes the error and returns the code to show the user. */
export function logUnexpected(where: string, error: unknown): string {
  const foutcode = randomBytes(4).toString("hex");
  const e = error instanceof Error ? error : new Error(String(error));
  const frames = (e.stack ?? "").split("\n").slice(1, 8).map((line) => line.trim());
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), where, foutcode, name: e.name, code: (e as { code?: unknown }).code ?? null, stack: frames }));
  return foutcode;
}
