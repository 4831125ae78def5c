// Auth.js signs its cookies with AUTH_SECRET. On PostgreSQL (production, several instances) the
// operator sets one; a local run on the embedded database keeps a generated one next to it, so
// that sessions survive a restart.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { targetFromEnv } from "../../lib/db/connect";

export function ensureAuthSecret(env: NodeJS.ProcessEnv, { required }: { required: boolean }): void {
  if (env.AUTH_SECRET) return;
  const target = targetFromEnv(env);
  if (target.kind === "postgres" && required) {
    console.error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it (see README).");
    process.exit(1);
  }
  const dir = target.kind === "embedded" ? target.dataDir : path.join(process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
