// `npm run admin:create` on a database of its own (a folder for the embedded engine, or a new
// database on the PostgreSQL of DATABASE_URL): the first account, a weak password refused, and a
// second run with the same address refused with exit code 1, changing nothing.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, targetFromEnv } from "@/lib/db/connect";

let env: Record<string, string>;
let dispose = async () => {};

beforeAll(async () => {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "toptrajecten-admin-"));
    env = { DATABASE_URL: "", TOPTRAJECTEN_DATA_DIR: dataDir };
    dispose = async () => rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const url = new URL(server);
  const name = `${url.pathname.slice(1) || "postgres"}_admin_${randomBytes(4).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  env = { DATABASE_URL: url.toString() };
  dispose = () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
afterAll(() => dispose());

function adminCreate(args: string[], password: string) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/admin-create.ts", ...args], {
    input: `${password}\n`,
    env: { ...process.env, ...env, AUTH_SECRET: "admin-create-test-secret", NODE_OPTIONS: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function accounts() {
  const database = openDatabase(targetFromEnv(env));
  try {
    return await database.prisma.user.findMany({ select: { email: true, naam: true, role: true, passwordHash: true } });
  } finally {
    await database.close();
  }
}

describe("npm run admin:create", () => {
  const args = ["--email", "Beheer@SWV.example.nl", "--naam", "Eerste Beheerder", "--password-stdin"];

  it("refuses a weak password with the reason, and makes nothing", async () => {
    const weak = adminCreate(args, "wachtwoord1234");
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/veelvoorkomend|makkelijk te raden|woorden/);
    expect(await accounts()).toEqual([]);
  }, 120_000);

  it("makes the first functioneel beheerder, and refuses the same address a second time", async () => {
    const first = adminCreate(args, "kraanvogel-paperclip-omelet-7");
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("Account aangemaakt voor beheer@swv.example.nl");
    const made = await accounts();
    expect(made).toMatchObject([{ email: "beheer@swv.example.nl", naam: "Eerste Beheerder", role: "ADMIN" }]);

    const second = adminCreate(["--email", "beheer@swv.example.nl", "--naam", "Iemand Anders", "--password-stdin"], "een-ander-sterk-wachtwoord-99");
    expect(second.code).toBe(1);
    expect(second.err).toContain("Er bestaat al een account met dit e-mailadres.");
    expect(await accounts()).toEqual(made);
  }, 120_000);

  it("says how to use it when an argument is missing", () => {
    const missing = adminCreate(["--email", "x@example.nl"], "");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("Gebruik: npm run admin:create");
  }, 60_000);
});
