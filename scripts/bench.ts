// `npm run bench`: performance figures on a large data set, in the PostgreSQL of DATABASE_URL.
// It creates a database of its own on that server (dropped afterwards), seeds the demo
// organisation plus 20,000 trajecten (BENCH_TRAJECTEN) with ten history rows each, and times:
//   - a transition (maakOvergang: row lock, guards, traject + history + audit in one transaction);
//   - the traject page's server work (getTraject: the scoped read, the history, the audit row);
//   - the same reads and audit insert as plain SQL on one connection, for the ratio;
//   - the quarterly dashboard's server work, against its figures' SQL run bare;
//   - currentTerm over 6,000 open trajecten (terms-6000-ms, the p95 of 30 rounds);
//   - the stored tasks recomputed for the day (the nightly job), the gedragswetenschapper's
//     task count and first page as the start page reads them, the same list computed live,
//     the coördinator's first page of open trajecten and a search by part of a name;
//   - the coördinator's start page over HTTP from the production build: its size and latency.
// BENCH_TRAJECTEN sets the size (default 20,000). BENCH_KEEP=1 keeps the database afterwards and
// prints its URL, for `npm run loadtest` and `npm run lighthouse` against a server on the same data.
// Each figure is printed as `bench <name>: <value> <unit>`.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { actorFromUser } from "../lib/authz";
import { amsterdamDay, plusDays } from "../lib/calendar";
import { openDatabase } from "../lib/db/connect";
import { statementNamer } from "../lib/db/statement-names";
import { installDatabase } from "../lib/db";
import { migrateAll } from "../lib/db/prepare";
import { dashboardSql, quarterlyDashboard } from "../lib/figures/dashboard";
import { dashboardOpties } from "../lib/figures/dashboard-request";
import { dashboardSecties } from "../lib/figures/dashboard-rows";
import { laatsteVolledige } from "../lib/figures/quarter";
import { mijnTaken, toonMijnTaken } from "../lib/tasks/queries";
import { herberekenTaken } from "../lib/tasks/stored";
import { termijnOpVan, TERMIJN_FEITEN_SELECT } from "../lib/trajecten/due-date";
import { currentTerm } from "../lib/trajecten/terms";
import { lijstTrajecten } from "../lib/trajecten/list";
import { leesLijstParams } from "../lib/trajecten/list-params";
import { PAGINA_RELATIES_SQL } from "../lib/trajecten/page-read";
import { getTraject } from "../lib/trajecten/queries";
import { maakOvergang } from "../lib/trajecten/transitions";
import { createAccount } from "../lib/users/accounts";
import { seedDemoData } from "../prisma/seed";
import { buildIfChanged } from "./support/build-fingerprint";
import { percentile } from "./support/percentile";
import { signIn } from "./support/load-users";

/** The data set's size: BENCH_TRAJECTEN, 20,000 unless set; history and students scale along. */
const TRAJECTEN = Number(process.env.BENCH_TRAJECTEN ?? 20_000);
if (!Number.isInteger(TRAJECTEN) || TRAJECTEN < 1000) {
  console.error("BENCH_TRAJECTEN must be a whole number of at least 1000.");
  process.exit(1);
}
const HISTORY_PER_TRAJECT = 10;
const WARMUP = 30;
const SAMPLES = 300;
// The traject page's read takes about 2 ms: over 300 samples its p95 is the 15th slowest, which
// one garbage collection or scheduling hiccup on either side moves, and page-vs-sql varied from
// 1.28 to 1.80 between runs of one build. A thousand samples (seconds) estimate it steadily.
const PAGE_SAMPLES = 1000;
const DASHBOARD_WARMUP = 5;
const DASHBOARD_SAMPLES = 60;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("npm run bench needs DATABASE_URL: a PostgreSQL server on which it may create and drop a database.");
  process.exit(1);
}

