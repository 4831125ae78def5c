// "Mijn taken" against the database: each role's tasks appear from the traject's state and
// terms, in the actor's scope only, and go away when the work is recorded.
import { describe, expect, it } from "vitest";
import { answerInformation, askInformation } from "@/lib/aanmelding/dossiercheck";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { day, plusDays } from "@/lib/calendar";
import { mijnTaken } from "@/lib/tasks/queries";
import type { TaakSoort } from "@/lib/tasks/rules";
import { addGoal, recordEvaluation } from "@/lib/trajecten/doelen";
import { seededWithCasts, step, trajectAt, validInput, versionOf, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const as = (c: Cast, role: keyof Omit<Cast, "schoolId">) => ({ actor: c[role], ip: "10.0.0.9" });

/** The kinds of task `role` has for traject `id` today. */
async function soorten(c: Cast, role: keyof Omit<Cast, "schoolId">, id: string, op = today): Promise<TaakSoort[]> {
  return (await mijnTaken(as(c, role), op)).filter((t) => t.trajectId === id).map((t) => t.soort);
}

describe("Mijn taken", () => {
  it("gives the gedragswetenschapper intensief at week 12 without an extension, until the extension is recorded", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -79));
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", id)).toContain("INTENSIEF_WEEK_12");
    // The assigned Topdocent sees the near term too; another team's gedragswetenschapper nothing.
    expect(await soorten(setup.own, "TOPDOCENT", id)).toContain("INTENSIEF_WEEK_12");
    expect(await soorten(setup.foreign, "GEDRAGSWETENSCHAPPER", id)).toEqual([]);
    // No evaluation in eleven weeks: the goals are due for one.
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", id)).toContain("EVALUATIE_NODIG");

    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("INTENSIEF_VERLENGD", today), today);
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", id)).not.toContain("INTENSIEF_WEEK_12");
    // Three days before the extended last day, the extended term is the task.
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", id, plusDays(today, 15))).toContain("INTENSIEF_LOOPT_AF");
  });

  it("escalates a term over by more than 7 days to the coördinator, and not before", async () => {
    const ruim = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -36));
    const net = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -30));
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", ruim)).toEqual(["ONDERZOEK_LOOPT_AF"]);
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", net)).toEqual(["ONDERZOEK_LOOPT_AF"]);
    expect(await soorten(setup.own, "COORDINATOR", ruim)).toEqual(["TERMIJN_RUIM_VERLOPEN"]);
    expect(await soorten(setup.own, "COORDINATOR", net)).toEqual([]);
    const taak = (await mijnTaken(as(setup.own, "GEDRAGSWETENSCHAPPER"), today)).find((t) => t.trajectId === ruim)!;
    expect(taak).toMatchObject({ status: "VERLOPEN", leerling: "Test Leerling", dueOn: plusDays(today, -9) });
  });

  it("moves the dossiercheck between the onderwijsadviseur and the school as questions are asked and answered", async () => {
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", plusDays(today, -6));
    const oa = (await mijnTaken(as(setup.own, "ONDERWIJSADVISEUR"), today)).find((t) => t.trajectId === id)!;
    expect(oa).toMatchObject({ soort: "DOSSIERCHECK", detail: "6 dagen in behandeling" });
    expect(await soorten(setup.foreign, "ONDERWIJSADVISEUR", id)).toEqual([]);

    await askInformation(as(setup.own, "ONDERWIJSADVISEUR"), { trajectId: id, version: await versionOf(db(), id), vraag: "Stuur het OPP mee.", datum: today }, today);
    expect(await soorten(setup.own, "ONDERWIJSADVISEUR", id)).toEqual([]);
    expect(await soorten(setup.own, "ZORGCOORDINATOR", id)).toEqual(["VRAAG_BEANTWOORDEN"]);
    expect(await soorten(setup.foreign, "ZORGCOORDINATOR", id)).toEqual([]);

    const vraag = await db().infoVraag.findFirstOrThrow({ where: { trajectId: id } });
    await answerInformation(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await versionOf(db(), id), vraagId: vraag.id, antwoord: "Bijgevoegd.", datum: today }, today);
    expect(await soorten(setup.own, "ZORGCOORDINATOR", id)).toEqual([]);
    expect(await soorten(setup.own, "ONDERWIJSADVISEUR", id)).toEqual(["ANTWOORD_ONTVANGEN"]);
  });

  it("gives the school the agreements to record once the Topteam has started, and the team the kennismaking to plan", async () => {
    const goedgekeurd = await trajectAt(db(), setup.own, "GOEDGEKEURD", plusDays(today, -20));
    expect(await soorten(setup.own, "GEDRAGSWETENSCHAPPER", goedgekeurd)).toEqual(["KENNISMAKING_PLANNEN"]);
    const onderzoek = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -15));
    expect(await soorten(setup.own, "ZORGCOORDINATOR", onderzoek)).toEqual(["AFSPRAKEN_SCHOOL"]);
  });

  it("gives the roles without a traject scope no tasks", async () => {
    for (const role of ["SWV", "ADMIN", "PRIVACY_OFFICER"] as const) expect(await mijnTaken(as(setup.own, role), today)).toEqual([]);
  });

  it("reads each fact its rules need: own goals and their evaluations, a withdrawal, a planned vooroverleg", async () => {
    // A goal of the Topdocent's own, last evaluated five weeks ago: due; evaluated today: not.
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -50));
    const td = as(setup.own, "TOPDOCENT");
    await addGoal(td, { trajectId: id, version: await versionOf(db(), id), omschrijving: "Komt op tijd.", gebied: "GEDRAG_SOCIAAL_EMOTIONEEL", eigenaarId: setup.own.TOPDOCENT.id }, today);
    const doelen = await db().doel.findMany({ where: { trajectId: id, status: "ACTIEF" } });
    const evaluatie = async (datum: Date) =>
      recordEvaluation(
        td,
        { trajectId: id, version: await versionOf(db(), id), datum, deelnemers: "Mentor, Topdocent", doelen: doelen.map((d) => ({ doelId: d.id, voortgang: 5, besluit: "HANDHAVEN", toelichting: "" })) },
        today,
      );
    await evaluatie(plusDays(today, -35));
    const eigen = (await mijnTaken(td, today)).filter((t) => t.trajectId === id && t.soort === "EVALUATIE_NODIG");
    expect(eigen.map((t) => t.detail)).toEqual(["Komt op tijd."]);
    await evaluatie(today);
    expect(await soorten(setup.own, "TOPDOCENT", id)).not.toContain("EVALUATIE_NODIG");

    // Consent withdrawn: the gedragswetenschapper has one task left, the decision.
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id, ingetrokkenOp: null } });
    await withdrawConsent(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await versionOf(db(), id), consentId: consent.id, ingetrokkenOp: plusDays(today, -2) }, today);
    const besluit = (await mijnTaken(as(setup.own, "GEDRAGSWETENSCHAPPER"), today)).filter((t) => t.trajectId === id);
    expect(besluit).toMatchObject([{ soort: "AFGESCHERMD_BESLUIT", dueOn: plusDays(today, 5) }]);

    // A vooroverleg planned and not yet held is on the onderwijsadviseur's list at its date.
    const vo = await trajectAt(db(), setup.own, "ADVIES", today);
    await step(db(), setup.own.ZORGCOORDINATOR, vo, { ...validInput("VOOROVERLEG_GEPLAND", today), geplandOp: plusDays(today, 3) } as never, today);
    expect((await mijnTaken(as(setup.own, "ONDERWIJSADVISEUR"), today)).filter((t) => t.trajectId === vo)).toMatchObject([{ soort: "VOOROVERLEG_GEPLAND", dueOn: plusDays(today, 3) }]);
  });
});
