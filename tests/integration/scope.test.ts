import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEZETTING, standenWhere } from "@/lib/trajecten/stand";
import { day } from "@/lib/calendar";
import { getTraject } from "@/lib/trajecten/queries";
import { alleRijen } from "../support/lists";
import { cijfersView } from "@/lib/figures/cijfers-view";
import { dashboardOpties, leesVraag } from "@/lib/figures/dashboard-request";
import { caseloadPerTeam } from "@/lib/figures/overview";
import { actorFor } from "../support/actors";
import { openSeededDatabase, type TestDatabase } from "../support/test-database";

const today = day("2026-11-22");
const OPEN = ["AANMELDING", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"];
let database: TestDatabase;
beforeAll(async () => {
  database = await openSeededDatabase(today);
});
afterAll(() => database?.dispose());

/** DOMAIN.md's "who sees what", computed from the raw rows, independently of lib/authz. */
async function expectedIds(email: string): Promise<string[]> {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  const trajecten = await database.prisma.traject.findMany({ include: { school: true, assignments: true } });
  const visible = trajecten.filter((t) => {
    switch (user.role) {
      case "ZORGCOORDINATOR": return t.schoolId === user.schoolId;
      case "ONDERWIJSADVISEUR": return t.school.windstreekId === user.windstreekId;
      case "GEDRAGSWETENSCHAPPER":
        return t.topteamId === user.topteamId || (["ADVIES", "VOOROVERLEG"].includes(t.aanmeldingStap ?? "") && t.school.windstreekId === user.windstreekId);
      case "TOPDOCENT":
      case "HULPVERLENER": return t.assignments.some((a) => a.userId === user.id);
      case "COORDINATOR": return t.topteamId !== null || t.aanmeldingStap === "GOEDGEKEURD";
      default: return false;
    }
  });
  return visible.filter((t) => OPEN.includes(t.fase)).map((t) => t.id).sort();
}

describe("the scoped start-page query", () => {
  it("returns exactly the allowed trajecten for every seeded account with dossier access", async () => {
    const users = await database.prisma.user.findMany({ where: { role: { notIn: ["SWV", "ADMIN", "PRIVACY_OFFICER"] } } });
    expect(users.length).toBeGreaterThan(30);
    for (const user of users) {
      const actor = await actorFor(database.prisma, user.email);
      const ids = (await alleRijen({ actor, ip: null }, today)).map((t) => t.id).sort();
      const expected = await expectedIds(user.email);
      expect(ids, user.email).toEqual(expected);
      expect(ids.length, `${user.email} sees something`).toBeGreaterThan(0);
    }
  });

  it("shows a school nothing of another school, and a windstreek nothing of another", async () => {
    const zc = await actorFor(database.prisma, "zc.99n1@demo.toptrajecten.nl");
    const oa = await actorFor(database.prisma, "oa.noord@demo.toptrajecten.nl");
    const zcRows = await database.prisma.traject.findMany({ where: { id: { in: (await alleRijen({ actor: zc, ip: null }, today)).map((t) => t.id) } }, include: { school: true } });
    expect(new Set(zcRows.map((t) => t.schoolId))).toEqual(new Set([zc.schoolId]));
    const oaRows = await database.prisma.traject.findMany({ where: { id: { in: (await alleRijen({ actor: oa, ip: null }, today)).map((t) => t.id) } }, include: { school: true } });
    expect(new Set(oaRows.map((t) => t.school.windstreekId))).toEqual(new Set([oa.windstreekId]));
  });

  it("gives the gedragswetenschapper advice and vooroverleg of the own windstreek, but no request before approval", async () => {
    const gw = await actorFor(database.prisma, "gw.noord@demo.toptrajecten.nl");
    const rows = await alleRijen({ actor: gw, ip: null }, today);
    const requests = await database.prisma.traject.findMany({ where: { aanmeldingStap: { in: ["AANVRAAG", "DOSSIERCHECK"] } } });
    expect(requests.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).not.toEqual(expect.arrayContaining([requests[0]!.id]));
    expect(rows.every((r) => r.fase !== "AANMELDING" || r.topteam !== null || ["ADVIES", "VOOROVERLEG"].includes(r.aanmeldingStap!))).toBe(true);
    expect(rows.some((r) => r.aanmeldingStap === "ADVIES" || r.aanmeldingStap === "VOOROVERLEG")).toBe(true);
  });

  it.each(["swv@demo.toptrajecten.nl", "beheer@demo.toptrajecten.nl", "fg@demo.toptrajecten.nl"])("refuses %s any dossier", async (email) => {
    const actor = await actorFor(database.prisma, email);
    await expect(alleRijen({ actor, ip: null }, today)).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
  });
});

describe("opening one traject", () => {
  it("returns another school's traject to nobody at this school, and logs the attempt as denied", async () => {
    const zc = await actorFor(database.prisma, "zc.99n1@demo.toptrajecten.nl");
    const foreign = await database.prisma.traject.findFirstOrThrow({ where: { schoolId: { not: zc.schoolId! } }, include: { student: true } });
    expect(await getTraject({ actor: zc, ip: "203.0.113.7" }, foreign.id, today)).toBeNull();
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { userId: zc.id, trajectId: foreign.id }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ outcome: "DENIED", action: "TRAJECT_READ", role: "ZORGCOORDINATOR", ip: "203.0.113.7", studentId: null });
  });

  it("returns the school's own traject with its history, and logs the read", async () => {
    const zc = await actorFor(database.prisma, "zc.99n1@demo.toptrajecten.nl");
    const own = await database.prisma.traject.findFirstOrThrow({ where: { schoolId: zc.schoolId!, studentId: { not: null } } });
    const detail = await getTraject({ actor: zc, ip: null }, own.id, today);
    expect(detail?.id).toBe(own.id);
    expect(detail!.history.length).toBeGreaterThan(0);
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { userId: zc.id, trajectId: own.id }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ outcome: "ALLOWED", studentId: own.studentId });
  });
});

describe("aggregate figures", () => {
  it("count every traject once, per windstreek and phase", async () => {
    const swv = await actorFor(database.prisma, "swv@demo.toptrajecten.nl");
    const ctx = { actor: swv, ip: null };
    const rows = () => database.prisma.auditLog.count({ where: { userId: swv.id, action: "FIGURES_READ" } });
    const before = await rows();
    const { counts } = await cijfersView(ctx, leesVraag({}), await dashboardOpties(ctx));
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(await database.prisma.traject.count());
    // One view of /cijfers, one row in the access log.
    expect(await rows()).toBe(before + 1);
    const caseload = await caseloadPerTeam({ actor: swv, ip: null });
    expect(caseload).toHaveLength(4);
    // Occupancy has one definition (BEZETTING): from approval until borging ends, as the assignment counts it.
    expect(caseload.reduce((s, c) => s + c.lopend, 0)).toBe(await database.prisma.traject.count({ where: { topteamId: { not: null }, ...standenWhere(BEZETTING) } }));
  });
  it("are refused to a school", async () => {
    const zc = await actorFor(database.prisma, "zc.99n1@demo.toptrajecten.nl");
    await expect(cijfersView({ actor: zc, ip: null }, leesVraag({}), { kwartalen: [], windstreken: [], topteams: [], scholen: [] })).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
  });
});
