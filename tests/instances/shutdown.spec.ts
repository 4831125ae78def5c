// SIGTERM to the production server on the embedded engine: the requests in flight are answered
// (also those the kernel had accepted but the server not yet read), the health check says 503
// while it drains, the process is gone within 10 s, and the database folder's lock is released.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { get } from "node:http";
import { expect, test } from "@playwright/test";

/** The status of a GET on a connection of its own. */
const status = (url: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });

test("SIGTERM finishes the requests in flight, exits within 10 s and releases the embedded lock", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "toptrajecten-shutdown-"));
  const port = 3313;
  const server = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: "", TOPTRAJECTEN_DATA_DIR: dataDir, PORT: String(port) },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const url = `http://localhost:${port}`;
    await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    expect(existsSync(path.join(dataDir, "toptrajecten.lock"))).toBe(true);

    // Each on a connection of its own, so that each is a request the server has received (not an
    // idle keep-alive connection, which a shutdown may close), and still running at SIGTERM.
    const inFlight = Array.from({ length: 5 }, () => status(`${url}/login`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const signalled = Date.now();
    server.kill("SIGTERM");
    // While it drains, the health check tells a load balancer to send no more.
    await expect.poll(() => status(`${url}/api/health`)).toBe(503);
    expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200, 200]);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(existsSync(path.join(dataDir, "toptrajecten.lock"))).toBe(false);
    await expect(fetch(`${url}/login`)).rejects.toThrow();
  } finally {
    server.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
