import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), "toptrajecten-lock-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The embedded folder is only ever opened by this test, never by the test run's DATABASE_URL.
describe("the embedded database folder", () => {
  it("refuses a second process with a clear message while the first holds it, and loses nothing", async () => {
    const first = openDatabase({ kind: "embedded", dataDir });
    await migrateDatabase(first);
    await first.prisma.windstreek.create({ data: { code: "T", naam: "Test" } });

    const second = await run("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "migrate"], { env: { ...process.env, DATABASE_URL: "", TOPTRAJECTEN_DATA_DIR: dataDir } }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(new RegExp(`already in use by process ${process.pid}`));

    await first.prisma.windstreek.create({ data: { code: "T2", naam: "Test 2" } });
    await first.close();

    const reopened = openDatabase({ kind: "embedded", dataDir });
    expect(await reopened.prisma.windstreek.count()).toBe(2);
    await reopened.close();
  });

  it("takes over a lock left by a process that died", async () => {
    writeFileSync(path.join(dataDir, "toptrajecten.lock"), "999999");
    const database = openDatabase({ kind: "embedded", dataDir });
    expect(await database.prisma.windstreek.count()).toBe(2);
    await database.close();
  });
});
