// `npm run backup -- [file]` writes a consistent backup of the database to `file` (default
// toptrajecten-<date>.backup); `npm run restore -- <file>` restores one into an empty database.
// On PostgreSQL these use pg_dump and pg_restore, as the owner role (DATABASE_MIGRATION_URL) when
// set. The embedded database is held by one process: stop the app first.
import { describeTarget, openDatabase, targetFromEnv, type DatabaseTarget } from "../lib/db/connect";
import { backupDatabase, restoreDatabase } from "../lib/db/backup";

const [command, file] = process.argv.slice(2);
const env = process.env;
const target: DatabaseTarget = env.DATABASE_URL && env.DATABASE_MIGRATION_URL ? { kind: "postgres", url: env.DATABASE_MIGRATION_URL } : targetFromEnv(env);

try {
  if (command === "backup") {
    const out = file ?? `toptrajecten-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.backup`;
    const database = openDatabase(target);
    try {
      await backupDatabase(database, out);
    } finally {
      await database.close();
    }
    console.log(`Backup of ${describeTarget(target)} written to ${out}`);
  } else if (command === "restore" && file) {
    await restoreDatabase(target, file);
    console.log(`${file} restored into ${describeTarget(target)}; start the app to apply newer migrations and grants.`);
  } else {
    console.error("Usage: npm run backup -- [file] | npm run restore -- <file>");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
