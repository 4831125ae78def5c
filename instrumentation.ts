// Runs once when a Next.js server process starts: the job queue is started before any request
// can enqueue a job (lib/jobs/worker.ts, startJobs). Under the production server it is already
// running, started by scripts/server.ts on the same database; under `next dev` it starts here.
// Node.js only: the imports sit inside the runtime check, so the edge build leaves them out.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ currentDatabase }, { startJobs }] = await Promise.all([import("./lib/db"), import("./lib/jobs/worker")]);
    await startJobs(currentDatabase());
  }
}

/** Every error in rendering or an action, with the digest the error page shows as its foutcode. */
export async function onRequestError(error: unknown, request: { path: string; headers: Record<string, string | string[] | undefined> }, context: { routeType: string }) {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logUnexpected } = await import("./lib/log");
    const digest = (error as { digest?: unknown }).digest;
    const id = request.headers["x-request-id"];
    logUnexpected(`${context.routeType} ${request.path.split("?")[0]}`, error, typeof id === "string" ? id : null, typeof digest === "string" ? digest : undefined);
  }
}
