// For a test file that follows mail to the end: a real SMTP server and the job worker on the
// file's database, started before its tests and stopped after them, and a wait for what arrives.
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/lib/db/connect";
import { stopBoss } from "@/lib/jobs/boss";
import { startWorker } from "@/lib/jobs/worker";
import { startSmtp, type TestSmtp } from "./smtp";

export function withMailWorker(database: () => Database): { smtp: () => TestSmtp; restartSmtp: (port: number) => Promise<void> } {
  let smtp: TestSmtp;
  let worker: PgBoss;
  beforeAll(async () => {
    smtp = await startSmtp();
    worker = await startWorker(database(), { SMTP_URL: smtp.url, MAIL_FROM: "Toptrajecten <noreply@toptrajecten.test>" });
  }, 60_000);
  afterAll(async () => {
    await stopBoss(worker, database());
    await smtp.stop();
  });
  return {
    smtp: () => smtp,
    // A test that stopped the server to see retries brings it back on the port the worker knows.
    restartSmtp: async (port) => {
      smtp = await startSmtp(port);
    },
  };
}

/** What `check` finds, once it finds something; fails after `ms`. */
export async function until<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
