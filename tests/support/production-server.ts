// The production build (dist/server.mjs) in a process of its own, for the instance tests that
// need one with settings of their own: started, waited for until healthy, and stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

export interface ProductionServer {
  origin: string;
  stop(): Promise<void>;
}

/** Serves on `port` with `env` over the test's own environment; APP_URL is the port's origin. */
export async function startProductionServer(port: number, env: Record<string, string | undefined>): Promise<ProductionServer> {
  const origin = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, NODE_OPTIONS: "", PORT: String(port), APP_URL: origin, ...env },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await expect.poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status, { timeout: 90_000 }).toBe(200);
  return {
    origin,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
