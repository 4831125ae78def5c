import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";

// A browser: CHROMIUM_PATH, else the system's Chromium (Debian's package), else Playwright's own
// download (`npx playwright install chromium` on a machine with internet).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const executablePath = chromiumPath();
if (!existsSync(executablePath ?? chromium.executablePath())) {
  throw new Error(
    "No Chromium found for the browser tests. Install one with `apt-get install chromium` (Debian) " +
      "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.",
  );
}

// One fresh embedded database per run, shared with the workers through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "toptrajecten-e2e-"));
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? "line" : "list",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // The fixture first (the accounts and trajecten the tests use), then the demo server.
    command: "npx tsx --conditions=react-server tests/e2e/fixture/setup.ts && npx tsx scripts/app.ts demo",
    url: `http://localhost:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // The coordinator stands in for a role that must have a second factor: its one test sets it
    // up, so other tests sign in as roles that need none (the default, admins, would block them).
    env: { PORT: String(port), TOPTRAJECTEN_DATA_DIR: process.env.E2E_DATA_DIR, DATABASE_URL: "", TOTP_REQUIRED_ROLES: "COORDINATOR" },
  },
});
