// Starts the app: `dev` (next dev), `start` (next start on a build) or `demo` (demo data, a
// production build and next start, with the demo accounts on the sign-in page). Migrations are
// applied first, in this process, which then closes the database before Next opens it.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { targetFromEnv } from "../lib/db/connect";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start" && mode !== "demo") {
  console.error("Usage: tsx scripts/app.ts dev|start|demo");
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
if (mode === "demo") env.DEMO_MODE = "1";

// Auth.js signs its cookies with AUTH_SECRET. Production must set it; a local run keeps a
// generated one next to the embedded database, so that sessions survive a restart.
if (!env.AUTH_SECRET) {
  const target = targetFromEnv(env);
  if (target.kind === "postgres" && mode === "start") {
    console.error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it (see README).");
    process.exit(1);
  }
  const dir = target.kind === "embedded" ? target.dataDir : path.join(process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["tsx", "scripts/db.ts", mode === "demo" ? "seed" : "migrate"]);
if (mode === "demo") run("npx", ["next", "build"]);

const port = env.PORT ?? "3000";
const next = spawn("npx", ["next", mode === "dev" ? "dev" : "start", "--port", port], { stdio: "inherit", env });
if (mode === "demo") console.log(`\nToptrajecten (demo) draait op http://localhost:${port}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
