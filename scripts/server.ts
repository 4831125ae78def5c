// The production server: one process that takes the database (the embedded folder's lock first),
// applies pending migrations, starts the job queue (the whole worker on the embedded engine, in
// the demo or with WORKER_IN_PROCESS=1; otherwise only the sending side, with `npm run worker`
// beside it) and serves the built app with Next.js's request handler. Every
// request gets the client's address from the socket and the trusted proxies, replacing any header
// of that name a client sent; a POST the framework cannot read gets a 400, not its 500. SIGTERM or SIGINT: stop accepting, finish what is in flight (requests
// and running jobs), close the database, exit; after 9 s whatever is left is cut off, so the
// process is gone within 10 s. SHUTDOWN_DRAIN_MS (1 s) of that is spent still accepting, with the
// health check at 503.
// Bundled by scripts/bundle.mjs into dist/server.mjs, which `npm start` runs without dev tools.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import { installDatabase } from "../lib/db";
import { watchDatabase } from "../lib/db/availability";
import { describeTarget, targetFromEnv } from "../lib/db/connect";
import { openAndMigrate } from "../lib/db/prepare";
import { randomUUID } from "node:crypto";
import { appUrl, clientAddress, CLIENT_ADDRESS_HEADER, loggedPath, REQUEST_ID_HEADER, trustedProxyHops } from "../lib/http/deployment";
import { refuseMalformedPost } from "../lib/http/malformed-post";
import { errorFields, log } from "../lib/log";
import { stopJobs } from "../lib/jobs/boss";
import { startJobs } from "../lib/jobs/worker";
import { ensureAuthSecret } from "./support/auth-secret";

const SHUTDOWN_LIMIT_MS = 9_000;
const IDLE_SWEEP_MS = 500;
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 1_000);
let stopping = false;

const env = process.env;
// Next.js reads NODE_ENV when it loads; a production build runs only in production mode.
(env as Record<string, string>).NODE_ENV = "production";
env.NEXT_TELEMETRY_DISABLED ??= "1";
ensureAuthSecret(env, { required: true });
const publicUrl = appUrl(env);
// Auth.js builds its callback URLs from AUTH_URL: the public origin, never a forwarded host.
env.AUTH_URL ??= publicUrl.origin;
const hops = trustedProxyHops(env);
const port = Number(env.PORT ?? 3000);

const { database, applied } = await openAndMigrate(env).catch((error: unknown) => {
  console.error(`Database not available: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
installDatabase(database);
log.info({ database: describeTarget(targetFromEnv(env)), applied }, applied.length ? "migrations applied" : "migrations up to date");

await startJobs(database, env);
const stopWatching = watchDatabase(() => database.prisma.$queryRaw`SELECT 1`);

const { default: next } = await import("next");
// quiet: Next.js's own error output is unstructured; instrumentation.ts logs every error instead.
const app = next({ dev: false, dir: process.cwd(), port, hostname: env.HOSTNAME ?? "0.0.0.0", quiet: true });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const forwarded = request.headers["x-forwarded-for"];
  const address = clientAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, request.socket.remoteAddress, hops);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  const id = randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  // While stopping, each connection ends with its response, and the health check says so, so
  // that a load balancer sends no more.
  if (stopping) {
    response.setHeader("Connection", "close");
    if ((request.url ?? "").split("?")[0] === "/api/health") {
      response.writeHead(503, { "Content-Type": "application/json" }).end(JSON.stringify({ status: "stopping" }));
      return;
    }
  }
  const started = performance.now();
  // One line per request: no query string, no secret in the path, no client address.
  response.on("finish", () => {
    const path = loggedPath(request.url);
    if (path.startsWith("/_next/static")) return;
    log.info({ requestId: id, method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, "request");
  });
  refuseMalformedPost(request, response, () => log.warn({ requestId: id, path: loggedPath(request.url) }, "malformed POST refused"));
  handle(request, response).catch((error: unknown) => {
    log.error({ requestId: id, err: errorFields(error) }, "request failed");
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, env.HOSTNAME ?? "0.0.0.0", () => log.info({ url: publicUrl.origin, port }, "serving"));

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping");
  const limit = setTimeout(() => {
    log.error({ limitMs: SHUTDOWN_LIMIT_MS }, "shutdown took too long; closing what is left");
    server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  limit.unref();
  // Still accepting for a moment: closing the listener resets every connection the kernel has
  // accepted but Node has not yet taken, and a load balancer needs a moment to see the 503.
  await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
  // Then stops accepting; resolves once every connection has ended. Not http.Server's close(), which
  // at once also drops the connections it counts as idle, among them those whose request has
  // arrived but not yet been read: those clients would see a reset. Idle connections are closed
  // after a short grace instead, and again while the last requests finish.
  await new Promise<void>((resolve) => {
    net.Server.prototype.close.call(server, () => resolve());
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    sweep.unref();
  });
  await app.close();
  stopWatching();
  await stopJobs();
  await database.close();
  clearTimeout(limit);
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
