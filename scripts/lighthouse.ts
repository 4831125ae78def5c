// `npm run lighthouse`: Lighthouse's mobile performance score of every start page, a traject page
// and /cijfers, each as the role that uses it, against a running instance with the demo data
// (LIGHTHOUSE_URL, default APP_URL or http://localhost:3000; `npm run demo` serves one). Chromium
// from CHROMIUM_PATH or the system (Debian's package). Prints `bench lighthouse-<page>: <score> score`,
// and the server's response time, the largest paint and the blocking time behind it.
//
// Each page is measured LIGHTHOUSE_RUNS times (default 5) and the median run is reported, as
// Lighthouse's variability guide advises: one run of one build swings by 20 points on this kind of
// machine. Throttling is Lighthouse's default (simulated, 4x CPU); the host's benchmark index is
// printed beside it, since that slowdown is relative to the host.
import { execFileSync } from "node:child_process";
import { launch } from "chrome-launcher";
import lighthouse, { type RunnerResult } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { DEMO_PASSWORD } from "../lib/demo";
import { appUrl } from "../lib/http/deployment";
import { signIn } from "./support/load-users";
import { percentile } from "./support/percentile";

const base = new URL(process.env.LIGHTHOUSE_URL ?? appUrl().origin);
const chromePath = process.env.CHROMIUM_PATH ?? execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser || true"], { encoding: "utf8" }).trim();
if (!chromePath) {
  console.error("npm run lighthouse needs Chromium: apt-get install chromium, or set CHROMIUM_PATH.");
  process.exit(1);
}

// Each page as the demo account whose start page it is (roles that need no second factor).
const PAGINAS = [
  { naam: "school", pad: "/school", email: "zc.99n1" },
  { naam: "windstreek", pad: "/windstreek", email: "oa.noord" },
  { naam: "team", pad: "/team", email: "gw.noord" },
  { naam: "coordinatie", pad: "/coordinatie", email: "coordinator" },
  { naam: "cijfers", pad: "/cijfers", email: "swv" },
] as const;

const cookies = new Map<string, string>();
async function cookieVoor(email: string): Promise<string> {
  if (!cookies.has(email)) cookies.set(email, await signIn(base, base.origin, `${email}@demo.toptrajecten.nl`, DEMO_PASSWORD));
  return cookies.get(email)!;
}

/** The first traject the gedragswetenschapper's list links to. */
async function trajectPad(): Promise<string> {
  const html = await (await fetch(new URL("/team", base), { headers: { cookie: await cookieVoor("gw.noord") } })).text();
  const match = /href="(\/trajecten\/[\w-]+)"/.exec(html);
  if (!match) throw new Error("No traject found on /team: is the demo data loaded?");
  return match[1]!;
}

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

const chrome = await launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const paginas = [...PAGINAS, { naam: "traject", pad: await trajectPad(), email: "gw.noord" }];
  const meet = async (pad: string, email: string): Promise<RunnerResult> => {
    const run = async () =>
      lighthouse(new URL(pad, base).href, {
        port: chrome.port,
        onlyCategories: ["performance"],
        extraHeaders: { Cookie: await cookieVoor(email) },
        logLevel: "error",
        output: "json",
      });
    // Lighthouse sometimes loses its own trace (NO_NAVSTART); a second run measures the page.
    let result = await run();
    if (result?.lhr.runtimeError) result = await run();
    if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${pad}: ${result?.lhr.runtimeError?.message ?? "unknown"}`);
    return result;
  };

  const indexen: number[] = [];
  for (const pagina of paginas) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push((await meet(pagina.pad, pagina.email)).lhr);
    indexen.push(...runs.map((run) => run.environment.benchmarkIndex));
    const lhr = computeMedianRun(runs);
    const score = lhr.categories.performance?.score;
    if (score === null || score === undefined) throw new Error(`Lighthouse gave no score for ${pagina.pad}`);
    const scores = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
    console.log(`bench lighthouse-${pagina.naam}: ${Math.round(score * 100)} score`);
    console.log(`  ${pagina.naam}, each run: ${scores.join(", ")}`);
    // What the score is made of, to see where a low one comes from.
    for (const [audit, naam] of [["server-response-time", "ttfb"], ["largest-contentful-paint", "lcp"], ["total-blocking-time", "tbt"]] as const) {
      const waarde = lhr.audits[audit]?.numericValue;
      if (waarde !== undefined) console.log(`bench lighthouse-${pagina.naam}-${naam}: ${Math.round(waarde)} ms`);
    }
  }
  console.log(`bench lighthouse-benchmark-index: ${Math.round(percentile(indexen, 50))} index`);
} finally {
  chrome.kill();
}
