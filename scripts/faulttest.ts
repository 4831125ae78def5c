// `npm run faulttest` (after `npm run build`): restarts PostgreSQL under load and counts the
// damage. It makes a PostgreSQL cluster of its own (initdb in a temporary folder, its own port,
// run as the `postgres` system user when started as root), so no one else's database is touched;
// loads the demo data, starts the production server on it and lets signed-in users write notes in
// a loop. Halfway the cluster is stopped the hard way (immediate: as a crash) and started again.
// Prints how long until the first write succeeded after the restart, how many requests failed,
// and how many writes were half-applied: a note without its history row or audit row, or the
// other way round (must be 0).
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { amsterdamDay } from "../lib/calendar";
import { installDatabase } from "../lib/db";
import { openAndMigrate } from "../lib/db/prepare";
import { seedDemoData } from "../prisma/seed";
import { loadUsers, multipart, MULTIPART_TYPE, noteFields, noteForm, type LoadUser } from "./support/load-users";

const PG_PORT = Number(process.env.FAULT_PG_PORT ?? 5499);
const APP_PORT = Number(process.env.FAULT_APP_PORT ?? 3970);
const USERS = Number(process.env.FAULT_USERS ?? 20);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 40);
const MARK = "Fouttest: notitie.";

const bin = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
const asPostgres = process.getuid?.() === 0;
const dir = mkdtempSync(path.join(tmpdir(), "toptrajecten-fault-"));
chmodSync(dir, 0o777);
const pgdata = path.join(dir, "pgdata");
function pg(tool: string, args: string[]) {
  const command = path.join(bin, tool);
  execFileSync(asPostgres ? "runuser" : command, asPostgres ? ["-u", "postgres", "--", command, ...args] : args, { stdio: ["ignore", "ignore", "inherit"] });
}
const ctl = (...args: string[]) => pg("pg_ctl", ["-D", pgdata, "-w", "-l", path.join(dir, "postgres.log"), ...args]);

pg("initdb", ["-D", pgdata, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
ctl("-o", `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, "start");
const url = `postgresql://postgres@127.0.0.1:${PG_PORT}/postgres`;
const env = { ...process.env, DATABASE_URL: url, DATABASE_MIGRATION_URL: "", AUTH_SECRET: "fault-test", WORKER_IN_PROCESS: "1", PORT: String(APP_PORT), APP_URL: `http://localhost:${APP_PORT}`, NODE_OPTIONS: "" };

// Whatever happens, the server and the cluster go, and the folder with them.
let server: ReturnType<typeof spawn> | null = null;
const { database } = await openAndMigrate(env);
try {
  installDatabase(database);
  await seedDemoData(database.prisma, amsterdamDay());
  server = spawn(process.execPath, ["dist/server.mjs"], { env, stdio: "ignore" });
  const base = new URL(env.APP_URL);
  for (let i = 0; ; i++) {
    if ((await fetch(new URL("/api/health", base)).catch(() => null))?.ok) break;
    if (i > 120) throw new Error("The server did not become healthy.");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  type Outcome = { at: number; ok: boolean };
  const outcomes: Outcome[] = [];
  const users = await loadUsers(database.prisma, base, base.origin, USERS, "fout");
  const end = Date.now() + SECONDS * 1000;

  async function work(user: LoadUser) {
    const headers = { cookie: user.cookie };
    while (Date.now() < end) {
      try {
        const page = await fetch(new URL(`/trajecten/${user.traject}`, base), { headers });
        const fields = page.ok ? noteForm(await page.text()) : null;
        if (!fields) {
          outcomes.push({ at: Date.now(), ok: false });
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        const post = await fetch(new URL(`/trajecten/${user.traject}`, base), {
          method: "POST",
          redirect: "manual",
          headers: { ...headers, origin: base.origin, "content-type": MULTIPART_TYPE },
          body: multipart(noteFields(fields, MARK)),
        });
        const body = post.status < 300 ? await post.text() : "";
        // A conflict with another user's write is the app working; a 5xx or "niet beschikbaar" is not.
        const refused = post.status >= 400 || body.includes("tijdelijk niet beschikbaar");
        outcomes.push({ at: Date.now(), ok: !refused });
      } catch {
        outcomes.push({ at: Date.now(), ok: false });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  const load = Promise.all(users.map(work));
  await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 3));
  const stoppedAt = Date.now();
  ctl("-m", "immediate", "stop");
  // Once the server's ping has seen it (every 3 s), pages say so in Dutch, with a 503.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const during = await fetch(new URL("/login", base)).catch(() => null);
  const unavailablePage = during?.status === 503 && (await during.text()).includes("Tijdelijk niet beschikbaar");
  ctl("-o", `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, "start");
  const restartedAt = Date.now();
  await load;

  const firstSuccess = outcomes.filter((o) => o.ok && o.at > restartedAt).sort((a, b) => a.at - b.at)[0];
  const failed = outcomes.filter((o) => !o.ok).length;
  // Each note must have come with its history row and its audit row, in one transaction.
  const [counts] = await database.prisma.$queryRaw<{ notes: bigint; history: bigint; audit: bigint }[]>`
    SELECT
      (SELECT count(*) FROM "Notitie" n WHERE n.tekst = ${MARK}) AS notes,
      (SELECT count(*) FROM "TrajectTransition" t JOIN "User" u ON u.id = t."actorId" WHERE t.action = 'NOTITIE_VASTGELEGD' AND u.email LIKE 'fout.%') AS history,
      (SELECT count(*) FROM "AuditLog" a JOIN "User" u ON u.id = a."userId" WHERE a.action = 'TRAJECT_WORK' AND a.onderdeel = 'notities' AND a.outcome = 'ALLOWED' AND u.email LIKE 'fout.%') AS audit`;
  const notes = Number(counts!.notes);
  const halfApplied = Math.abs(notes - Number(counts!.history)) + Math.abs(notes - Number(counts!.audit));

  console.log(`bench fault-outage: ${restartedAt - stoppedAt} ms (PostgreSQL stopped immediately, started again)`);
  console.log(`bench fault-recovery: ${firstSuccess ? firstSuccess.at - restartedAt : -1} ms until the first successful write`);
  console.log(`bench fault-failed: ${failed} of ${outcomes.length} requests`);
  console.log(`bench fault-writes: ${notes} notes written`);
  console.log(`bench fault-half-applied: ${halfApplied} writes`);
  console.log(`bench fault-unavailable-page: ${unavailablePage ? "503 Tijdelijk niet beschikbaar" : "missing"}`);
  if (halfApplied > 0 || !firstSuccess || !unavailablePage) process.exitCode = 1;
} finally {
  if (server) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await database.close();
  ctl("-m", "fast", "stop");
  rmSync(dir, { recursive: true, force: true });
}
