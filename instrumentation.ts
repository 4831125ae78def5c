// Runs once when a Next.js server process starts: the job queue is started before any request
// can enqueue a job (lib/jobs/worker.ts, startJobs). Under the production server it is already
// running, started by scripts/server.ts on the same database; under `next dev` it starts here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ currentDatabase }, { startJobs }] = await Promise.all([import("./lib/db"), import("./lib/jobs/worker")]);
  await startJobs(currentDatabase());
}
