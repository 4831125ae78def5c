// Every (phase or step, action, role) triple, made through the server's transition function.
// The expectations below are written out by hand from DOMAIN.md and the handbook, not derived
// from lib/trajecten/workflow.ts, so a wrong rule there fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { Role } from "@/lib/generated/prisma/enums";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { ACTIES, type Actie } from "@/lib/trajecten/history";
import { STANDEN, standOf, type Stand } from "@/lib/trajecten/stand";
import { castOf, lastInEffect, recordBothFollowUps, step, trajectAt, validInput, type Cast } from "../support/trajecten";
import { openSeededDatabase, type TestDatabase } from "../support/test-database";

const today = day("2026-11-20");
const ROLES = Object.values(Role);

/** The allowed triples, and where each leads. Everything not listed must be refused. */
const ALLOWED: [Stand, Actie, Role, Stand][] = [
  // The test's advice goes on to a vooroverleg; its other outcomes close the traject (workflow.test.ts).
  ["ADVIES", "ADVIES_GEGEVEN", "GEDRAGSWETENSCHAPPER", "VOOROVERLEG"],
  ["ADVIES", "ADVIES_GEGEVEN", "ONDERWIJSADVISEUR", "VOOROVERLEG"],
  // The school plans the vooroverleg (again, to move it) and records it; the test's decision is
  // a Toptraject, so a request follows (the other decision closes it: workflow.test.ts).
  ["ADVIES", "VOOROVERLEG_GEPLAND", "ZORGCOORDINATOR", "VOOROVERLEG"],
  ["VOOROVERLEG", "VOOROVERLEG_GEPLAND", "ZORGCOORDINATOR", "VOOROVERLEG"],
  ["ADVIES", "VOOROVERLEG_GEHOUDEN", "ZORGCOORDINATOR", "AANVRAAG"],
  ["VOOROVERLEG", "VOOROVERLEG_GEHOUDEN", "ZORGCOORDINATOR", "AANVRAAG"],
  ["ADVIES", "AANVRAAG_GESTART", "ZORGCOORDINATOR", "AANVRAAG"],
  ["VOOROVERLEG", "AANVRAAG_GESTART", "ZORGCOORDINATOR", "AANVRAAG"],
  ["AANVRAAG", "AANVRAAG_INGEDIEND", "ZORGCOORDINATOR", "DOSSIERCHECK"],
  ["DOSSIERCHECK", "AANVRAAG_GOEDGEKEURD", "ONDERWIJSADVISEUR", "GOEDGEKEURD"],
  ["DOSSIERCHECK", "AANVRAAG_AFGEWEZEN", "ONDERWIJSADVISEUR", "GESTOPT"],
  ["GOEDGEKEURD", "ONDERZOEK_GESTART", "GEDRAGSWETENSCHAPPER", "ONDERZOEK"],
  ["ONDERZOEK", "INTENSIEF_GESTART", "GEDRAGSWETENSCHAPPER", "INTENSIEF"],
  ["ONDERZOEK", "ONDERZOEK_AFGESLOTEN", "GEDRAGSWETENSCHAPPER", "GESTOPT"],
  ["INTENSIEF", "INTENSIEF_VERLENGD", "GEDRAGSWETENSCHAPPER", "INTENSIEF"],
  ["INTENSIEF", "BORGING_GESTART", "GEDRAGSWETENSCHAPPER", "BORGING"],
  ["BORGING", "FOLLOW_UP_GESTART", "GEDRAGSWETENSCHAPPER", "FOLLOW_UP"],
  ["FOLLOW_UP", "FOLLOW_UP_VASTGELEGD", "GEDRAGSWETENSCHAPPER", "FOLLOW_UP"],
  ["FOLLOW_UP", "AFGEROND", "GEDRAGSWETENSCHAPPER", "AFGEROND"],
  // Stopping early: the school or the onderwijsadviseur while the request is theirs, the
  // gedragswetenschapper once the Topteam has it.
  ...(["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK"] as const).flatMap((s) =>
    (["ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] as const).map((r): [Stand, Actie, Role, Stand] => [s, "GESTOPT", r, "GESTOPT"]),
  ),
  ...(["GOEDGEKEURD", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const).map((s): [Stand, Actie, Role, Stand] => [s, "GESTOPT", "GEDRAGSWETENSCHAPPER", "GESTOPT"]),
  // Undoing the last step goes back to where the traject was before it.
  ["ONDERZOEK", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "GOEDGEKEURD"],
  ["INTENSIEF", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "ONDERZOEK"],
  ["BORGING", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "INTENSIEF"],
  ["FOLLOW_UP", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "BORGING"],
  ["AFGEROND", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "FOLLOW_UP"],
  ["GESTOPT", "CORRECTIE", "GEDRAGSWETENSCHAPPER", "ONDERZOEK"],
];

const AANMELDING_OPEN: Stand[] = ["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK"];

/** Who can see a fixture at `stand` (DOMAIN.md): a refusal to them must not reveal the traject. */
function sees(role: Role, stand: Stand): boolean {
  switch (role) {
    case "ZORGCOORDINATOR":
    case "ONDERWIJSADVISEUR":
      return true;
    case "GEDRAGSWETENSCHAPPER":
      // Advice and vooroverleg for the schools of the team's windstreek; then from approval on.
      return stand !== "AANVRAAG" && stand !== "DOSSIERCHECK";
    case "COORDINATOR":
      return !AANMELDING_OPEN.includes(stand); // from approval on, the traject has a Topteam
    case "TOPDOCENT":
    case "HULPVERLENER":
      return !AANMELDING_OPEN.includes(stand) && stand !== "GOEDGEKEURD"; // assigned when onderzoek starts
    default:
      return false;
  }
}

function expectedRefusal(stand: Stand, actie: Actie, role: Role): AppErrorCode {
  if (!sees(role, stand)) return "NIET_GEVONDEN";
  // DOMAIN.md: only the school, the onderwijsadviseur and the gedragswetenschapper move trajecten.
  if (!["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER"].includes(role)) return "NIET_TOEGESTAAN";
  const fromHere = ALLOWED.filter(([s, a]) => s === stand && a === actie);
  return fromHere.length === 0 ? "VERKEERDE_FASE" : "NIET_TOEGESTAAN";
}

let database: TestDatabase;
let cast: Cast;
/** One traject per stand for the refusals, which must leave it untouched. */
const shared = new Map<Stand, string>();

beforeAll(async () => {
  database = await openSeededDatabase(today);
  cast = await castOf(database.prisma);
  for (const stand of STANDEN) shared.set(stand, await trajectAt(database.prisma, cast, stand, today));
}, 120_000);
afterAll(() => database?.dispose());

async function snapshot(id: string) {
  const prisma = database.prisma;
  return {
    traject: await prisma.traject.findUniqueOrThrow({ where: { id } }),
    history: await prisma.trajectTransition.count({ where: { trajectId: id } }),
    doelen: await prisma.doel.count({ where: { trajectId: id } }),
    adviezen: await prisma.handelingsadvies.count({ where: { trajectId: id } }),
    followUps: await prisma.followUp.count({ where: { trajectId: id } }),
  };
}

describe("the transition table", () => {
  it("lists only existing stands, actions and roles, each allowed triple once", () => {
    const keys = ALLOWED.map(([s, a, r]) => `${s}/${a}/${r}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [s, a, r, naar] of ALLOWED) {
      expect(STANDEN).toContain(s);
      expect(STANDEN).toContain(naar);
      expect(ACTIES).toContain(a);
      expect(ROLES).toContain(r);
    }
  });

  it("allows every listed triple: the traject moves, with one history row and one audit row", async () => {
    const prisma = database.prisma;
    for (const [stand, actie, role, naar] of ALLOWED) {
      const id = await trajectAt(prisma, cast, stand, today);
      if (actie === "AFGEROND") await recordBothFollowUps(prisma, cast, id, today);
      const before = await snapshot(id);
      const audits = await prisma.auditLog.count({ where: { trajectId: id, outcome: "ALLOWED" } });
      const extra = actie === "CORRECTIE" ? { overgangId: await lastInEffect(prisma, id) } : {};
      await step(prisma, cast[role], id, validInput(actie, today, extra), today);
      const after = await snapshot(id);
      expect(standOf(after.traject.fase, after.traject.aanmeldingStap), `${stand} ${actie} ${role}`).toBe(naar);
      expect(after.traject.version).toBe(before.traject.version + 1);
      expect(after.history).toBe(before.history + 1);
      expect(await prisma.auditLog.count({ where: { trajectId: id, outcome: "ALLOWED" } })).toBe(audits + 1);
    }
  }, 300_000);

  it("refuses every other triple with the right error, and writes nothing to the traject", async () => {
    const prisma = database.prisma;
    let checked = 0;
    for (const stand of STANDEN) {
      const id = shared.get(stand)!;
      const before = await snapshot(id);
      const extra = { overgangId: await lastInEffect(prisma, id) };
      for (const actie of ACTIES) {
        for (const role of ROLES) {
          if (ALLOWED.some(([s, a, r]) => s === stand && a === actie && r === role)) continue;
          const denials = await prisma.auditLog.count({ where: { trajectId: id, outcome: "DENIED" } });
          const attempt = step(prisma, cast[role], id, validInput(actie, today, extra), today);
          const expected = expectedRefusal(stand, actie, role);
          await expect(attempt, `${stand} ${actie} ${role}`).rejects.toBeInstanceOf(AppError);
          await expect(attempt, `${stand} ${actie} ${role}`).rejects.toMatchObject({ code: expected });
          // Refusals of access are logged as denials; refusals by phase are not access attempts.
          const logged = expected === "VERKEERDE_FASE" ? 0 : 1;
          expect(await prisma.auditLog.count({ where: { trajectId: id, outcome: "DENIED" } })).toBe(denials + logged);
          checked += 1;
        }
      }
      expect(await snapshot(id)).toEqual(before);
    }
    expect(checked).toBe(STANDEN.length * ACTIES.length * ROLES.length - ALLOWED.length);
  }, 300_000);
});
