// `npm run worker`: the job worker on its own (production on PostgreSQL; run one or more beside
// the app instances). It sends the e-mail outbox and runs the daily retention job; the schedule
// fires once per slot however many workers run. SIGTERM: stop fetching, let running jobs finish
// (up to 5 s), close the database, exit.
import { installDatabase } from "../lib/db";
import { openAndMigrate } from "../lib/db/prepare";
import { stopBoss } from "../lib/jobs/boss";
import { startWorker } from "../lib/jobs/worker";
import { log } from "../lib/log";

const { database } = await openAndMigrate().catch((error: unknown) => {
  console.error(`Database not available: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
installDatabase(database);
const worker = await startWorker(database);
log.info({ smtp: Boolean(process.env.SMTP_URL) }, process.env.SMTP_URL ? "worker started" : "worker started; no SMTP_URL: e-mails are kept in the outbox, not sent");

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping the worker");
  setTimeout(() => process.exit(1), 9_000).unref();
  await stopBoss(worker, database);
  await database.close();
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
