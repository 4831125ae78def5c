// The cohort view against a fixture worked out by hand: trajecten walked through the real
// transitions on their own dates, across a year boundary, one of them with a correction in its
// history, in two teams.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFromUser, type Actor } from "@/lib/authz";
import { day } from "@/lib/calendar";
import { cohortRijen, cohortTellingen, type CohortTelling } from "@/lib/figures/cohort";
import type { Actie } from "@/lib/trajecten/history";
import type { OvergangInvoer } from "@/lib/trajecten/transition-input";
import { NIEUW_TRAJECT } from "@/lib/trajecten/phase-fields";
import { openTestDatabase, type TestDatabase } from "../support/test-database";
import { ROUTE, step, validInput, type Spelers } from "../support/traject-route";
import { lastInEffect } from "../support/trajecten";

let database: TestDatabase;
const today = day("2026-12-01");
const spelers = {} as Record<"N" | "Z", Spelers>;
const scholen = { N: "coh-school-n", Z: "coh-school-z" };

/** A traject of windstreek `ws` brought through `stappen`, each on its own date, with consent. */
async function traject(ws: "N" | "Z", id: string, stappen: [Actie | { correctie: true }, string, Partial<OvergangInvoer>?][]) {
  const p = database.prisma;
  const start = day(typeof stappen[0]![0] === "string" ? stappen[0]![1] : "2026-01-01");
  await p.student.create({ data: { id: `${id}-s`, voornaam: "C", achternaam: id, geboortedatum: new Date("2011-05-04"), schoolId: scholen[ws] } });
  const aangemeld = new Date(start.getTime() - 20 * 86_400_000);
  await p.traject.create({
    data: {
      ...NIEUW_TRAJECT,
      id,
      studentId: `${id}-s`,
      schoolId: scholen[ws],
      aangemeldOp: aangemeld,
      history: { create: { action: "ADVIES_GEVRAAGD", naarFase: "AANMELDING", naarStap: "ADVIES", datum: aangemeld, actorId: spelers[ws].ZORGCOORDINATOR.id } },
    },
  });
  await p.consent.create({ data: { trajectId: id, gegevenDoor: "OUDERS", naamGever: "Ouder", gegevenOp: aangemeld, recordedById: spelers[ws].ZORGCOORDINATOR.id } });
  const aanmelding = new Date(start.getTime() - 10 * 86_400_000);
  for (const { actie, door } of ROUTE.slice(0, 4)) await step(p, spelers[ws][door], id, validInput(actie, aanmelding), today);
  for (const [actie, datum, extra] of [["ONDERZOEK_GESTART", stappen[0]![1]] as const, ...stappen.slice(1)]) {
    const invoer =
      typeof actie === "string"
        ? { ...validInput(actie, day(datum)), ...extra }
        : validInput("CORRECTIE", day(datum), { overgangId: await lastInEffect(p, id) });
    await step(p, spelers[ws].GEDRAGSWETENSCHAPPER, id, invoer as OvergangInvoer, today);
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  for (const ws of ["N", "Z"] as const) {
    await p.windstreek.create({ data: { id: `coh-ws-${ws}`, code: `C${ws}`, naam: `Cohort ${ws}` } });
    await p.school.create({ data: { id: scholen[ws], brin: `99C${ws}`, naam: `School ${ws}`, windstreekId: `coh-ws-${ws}` } });
    await p.topteam.create({ data: { id: `coh-team-${ws}`, naam: `Topteam ${ws}`, windstreekId: `coh-ws-${ws}`, capaciteit: 100 } });
    const user = async (role: Actor["role"], lid: { schoolId?: string; windstreekId?: string; topteamId?: string }) =>
      actorFromUser(await p.user.create({ data: { email: `${role}.${ws}@cohort.test`, naam: `${role} ${ws}`, role, passwordHash: "x", ...lid } }), "s");
    spelers[ws] = {
      ZORGCOORDINATOR: await user("ZORGCOORDINATOR", { schoolId: scholen[ws] }),
      ONDERWIJSADVISEUR: await user("ONDERWIJSADVISEUR", { windstreekId: `coh-ws-${ws}` }),
      GEDRAGSWETENSCHAPPER: await user("GEDRAGSWETENSCHAPPER", { topteamId: `coh-team-${ws}`, windstreekId: `coh-ws-${ws}` }),
    };
  }
  const fu = (moment: "DRIE_MAANDEN", niveau: "JA", diploma: "JA" | "NEE") => ({ moment, opUitstroomniveau: niveau, diplomaVerwacht: diploma }) as Partial<OvergangInvoer>;
  // Q1 2026, team N. Onderzoek 28, 35, 49, 42 (after the correction) and 28 days; intensief 84 (three times); borging 91 and 92.
  await traject("N", "C1", [["ONDERZOEK_GESTART", "2026-01-01"], ["INTENSIEF_GESTART", "2026-01-29"], ["BORGING_GESTART", "2026-04-23"], ["FOLLOW_UP_GESTART", "2026-07-23"], ["FOLLOW_UP_VASTGELEGD", "2026-10-23", fu("DRIE_MAANDEN", "JA", "JA")]]);
  await traject("N", "C2", [["ONDERZOEK_GESTART", "2026-01-12"], ["INTENSIEF_GESTART", "2026-02-16"], ["BORGING_GESTART", "2026-05-11"], ["FOLLOW_UP_GESTART", "2026-08-11"], ["FOLLOW_UP_VASTGELEGD", "2026-11-11", fu("DRIE_MAANDEN", "JA", "NEE")]]);
  await traject("N", "C3", [["ONDERZOEK_GESTART", "2026-02-02"], ["INTENSIEF_GESTART", "2026-03-23"], ["BORGING_GESTART", "2026-06-15"]]);
  // Intensief recorded a day after the start by mistake, undone, then started on 23 March.
  await traject("N", "C4", [["ONDERZOEK_GESTART", "2026-02-09"], ["INTENSIEF_GESTART", "2026-02-10"], [{ correctie: true }, "2026-02-10"], ["INTENSIEF_GESTART", "2026-03-23"]]);
  await traject("N", "C5", [["ONDERZOEK_GESTART", "2026-03-02"], ["ONDERZOEK_AFGESLOTEN", "2026-03-30"]]);
  await traject("N", "C6", [["ONDERZOEK_GESTART", "2026-03-31"], ["GESTOPT", "2026-04-10"]]);
  // Q4 2025, team N: the last day of the year, and one stopped.
  await traject("N", "C7", [["ONDERZOEK_GESTART", "2025-12-31"], ["INTENSIEF_GESTART", "2026-01-28"]]);
  await traject("N", "C8", [["ONDERZOEK_GESTART", "2025-11-03"], ["GESTOPT", "2025-11-20"]]);
  // Q1 2026, team Z.
  await traject("Z", "C9", [["ONDERZOEK_GESTART", "2026-01-15"]]);
}, 120_000);
afterAll(() => database?.dispose());

