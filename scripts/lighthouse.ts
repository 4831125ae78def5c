// `npm run lighthouse`: Lighthouse's mobile performance score of every start page, a traject page
// and /cijfers, each as the role that uses it, against a running instance with the demo data
// (LIGHTHOUSE_URL, default APP_URL or http://localhost:3000; `npm run demo` serves one). Chromium
// from CHROMIUM_PATH or the system (Debian's package). Prints `bench lighthouse-<page>: <score> score`,
// and the server's response time, the largest paint and the blocking time behind it.
import { execFileSync } from "node:child_process";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_PASSWORD } from "../lib/demo";
import { appUrl } from "../lib/http/deployment";
import { signIn } from "./support/load-users";

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

const chrome = await launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const paginas = [...PAGINAS, { naam: "traject", pad: await trajectPad(), email: "gw.noord" }];
  for (const pagina of paginas) {
    const meet = async () =>
      lighthouse(new URL(pagina.pad, base).href, {
        port: chrome.port,
        onlyCategories: ["performance"],
        extraHeaders: { Cookie: await cookieVoor(pagina.email) },
        logLevel: "error",
        output: "json",
      });
    // Lighthouse sometimes loses its own trace (NO_NAVSTART); a second run measures the page.
    let result = await meet();
    if (result?.lhr.runtimeError) result = await meet();
    const score = result?.lhr.categories.performance?.score;
    if (score === null || score === undefined) throw new Error(`Lighthouse gave no score for ${pagina.pad}: ${result?.lhr.runtimeError?.message ?? "unknown"}`);
    console.log(`bench lighthouse-${pagina.naam}: ${Math.round(score * 100)} score`);
    // What the score is made of, to see where a low one comes from.
    for (const [audit, naam] of [["server-response-time", "ttfb"], ["largest-contentful-paint", "lcp"], ["total-blocking-time", "tbt"]] as const) {
      const waarde = result?.lhr.audits[audit]?.numericValue;
      if (waarde !== undefined) console.log(`bench lighthouse-${pagina.naam}-${naam}: ${Math.round(waarde)} ms`);
    }
  }
} finally {
  chrome.kill();
}
