// `npm run retention`: the AVG retention job. Anonymises every student whose trajecten all
// closed more than RETENTION_YEARS (default 2) years ago, each with a row in the audit log.
// Run it daily (cron or a scheduler) against the same database as the app.
import { amsterdamDay } from "../lib/calendar";
import { describeTarget, openDatabase, targetFromEnv } from "../lib/db/connect";
import { installDatabase } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { applyRetention, DEFAULT_RETENTION_YEARS } from "../lib/privacy/students";

const years = Number(process.env.RETENTION_YEARS ?? DEFAULT_RETENTION_YEARS);
if (!Number.isInteger(years) || years < 1) {
  console.error("RETENTION_YEARS must be a whole number of years, 1 or more.");
  process.exit(1);
}

const target = targetFromEnv();
const database = openDatabase(target);
try {
  await migrateDatabase(database);
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
