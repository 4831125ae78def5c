// GET /api/health: 200 when the database answers, the migrations are current and a worker beat
// within a minute; 503 with the part that is not, and never any data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { stopBoss } from "@/lib/jobs/boss";
import { startWorker } from "@/lib/jobs/worker";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 60_000);
afterAll(() => database?.dispose());

const health = async () => {
  const response = await GET();
  return { status: response.status, body: await response.json() };
};

describe("the health check", () => {
  it("is 503 with the worker quiet, 200 while one beats, and 503 again once it stopped", async () => {
    expect(await health()).toEqual({ status: 503, body: { database: "ok", migrations: "ok", worker: "stil" } });
    const worker = await startWorker(database, {});
    try {
      expect(await health()).toEqual({ status: 200, body: { database: "ok", migrations: "ok", worker: "ok" } });
    } finally {
      await stopBoss(worker, database);
    }
    expect((await health()).body.worker).toBe("stil");
  });

  it("is 503 when a migration has not been applied", async () => {
    const worker = await startWorker(database, {});
    const [last] = await database.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await database.prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last!.id}`;
    try {
      expect(await health()).toEqual({ status: 503, body: { database: "ok", migrations: "niet bijgewerkt", worker: "ok" } });
    } finally {
      await database.prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last!.id}`;
      await stopBoss(worker, database);
    }
  });
});
