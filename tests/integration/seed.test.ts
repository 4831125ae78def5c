import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { currentTerm } from "@/lib/trajecten/terms";
import { seedDemoData } from "@/prisma/seed";
import { openSeededDatabase, type TestDatabase } from "../support/test-database";

const today = day("2026-11-22");
let database: TestDatabase;
beforeAll(async () => {
  database = await openSeededDatabase(today);
});
afterAll(() => database?.dispose());

async function counts() {
  const p = database.prisma;
  return {
    windstreken: await p.windstreek.count(),
    schools: await p.school.count(),
    teams: await p.topteam.count(),
    users: await p.user.count(),
    students: await p.student.count(),
    trajecten: await p.traject.count(),
    history: await p.trajectTransition.count(),
    consents: await p.consent.count(),
    followUps: await p.followUp.count(),
    assignments: await p.trajectAssignment.count(),
  };
}

describe("the demo seed", () => {
  it("can run twice without adding or changing anything", async () => {
    const before = await counts();
    const snapshot = await database.prisma.traject.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });
    await seedDemoData(database.prisma, today);
    expect(await counts()).toEqual(before);
    expect(await database.prisma.traject.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })).toEqual(snapshot);
  });

  it("has the organisation DOMAIN.md describes", async () => {
    const c = await counts();
    expect(c).toMatchObject({ windstreken: 4, teams: 4 });
    expect(c.schools).toBeGreaterThanOrEqual(12);
    const teams = await database.prisma.topteam.findMany({ include: { members: true } });
    for (const team of teams) {
      const roles = team.members.map((m) => m.role).sort();
      expect(roles).toEqual(["GEDRAGSWETENSCHAPPER", "HULPVERLENER", "HULPVERLENER", "TOPDOCENT", "TOPDOCENT"]);
    }
    const byRole = await database.prisma.user.groupBy({ by: ["role"], _count: true });
    const count = Object.fromEntries(byRole.map((r) => [r.role, r._count]));
    expect(count).toMatchObject({ ONDERWIJSADVISEUR: 4, COORDINATOR: 1, SWV: 1, ADMIN: 1 });
    const zcSchools = await database.prisma.user.findMany({ where: { role: "ZORGCOORDINATOR" }, distinct: ["schoolId"] });
    expect(zcSchools.length).toBeGreaterThanOrEqual(2);
  });

  it("spreads at least 80 trajecten over every phase and step and two school years", async () => {
    const trajecten = await database.prisma.traject.findMany({ include: { followUps: true } });
    expect(trajecten.length).toBeGreaterThanOrEqual(80);
    const fasen = new Set(trajecten.map((t) => t.fase));
    expect([...fasen].sort()).toEqual(["AANMELDING", "AFGEROND", "BORGING", "FOLLOW_UP", "GESTOPT", "INTENSIEF", "ONDERZOEK"]);
    const stappen = new Set(trajecten.filter((t) => t.fase === "AANMELDING").map((t) => t.aanmeldingStap));
    expect(stappen.size).toBe(5);
    // A school year starts on 1 August.
    const schoolYears = new Set(trajecten.map((t) => t.aangemeldOp.getUTCFullYear() - (t.aangemeldOp.getUTCMonth() < 7 ? 1 : 0)));
    expect(schoolYears.size).toBeGreaterThanOrEqual(2);
    const statuses = trajecten.map((t) => currentTerm({ ...t, followUpsDone: t.followUps.map((f) => f.moment) }, today)?.status);
    expect(statuses).toContain("VERLOPEN");
    expect(statuses).toContain("OP_SCHEMA");
    expect(trajecten.filter((t) => t.fase === "GESTOPT").map((t) => t.stopReden)).toContain("NIET_PASSEND_NA_ONDERZOEK");
    expect(trajecten.some((t) => t.followUps.length === 2)).toBe(true);
    expect(trajecten.some((t) => t.windstreekoverstijgend)).toBe(true);
  });

  it("has consent and a recorded vooroverleg for every traject that reached the request, as the app requires", async () => {
    const past = await database.prisma.traject.findMany({
      where: { aanvraagOp: { not: null } },
      select: { id: true, studentId: true, consents: { select: { id: true } }, vooroverleg: { select: { gehoudenOp: true, besluit: true } } },
    });
    expect(past.length).toBeGreaterThan(40);
    for (const t of past) {
      expect(t.studentId, t.id).not.toBeNull();
      expect(t.consents.length, t.id).toBeGreaterThan(0);
      expect(t.vooroverleg, t.id).toMatchObject({ gehoudenOp: expect.any(Date), besluit: "TOPTRAJECT" });
    }
  });

  it("keeps every history consistent: dates in order, each row starting where the last ended, none in the future", async () => {
    const trajecten = await database.prisma.traject.findMany({ include: { history: { orderBy: { id: "asc" } } } });
    for (const t of trajecten) {
      const rows = [...t.history].sort((a, b) => Number(a.id.split("-h")[1]) - Number(b.id.split("-h")[1]));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.at(-1)!.naarFase).toBe(t.fase);
      rows.forEach((row, i) => {
        expect(row.datum.getTime()).toBeLessThanOrEqual(today.getTime());
        if (i > 0) {
          expect(row.vanFase).toBe(rows[i - 1]!.naarFase);
          expect(row.datum.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.datum.getTime());
        }
      });
    }
  });
});
