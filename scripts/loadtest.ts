// `npm run loadtest`: 50 signed-in users for 60 s against a running instance (LOADTEST_URL,
// default APP_URL or http://localhost:3000) on the PostgreSQL of DATABASE_URL, with the demo data
// loaded. Each user is a gedragswetenschapper of its own, signed in through Auth.js's own
// endpoints, who in a loop opens the start page, opens a traject of the team and adds a note to
// it, posted as the browser posts the form without JavaScript (the page's own hidden fields and
// the version it showed). Prints `bench load-rps`, `bench load-p95`, `bench load-errors` (and the
// writes that met a concurrent change, refused as a conflict as the app should).
//
// `npm run loadtest -- startpaginas`: each start page in turn, opened in a loop by 10 users
// (LOADTEST_USERS) of its role for 20 s (LOADTEST_SECONDS) after 5 s not counted
// (LOADTEST_WARMUP_SECONDS), each user an account of its own with the membership of the demo
// account whose page it is. Prints `bench load-<page>-rps`,
// `bench load-<page>-p95` and `bench load-<page>-errors`.
import autocannon from "autocannon";
import { installDatabase } from "../lib/db";
import { openDatabase } from "../lib/db/connect";
import { appUrl } from "../lib/http/deployment";
import { loadUsers, multipart, MULTIPART_TYPE, noteFields, noteForm, usersLike, type LoadUser } from "./support/load-users";

const startpaginas = process.argv[2] === "startpaginas";
const USERS = Number(process.env.LOADTEST_USERS ?? (startpaginas ? 10 : 50));
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? (startpaginas ? 20 : 60));
const WARMUP_SECONDS = Number(process.env.LOADTEST_WARMUP_SECONDS ?? 5);
const base = new URL(process.env.LOADTEST_URL ?? appUrl().origin);
const origin = process.env.APP_URL ? appUrl().origin : base.origin;
if (!process.env.DATABASE_URL) {
  console.error("npm run loadtest needs DATABASE_URL: the PostgreSQL of the running instance, with the demo data (npm run db:seed).");
  process.exit(1);
}

const database = openDatabase({ kind: "postgres", url: process.env.DATABASE_URL });
installDatabase(database);

const p95 = (latencies: number[]) => [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)] ?? 0;

// Each start page as the demo account whose page it is.
const STARTPAGINAS = [
  { naam: "school", pad: "/school", email: "zc.99n1@demo.toptrajecten.nl" },
  { naam: "windstreek", pad: "/windstreek", email: "oa.noord@demo.toptrajecten.nl" },
  { naam: "team", pad: "/team", email: "gw.noord@demo.toptrajecten.nl" },
  { naam: "coordinatie", pad: "/coordinatie", email: "coordinator@demo.toptrajecten.nl" },
] as const;

/** `seconds` of `connections` users each opening `pad` in a loop; the latency of every response. */
async function belast(pad: string, cookies: readonly string[], seconds: number) {
  const latencies: number[] = [];
  let failed = 0;
  let user = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base.origin,
        connections: USERS,
        duration: seconds,
        requests: [
          {
            method: "GET",
            setupRequest(request, context: { cookie?: string }) {
              context.cookie ??= cookies[user++ % cookies.length];
              return { ...request, path: pad, headers: { ...request.headers, cookie: context.cookie! } };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      if (status !== 200) failed++;
    });
  });
  return { result, latencies, failed };
}

if (startpaginas) {
  for (const pagina of STARTPAGINAS) {
    const cookies = await usersLike(database.prisma, base, origin, pagina.email, USERS, `belasting-${pagina.naam}`);
    // Not counted: the first requests of a page run code the server has not compiled yet.
    await belast(pagina.pad, cookies, WARMUP_SECONDS);
    const { result, latencies, failed } = await belast(pagina.pad, cookies, SECONDS);
    console.log(`bench load-${pagina.naam}-rps: ${Math.round(result.requests.average)} req/s`);
    console.log(`bench load-${pagina.naam}-p95: ${Math.round(p95(latencies))} ms`);
    console.log(`bench load-${pagina.naam}-errors: ${result.errors + result.timeouts + failed} requests`);
  }
  await database.close();
  process.exit(0);
}

const users = await loadUsers(database.prisma, base, origin, USERS, "belasting");

type Context = { user?: LoadUser; fields?: Record<string, string> | null };
let next = 0;

const latencies: number[] = [];
let failed = 0;
let conflicts = 0;
let finish: (result: autocannon.Result) => void = () => {};
const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
const instance = autocannon({
  url: base.origin,
  connections: USERS,
  duration: SECONDS,
  requests: [
    {
      method: "GET",
      setupRequest(request, context: Context) {
        context.user ??= users[next++ % users.length];
        return { ...request, path: "/team", headers: { ...request.headers, cookie: context.user!.cookie } };
      },
    },
    {
      method: "GET",
      setupRequest(request, context: Context) {
        return { ...request, path: `/trajecten/${context.user!.traject}`, headers: { ...request.headers, cookie: context.user!.cookie } };
      },
      onResponse(_status, body, context: Context) {
        context.fields = noteForm(body);
      },
    },
    {
      method: "POST",
      setupRequest(request, context: Context) {
        if (!context.fields) return request; // the page did not render: this write is skipped
        const body = multipart(noteFields(context.fields, "Belastingtest: notitie."));
        return {
          ...request,
          path: `/trajecten/${context.user!.traject}`,
          body,
          headers: { ...request.headers, cookie: context.user!.cookie, origin, "content-type": MULTIPART_TYPE },
        };
      },
      onResponse(_status, body) {
        if (body.includes("Iemand anders heeft dit traject intussen gewijzigd")) conflicts++;
      },
    },
  ],
}, (error, result) => {
  if (error) throw error;
  finish(result);
});
instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
  latencies.push(ms);
  if (status >= 400) failed++;
});
const result = await done;
console.log(`bench load-rps: ${Math.round(result.requests.average)} req/s`);
console.log(`bench load-p95: ${Math.round(p95(latencies))} ms`);
console.log(`bench load-errors: ${result.errors + result.timeouts + failed} requests`);
console.log(`bench load-conflicts: ${conflicts} writes`);
console.log(`bench load-requests: ${result.requests.total} requests`);
await database.close();