describe("the cohort view", () => {
  it("counts each cohort per team as worked out by hand, across the year boundary and after a correction", async () => {
    const tellingen = await cohortTellingen({ jaar: 2026, nummer: 3 }, {});
    const van = (jaar: number, nummer: number, topteam: string) => tellingen.find((t) => t.cohort.jaar === jaar && t.cohort.nummer === nummer && t.topteam === topteam);
    expect(tellingen.map((t) => `${t.cohort.jaar}-K${t.cohort.nummer} ${t.topteam}`)).toEqual(["2026-K1 Topteam N", "2026-K1 Topteam Z", "2025-K4 Topteam N"]);
    expect(van(2026, 1, "Topteam N")).toEqual({
      cohort: { jaar: 2026, nummer: 1 },
      topteam: "Topteam N",
      gestart: 6,
      afgerond: 0,
      naOnderzoek: 1,
      gestopt: 1,
      // 28, 28, 35, 42, 49: without the correction C4's one day would make it 28.
      onderzoek: { mediaan: 35, n: 5 },
      intensief: { mediaan: 84, n: 3 },
      borging: { mediaan: 91.5, n: 2 },
      drieMaanden: { n: 2, opNiveau: 2, diploma: 1 },
      twaalfMaanden: { n: 0, opNiveau: 0, diploma: 0 },
    } satisfies CohortTelling);
    expect(van(2025, 4, "Topteam N")).toMatchObject({ gestart: 2, afgerond: 0, naOnderzoek: 0, gestopt: 1, onderzoek: { mediaan: 28, n: 1 } });
    expect(van(2026, 1, "Topteam Z")).toMatchObject({ gestart: 1, onderzoek: { mediaan: null, n: 0 } });
    // Filtered to a windstreek: only its team.
    expect((await cohortTellingen({ jaar: 2026, nummer: 3 }, { windstreekId: "coh-ws-Z" })).map((t) => t.topteam)).toEqual(["Topteam Z"]);
    // Eight quarters up to the one asked for: Q4 2025 drops out after 2027-K3.
    expect((await cohortTellingen({ jaar: 2027, nummer: 4 }, {})).map((t) => t.cohort.jaar)).toEqual([2026, 2026]);

    // As shown: small counts hidden, and what would give them away withheld.
    const [n] = cohortRijen([van(2026, 1, "Topteam N")!]);
    expect(n!.cohort).toBe("1e kwartaal 2026");
    expect(n!.waarden).toEqual(["•", "•", "<5", "<5", "<5", 35, "<5", "<5", "<5", "<5", null, null]);
  });

  it("shows shares only where no part or rest is 1 to 4", () => {
    const basis: CohortTelling = {
      cohort: { jaar: 2026, nummer: 1 },
      topteam: "T",
      gestart: 20,
      afgerond: 10,
      naOnderzoek: 5,
      gestopt: 0,
      onderzoek: { mediaan: 30, n: 15 },
      intensief: { mediaan: 80, n: 10 },
      borging: { mediaan: 91, n: 4 },
      drieMaanden: { n: 10, opNiveau: 5, diploma: 8 },
      twaalfMaanden: { n: 6, opNiveau: 6, diploma: 0 },
    };
    expect(cohortRijen([basis])[0]!.waarden).toEqual([20, 50, 25, 0, 25, 30, 80, "<5", 50, "<5", 100, 0]);
  });
});
