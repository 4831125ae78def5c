// Two instances of the production server on one PostgreSQL database, as behind a load balancer:
// `npm run test:instances` after `npm run build`, with DATABASE_URL naming a server on which it
// may create and drop a database (CI's local PostgreSQL). Each instance also runs a worker, so
// the schedule (every minute here) has two workers competing for each slot.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const server = process.env.DATABASE_URL;
if (!server) throw new Error("npm run test:instances needs DATABASE_URL: a PostgreSQL server on which it may create and drop a database.");

// One database per run, made once by the main process; the workers inherit its name.
if (!process.env.INSTANCES_DATABASE_URL) {
  const url = new URL(server);
  const name = `toptrajecten_instances_${randomBytes(4).toString("hex")}`;
  execFileSync("psql", [server, "-qc", `CREATE DATABASE ${name}`]);
  url.pathname = `/${name}`;
  process.env.INSTANCES_DATABASE_URL = url.toString();
}

export const PORTS = [3311, 3312] as const;
const shared = {
  DATABASE_URL: process.env.INSTANCES_DATABASE_URL,
  AUTH_SECRET: "instances-test-secret-shared-by-both",
  WORKER_IN_PROCESS: "1",
  RETENTION_CRON: "* * * * *",
  WEEKOVERZICHT_CRON: "* * * * *",
  // No growing delay here (a browser's pace would decide the outcome): five failures lock a pair,
  // twenty an address, so that the counts across the two instances can be checked exactly.
  SIGNIN_FREE_FAILURES: "5",
  SIGNIN_MAX_FAILURES_PAIR: "5",
  SIGNIN_MAX_FAILURES_IP: "20",
  TRUSTED_PROXY_HOPS: "0",
  TOTP_REQUIRED_ROLES: "none",
  // The spec imports use cases with the react-server condition; the servers must not.
  NODE_OPTIONS: "",
};

export default defineConfig({
  ...base,
  testDir: "tests/instances",
  fullyParallel: false,
  workers: 1,
  timeout: 240_000,
  globalTeardown: "./tests/instances/global-teardown.ts",
  use: { ...base.use, baseURL: undefined },
  webServer: PORTS.map((port) => ({
    command: "node dist/server.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { ...shared, PORT: String(port), APP_URL: `http://localhost:${port}` },
  })),
});