const url = new URL(serverUrl);
const name = `toptrajecten_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
url.pathname = `/${name}`;

const today = amsterdamDay();
const database = openDatabase({ kind: "postgres", url: url.toString() });
// As the app connects: without JIT (lib/db/connect.ts), so that the bare SQL is compared like for like.
const raw = new pg.Client({ connectionString: url.toString(), options: "-c jit=off" });
// The bare SQL prepares its statements once, as the app's pool does (lib/db/statement-names.ts):
// hand-written SQL that parsed and planned every query again would flatter the app.
const nameOf = statementNamer();
const bare = (text: string, values: unknown[] = []) => raw.query({ name: nameOf({ sql: text }), text, values });

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function report(label: string, value: number, unit: string) {
  const decimals = unit === "rows" ? 0 : unit === "x" ? 2 : 1;
  console.log(`bench ${label}: ${value.toFixed(decimals)} ${unit}`);
}

/** Times the app's work and the bare SQL of the same, alternately, and reports both and their ratio. */
async function compare(label: string, warmup: number, samples: number, app: (i: number) => Promise<unknown>, bare: (i: number) => Promise<unknown>) {
  const appMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const a = await time(() => app(i));
    const b = await time(() => bare(i));
    if (i >= warmup) {
      appMs.push(a);
      bareMs.push(b);
    }
  }
  report(`${label}-p50`, percentile(appMs, 50), "ms");
  report(`${label}-p95`, percentile(appMs, 95), "ms");
  report(`${label}-sql-p95`, percentile(bareMs, 95), "ms");
  report(`${label}-vs-sql`, percentile(appMs, 95) / percentile(bareMs, 95), "x");
}

// Names as an Amsterdam school has them, so that a search by part of a name finds a realistic share.
const VOORNAMEN = ["Sem", "Noah", "Mohammed", "Liam", "Adam", "Yusuf", "Daan", "Emma", "Julia", "Sara", "Fatima", "Noor", "Aya", "Şükrü", "Zoë", "Łukasz", "Anh", "Milan", "Lina", "Amira"];
const ACHTERNAMEN = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
  "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Yılmaz", "El Amrani", "Nguyễn", "Kaya", "Bouali", "Şahin", "Öztürk",
  "Boateng", "Kowalski", "Pinas", "Doğan", "Ramdin", "Tahiri", "Wijnaldum", "Haddou", "Sedney", "Koç", "Lie", "Tjon", "Chaouch",
];
const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");

/**
 * 20,000 trajecten over ten school years at the demo schools: most closed, the rest spread over
 * the open phases, a tenth approved and waiting for onderzoek (the transitions timed below).
 * Ten history rows each, a consent each. Generated in SQL: a client-side loop would take minutes.
 */
async function seedLarge() {
  const first = plusDays(today, -3650).toISOString().slice(0, 10);
  const recent = plusDays(today, -60).toISOString().slice(0, 10);
  await raw.query(`
    CREATE TEMP TABLE bench_school AS
      SELECT s.id, t.id AS team, (row_number() OVER (ORDER BY s.id) - 1)::int AS i
      FROM "School" s JOIN "Topteam" t ON t."windstreekId" = s."windstreekId";
    -- Born mid-2012 to 2015: under 16 for years to come, so the parents' consent below counts.
    INSERT INTO "Student" (id, voornaam, achternaam, geboortedatum, "schoolId")
      -- Not by g modulo the list's length: the phase below is g modulo 10, and a name must not decide it.
      SELECT 'bench-s-' || g, (ARRAY[${sqlList(VOORNAMEN)}])[1 + (g / 2) % ${VOORNAMEN.length}],
             (ARRAY[${sqlList(ACHTERNAMEN)}])[1 + (g / 3) % ${ACHTERNAMEN.length}] || ' ' || g,
             date '2012-06-01' + (g % 1200), sc.id
      FROM generate_series(1, ${TRAJECTEN}) g JOIN bench_school sc ON sc.i = g % 16;
    CREATE TEMP TABLE bench_traject AS
      SELECT g,
        CASE WHEN g % 10 < 6 THEN 'AFGEROND' WHEN g % 10 = 6 THEN 'GESTOPT' WHEN g % 10 = 7 THEN 'INTENSIEF'
             WHEN g % 10 = 8 THEN 'ONDERZOEK' ELSE 'AANMELDING' END AS fase,
        CASE WHEN g % 10 = 9 THEN date '${recent}' ELSE date '${first}' + (g * 3600 / ${TRAJECTEN}) END AS aangemeld
      FROM generate_series(1, ${TRAJECTEN}) g;
    INSERT INTO "Traject" (id, "studentId", "schoolId", "topteamId", fase, "aanmeldingStap", "stopReden", "lisaReferentie",
                           "aangemeldOp", "aanvraagOp", "goedgekeurdOp", "onderzoekStart", "intensiefStart", "borgingStart",
                           "followUpStart", "afgeslotenOp", version, "updatedAt")
      SELECT 'bench-t-' || b.g, 'bench-s-' || b.g, sc.id, sc.team, b.fase::"Fase",
             CASE WHEN b.fase = 'AANMELDING' THEN 'GOEDGEKEURD'::"AanmeldingStap" END,
             CASE WHEN b.fase = 'GESTOPT' THEN 'TERUGGETROKKEN_SCHOOL'::"StopReden" END,
             'LISA-2000-' || lpad(b.g::text, 7, '0'),
             b.aangemeld, b.aangemeld + 3, b.aangemeld + 8,
             CASE WHEN b.fase <> 'AANMELDING' THEN b.aangemeld + 15 END,
             CASE WHEN b.fase IN ('AFGEROND', 'GESTOPT', 'INTENSIEF') THEN b.aangemeld + 43 END,
             CASE WHEN b.fase = 'AFGEROND' THEN b.aangemeld + 120 END,
             CASE WHEN b.fase = 'AFGEROND' THEN b.aangemeld + 211 END,
             CASE WHEN b.fase IN ('AFGEROND', 'GESTOPT') THEN b.aangemeld + 580 END,
             ${HISTORY_PER_TRAJECT}, now()
      FROM bench_traject b JOIN bench_school sc ON sc.i = b.g % 16;
    INSERT INTO "Consent" (id, "trajectId", "gegevenDoor", "naamGever", "gegevenOp", "recordedById")
      SELECT 'bench-c-' || g, 'bench-t-' || g, 'OUDERS', 'Ouder', date '${first}', 'demo-user-beheer'
      FROM generate_series(1, ${TRAJECTEN}) g;
    INSERT INTO "TrajectTransition" (id, "trajectId", action, "vanFase", "naarFase", datum, "recordedAt", "actorId", notitie)
      SELECT 'bench-h-' || b.g || '-' || k, 'bench-t-' || b.g,
             CASE WHEN k = 1 THEN 'ADVIES_GEVRAAGD' ELSE 'VOOROVERLEG_GEHOUDEN' END,
             CASE WHEN k > 1 THEN 'AANMELDING'::"Fase" END, 'AANMELDING', b.aangemeld + k - 1,
             (b.aangemeld + k - 1)::timestamp + interval '14 hours', 'demo-user-zc.99n1', 'Historie ' || k
      FROM bench_traject b, generate_series(1, ${HISTORY_PER_TRAJECT}) k;
    ANALYZE;
  `);
}

/**
 * The coördinator's start page as a browser gets it: the production build (made first if a
 * source changed since the last one) serving the bench's database, a coördinator signed in
 * through Auth.js, the HTML's size and its latency. The second factor is off for this one
 * process, since the page is what counts; the worker runs inside it, as its health check asks.
 */
async function startPage() {
  const root = path.resolve(import.meta.dirname, "..");
  buildIfChanged(root, () => execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" }));
  const port = 3390 + Math.floor(Math.random() * 100);
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ["dist/server.mjs"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: url.toString(), PORT: String(port), APP_URL: origin, AUTH_SECRET: randomBytes(24).toString("hex"), TOTP_REQUIRED_ROLES: "none", WORKER_IN_PROCESS: "1", LOG_LEVEL: "warn" },
  });
  try {
    for (let i = 0; ; i++) {
      if ((await fetch(`${origin}/api/health`).catch(() => null))?.ok) break;
      if (i > 120) throw new Error("The production server did not come up");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const password = randomBytes(18).toString("base64url");
    const email = `bench.coordinator.${Date.now().toString(36)}@toptrajecten.test`;
    await createAccount({ email, naam: "Bench Coördinator", role: "COORDINATOR", password });
    const cookie = await signIn(new URL(origin), origin, email, password);
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5 + 30; i++) {
      const took = await time(async () => {
        const response = await fetch(`${origin}/coordinatie`, { headers: { cookie } });
        if (!response.ok) throw new Error(`/coordinatie answered ${response.status}`);
        bytes = (await response.arrayBuffer()).byteLength;
      });
      if (i >= 5) ms.push(took);
    }
    report("start-html-kb", bytes / 1024, "KB");
    report("start-html-p50", percentile(ms, 50), "ms");
    report("start-html-p95", percentile(ms, 95), "ms");
  } finally {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
}

/** The running term's last day of the generated open trajecten, by the function every transition uses. */
async function storeDueDates() {
  const open = await database.prisma.traject.findMany({
    where: { id: { startsWith: "bench-" }, fase: { in: ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] } },
    select: { id: true, ...TERMIJN_FEITEN_SELECT },
  });
  const dates = open.map((row) => termijnOpVan(row)?.toISOString().slice(0, 10) ?? null);
  await raw.query(`UPDATE "Traject" t SET "termijnOp" = v.d FROM unnest($1::text[], $2::date[]) v(id, d) WHERE t.id = v.id`, [open.map((r) => r.id), dates]);
  // As autovacuum keeps a live database: statistics current and the visibility map set, so that
  // the lists' counts can be read from an index alone.
  await raw.query("VACUUM ANALYZE");
}

/**
 * The reads getTraject makes, and its audit row, as plain SQL on one connection: the traject's
 * columns in the gedragswetenschapper's scope (their team's, or an advice or vooroverleg in their
 * windstreek), then the page's relations in the one statement the app runs too.
 */
async function pageAsSql(id: string, gw: { id: string; topteamId: string; windstreekId: string }) {
  await bare(
    `SELECT t.id, t.fase, t."aanmeldingStap", t.windstreekoverstijgend, t."aangemeldOp", t.kenmerk, t.nummer, t."onderzoekStart",
            t."intensiefStart", t."intensiefWeken", t."borgingStart", t."followUpStart", t."studentId", t."schoolId", t."topteamId",
            t."lisaReferentie", t."stopReden", t.version, t."aanvraagOp", t."goedgekeurdOp"
     FROM "Traject" t
     WHERE t.id = $1 AND (t."topteamId" = $2 OR (t.fase = 'AANMELDING' AND t."aanmeldingStap" IN ('ADVIES', 'VOOROVERLEG')
       AND EXISTS (SELECT 1 FROM "School" s WHERE s.id = t."schoolId" AND s."windstreekId" = $3)))`,
    [id, gw.topteamId, gw.windstreekId],
  );
  await bare(PAGINA_RELATIES_SQL, [id]);
  await bare(
    `INSERT INTO "AuditLog" ("userId", role, organisatie, "trajectId", "studentId", onderdeel, action, outcome, ip)
     VALUES ($1, 'GEDRAGSWETENSCHAPPER', $2, $3, NULL, 'traject', 'TRAJECT_READ', 'ALLOWED', '127.0.0.1')`,
    [gw.id, `topteam:${gw.topteamId}`, id],
  );
}

try {
  await migrateAll(database);
  installDatabase(database);
  await raw.connect();
  const seedMs = await time(async () => {
    await seedDemoData(database.prisma, today);
    await seedLarge();
    await storeDueDates();
  });
  const trajecten = await database.prisma.traject.count();
  const history = await database.prisma.trajectTransition.count();
  report("seed-trajecten", trajecten, "rows");
  report("seed-history", history, "rows");
  report("seed-time", seedMs / 1000, "s");
  // The stored tasks for today, as the worker computes them each night; here it fills the empty
  // table. Autovacuum then analyzes it and sets its visibility map within its naptime, as done
  // here, so that the figures below hold on a server where autovacuum is off, as on these machines.
  report("tasks-refresh", (await time(() => herberekenTaken(today))) / 1000, "s");
  await raw.query('VACUUM ANALYZE "OpenTaak"');

  const gw = await database.prisma.user.findUniqueOrThrow({ where: { email: "gw.noord@demo.toptrajecten.nl" } });
  const ctx = { actor: actorFromUser(gw, "bench"), ip: "127.0.0.1" };
  const team = gw.topteamId!;

  const waiting = await database.prisma.traject.findMany({
    where: { topteamId: team, aanmeldingStap: "GOEDGEKEURD", id: { startsWith: "bench-" } },
    select: { id: true, version: true },
    take: WARMUP + SAMPLES,
  });
  if (waiting.length < WARMUP + SAMPLES) throw new Error(`Only ${waiting.length} trajecten to start onderzoek in`);
  const transition: number[] = [];
  for (const [i, t] of waiting.entries()) {
    const ms = await time(() =>
      maakOvergang(ctx, { actie: "ONDERZOEK_GESTART", trajectId: t.id, version: t.version, datum: today, notitie: "Kennismakingsgesprek." }, today),
    );
    if (i >= WARMUP) transition.push(ms);
  }
  report("transition-p50", percentile(transition, 50), "ms");
  report("transition-p95", percentile(transition, 95), "ms");

  // The gedragswetenschapper's "Mijn taken" as the start page reads it (the count, the first
  // page), and as the rules compute all of it from the trajecten's facts, which must agree.
  const tasks: number[] = [];
  const live: number[] = [];
  let taskRows = 0;
  let liveRows = 0;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const ms = await time(async () => {
      taskRows = (await toonMijnTaken(ctx, 1)).totaal;
    });
    const liveMs = await time(async () => {
      liveRows = (await mijnTaken(ctx, today)).length;
    });
    if (i >= WARMUP) tasks.push(ms);
    if (i >= WARMUP) live.push(liveMs);
  }
  if (taskRows !== liveRows) throw new Error(`Stored tasks (${taskRows}) differ from the computed ones (${liveRows})`);
  report("tasks-p50", percentile(tasks, 50), "ms");
  report("tasks-p95", percentile(tasks, 95), "ms");
  report("tasks-live-p95", percentile(live, 95), "ms");
  report("tasks-rows", taskRows, "rows");

  // The coördinator's first page of open trajecten, and a search by part of a last name.
  const coordinator = await database.prisma.user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
  const coCtx = { actor: actorFromUser(coordinator, "bench"), ip: "127.0.0.1" };
  const list: number[] = [];
  let listRows = 0;
  let listTotal = 0;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const ms = await time(async () => {
      const lijst = await lijstTrajecten(coCtx, leesLijstParams({}), "bench", today);
      listRows = lijst.rijen.length;
      listTotal = lijst.totaal;
    });
    if (i >= WARMUP) list.push(ms);
  }
  report("list-p50", percentile(list, 50), "ms");
  report("list-p95", percentile(list, 95), "ms");
  report("list-rows", listRows, "rows");
  report("list-total", listTotal, "rows");
  const search: number[] = [];
  const found: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    // Four letters from inside a last name, as someone types who half remembers it.
    const q = ACHTERNAMEN[i % ACHTERNAMEN.length]!.replace(/^(de |van den |van |el )/i, "").slice(1, 5);
    const ms = await time(async () => {
      found.push((await lijstTrajecten(coCtx, { ...leesLijstParams({}), q }, "bench", today)).totaal);
    });
    if (i >= WARMUP) search.push(ms);
  }
  report("search-p50", percentile(search, 50), "ms");
  report("search-p95", percentile(search, 95), "ms");
  report("search-found-p50", percentile(found, 50), "rows");

  // currentTerm over 6,000 open trajecten, as a long list computes it per row: the calendar
  // arithmetic alone, on rows read beforehand (taken round again where fewer are open).
  const termRows = await database.prisma.traject.findMany({
    where: { fase: { in: ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] } },
    select: TERMIJN_FEITEN_SELECT,
    take: 6000,
  });
  const termFacts = Array.from({ length: 6000 }, (_, i) => {
    const row = termRows[i % termRows.length]!;
    return { ...row, followUpsDone: row.followUps.map((f) => f.moment) };
  });
  const terms: number[] = [];
  for (let i = 0; i < 5 + 30; i++) {
    const ms = await time(async () => {
      for (const facts of termFacts) currentTerm(facts, today);
    });
    if (i >= 5) terms.push(ms);
  }
  report("terms-6000-ms", percentile(terms, 95), "ms");

  const teamTrajecten = await database.prisma.traject.findMany({ where: { topteamId: team }, select: { id: true }, take: 5000 });
  const pick = (i: number) => teamTrajecten[(i * 7919) % teamTrajecten.length]!.id;
  await compare("page", WARMUP, PAGE_SAMPLES, async (i) => {
    if (!(await getTraject(ctx, pick(i), today))) throw new Error(`Traject ${pick(i)} not readable`);
  }, (i) => pageAsSql(pick(i), { id: gw.id, topteamId: team, windstreekId: gw.windstreekId! }));

  // The SWV's quarterly dashboard over all ten years: the page's server work (figures, rows,
  // filter options, audit row) against the same figures' SQL run bare on one connection.
  const swv = await database.prisma.user.findUniqueOrThrow({ where: { email: "swv@demo.toptrajecten.nl" } });
  const swvCtx = { actor: actorFromUser(swv, "bench"), ip: "127.0.0.1" };
  const kwartaal = laatsteVolledige(today);
  const figures = Object.values(dashboardSql(kwartaal, {}));
  const view = async () => {
    const [dashboard] = await Promise.all([quarterlyDashboard(swvCtx, kwartaal, {}), dashboardOpties(swvCtx, today)]);
    dashboardSecties(dashboard);
  };
  // Uncached: the closed quarter's kept figures are dropped before each view (a delete of one row).
  await compare("dashboard", DASHBOARD_WARMUP, DASHBOARD_SAMPLES, async () => {
    await database.prisma.figurenCache.deleteMany();
    await view();
  }, async () => {
    for (const figure of figures) await bare(figure.text, figure.values);
  });
  const cached: number[] = [];
  for (let i = 0; i < DASHBOARD_WARMUP + SAMPLES; i++) {
    const ms = await time(view);
    if (i >= DASHBOARD_WARMUP) cached.push(ms);
  }
  report("dashboard-cached-p50", percentile(cached, 50), "ms");
  report("dashboard-cached-p95", percentile(cached, 95), "ms");
  await startPage();
} finally {
  await raw.end().catch(() => {});
  await database.close();
  if (process.env.BENCH_KEEP === "1") console.log(`The data set stays in ${url.toString()}; drop it with DROP DATABASE "${name}".`);
  else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
