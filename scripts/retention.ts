// `npm run retention`: the AVG retention job. Anonymises every student whose trajecten all
// closed more than RETENTION_YEARS (default 2) years ago, each with a row in the audit log.
// The worker runs it daily on its own (lib/jobs/worker.ts); this runs it once, now.
import { amsterdamDay } from "../lib/calendar";
import { describeTarget, openDatabase, targetFromEnv } from "../lib/db/connect";
import { installDatabase } from "../lib/db";
import { migrateAll } from "../lib/db/prepare";
import { applyRetention, retentionYears } from "../lib/privacy/students";

const years = (() => {
  try {
    return retentionYears();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const target = targetFromEnv();
const database = openDatabase(target);
try {
  await migrateAll(database);
  installDatabase(database);
  const done = await applyRetention(amsterdamDay(), years);
  console.log(`Database: ${describeTarget(target)}`);
  console.log(`Retention (${years} years after closure): ${done.length} student(s) anonymised.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
