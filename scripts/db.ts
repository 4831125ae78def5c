// Database tasks for npm scripts: `migrate` applies pending migrations; `seed` also loads the
// fictional demo data (safe to run again) and computes the day's stored tasks. Uses DATABASE_URL, or the embedded database in .data/.
import { amsterdamDay } from "../lib/calendar";
import { describeTarget, targetFromEnv } from "../lib/db/connect";
import { installDatabase } from "../lib/db";
import { openAndMigrate } from "../lib/db/prepare";
import { herberekenTaken } from "../lib/tasks/stored";
import { seedDemoData } from "../prisma/seed";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("Usage: tsx scripts/db.ts migrate|seed");
  process.exit(1);
}

const target = targetFromEnv();
const { database, applied } = await openAndMigrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
try {
  console.log(`Database: ${describeTarget(target)}`);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date");
  if (command === "seed") {
    const summary = await seedDemoData(database.prisma, amsterdamDay());
    console.log(`Demo data: ${summary.users} accounts, ${summary.trajecten} trajecten (existing rows left as they were)`);
    // The seed writes rows directly, past the writes that keep the stored tasks current. On
    // the embedded engine this process may open the folder once: db() must be this database.
    installDatabase(database);
    console.log(`Mijn taken: ${await herberekenTaken()} stored for today`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
