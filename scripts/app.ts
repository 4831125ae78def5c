// Local runs: `dev` (migrations, then next dev) or `demo` (the demo data, a production build made
// again only when a source changed, and the production server with the demo accounts listed on
// the sign-in page). The database is
// opened by one process at a time: this one migrates (and seeds) and closes it before the server
// or next dev opens it. The server is started with exec-like signal passing: SIGINT and SIGTERM
// reach it, and this process exits with it.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./support/auth-secret";
import { buildIfChanged } from "./support/build-fingerprint";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "demo") {
  console.error("Usage: tsx scripts/app.ts dev|demo (production: npm run build, then npm start)");
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
if (mode === "demo") env.DEMO_MODE = "1";
ensureAuthSecret(env, { required: false });

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", mode === "demo" ? "seed" : "migrate"]);
// The second start reuses the build, unless a source changed since it was made.
const root = path.resolve(import.meta.dirname, "..");
if (mode === "demo") buildIfChanged(root, () => run("npm", ["run", "build", "--silent"]));

const port = env.PORT ?? "3000";
const child =
  mode === "dev"
    ? spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", port], { stdio: "inherit", env })
    : spawn(process.execPath, ["--max-old-space-size=512", "--enable-source-maps", "dist/server.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
