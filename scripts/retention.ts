// `npm run retention`: the AVG retention run, once, now: each category of a student's data at its
// own period (lib/privacy/bewaartermijnen.ts; RETENTION_YEARS, RETENTION_TEAM_NOTES_YEARS,
// RETENTION_AUDIT_YEARS, RETENTION_EXIT_YEARS), each with a row in the audit log. The worker
// runs it daily on its own (lib/jobs/worker.ts).
import { amsterdamDay } from "../lib/calendar";
import { describeTarget, openDatabase, targetFromEnv } from "../lib/db/connect";
import { installDatabase } from "../lib/db";
import { migrateAll } from "../lib/db/prepare";
import { BEWAARTERMIJN, bewaartermijnen, type Bewaartermijnen } from "../lib/privacy/bewaartermijnen";
import { applyRetention, retentieSamenvatting } from "../lib/privacy/retention";

let termijnen: Bewaartermijnen;
try {
  termijnen = bewaartermijnen();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const target = targetFromEnv();
const database = openDatabase(target);
try {
  await migrateAll(database);
  installDatabase(database);
  const run = await applyRetention(amsterdamDay(), termijnen);
  console.log(`Database: ${describeTarget(target)}`);
  for (const [soort, t] of Object.entries(BEWAARTERMIJN)) console.log(`${t.label}: ${termijnen[soort as keyof Bewaartermijnen]} ${t.uitleg}`);
  console.log(retentieSamenvatting(run));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
