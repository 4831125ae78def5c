// Consent to share and naming the student: the school's part of the aanmelding.
import { describe, expect, it } from "vitest";
import { linkStudent, recordConsent, withdrawConsent } from "@/lib/aanmelding/consent";
import { day } from "@/lib/calendar";
import { addContact, addNote } from "@/lib/trajecten/onderzoek";
import { getTraject } from "@/lib/trajecten/queries";
import { castOf, lastInEffect, newTraject, refusal, seededWithCasts, step, trajectAt, validInput, versionOf } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const version = (id: string) => versionOf(db(), id);
const zc = () => ({ actor: setup.own.ZORGCOORDINATOR, ip: "10.0.0.5" });


describe("consent and the named student", () => {
  it("names an anonymous traject's student, and takes a 16-year-old's own consent but not a 15-year-old's", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    const own = { trajectId: id, gegevenDoor: "LEERLING" as const, naamGever: "Sam", gegevenOp: today };
    expect((await refusal(recordConsent(zc(), { ...own, version: await version(id) }, today))).veld).toBe("gegevenDoor");

    await linkStudent(zc(), { trajectId: id, version: await version(id), voornaam: "Sam", achternaam: "Jong", geboortedatum: day("2011-01-10") }, today);
    const young = await refusal(recordConsent(zc(), { ...own, version: await version(id) }, today));
    expect(young.message).toBe("De leerling is jonger dan 16: de ouders of verzorgers geven toestemming.");
    await recordConsent(zc(), { ...own, gegevenDoor: "OUDERS", naamGever: "Ouder Jong", version: await version(id) }, today);

    const again = await refusal(linkStudent(zc(), { trajectId: id, version: await version(id), voornaam: "X", achternaam: "Y", geboortedatum: day("2010-01-01") }, today));
    expect(again.message).toBe("Aan dit traject is al een leerling gekoppeld.");
    const history = await db().trajectTransition.findMany({ where: { trajectId: id }, orderBy: { recordedAt: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["ADVIES_GEVRAAGD", "LEERLING_GEKOPPELD", "TOESTEMMING_VASTGELEGD"]);
  });

  it("on withdrawal hides the student from the Topteam at once, shows it in the history, and blocks onderzoek", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null };
    expect((await getTraject(gw, id, today))?.leerling).toBe("Test Leerling");
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
    await withdrawConsent(zc(), { trajectId: id, version: await version(id), consentId: consent.id, ingetrokkenOp: today }, today);

    const seen = (await getTraject(gw, id, today))!;
    expect(seen).toMatchObject({ afgeschermd: true, leerling: "Afgeschermd: geen geldige toestemming", studentId: null, lisaReferentie: null });
    expect(seen.history.every((h) => h.notitie === "")).toBe(true);
    expect(seen.history.at(-1)?.action).toBe("TOESTEMMING_INGETROKKEN");
    const school = (await getTraject(zc(), id, today))!;
    expect(school).toMatchObject({ afgeschermd: false, leerling: "Test Leerling" });
    expect(school.history.at(-1)?.notitie).toContain("Toestemming ingetrokken");

    const blocked = await refusal(step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", today), today));
    expect(blocked.message).toContain("toestemming is ingetrokken");
    // Stopping is still possible without consent.
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);
  });

  it("without valid consent lets only the school write; the Topteam may only stop the traject", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", today);
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null };
    const td = { actor: setup.own.TOPDOCENT, ip: null };
    const note = async () => ({ trajectId: id, version: await version(id), datum: today, tekst: "Observatie.", zichtbaarheid: "TOPTEAM" as const });
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
    await withdrawConsent(zc(), { trajectId: id, version: await version(id), consentId: consent.id, ingetrokkenOp: today }, today);
    const before = { notes: await db().notitie.count({ where: { trajectId: id } }), contacts: await db().netwerkContact.count({ where: { trajectId: id } }) };

    // One attempt at a time: a rejected promise that waits in an array for its turn is an unhandled rejection.
    for (const attempt of [
      async () => addNote(gw, await note(), today),
      async () => addContact(td, { trajectId: id, version: await version(id), soort: "MENTOR", naam: "Mw. Mentor", organisatie: "", zichtbaarheid: "TOPTEAM" }, today),
      () => step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("INTENSIEF_VERLENGD", today), today),
      () => step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("BORGING_GESTART", today), today),
    ]) {
      expect(await refusal(attempt())).toMatchObject({ code: "NIET_TOEGESTAAN", message: expect.stringContaining("alleen de school") });
    }
    expect(await db().notitie.count({ where: { trajectId: id } })).toBe(before.notes);
    expect(await db().netwerkContact.count({ where: { trajectId: id } })).toBe(before.contacts);
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).fase).toBe("INTENSIEF");

    // The page offers the gedragswetenschapper nothing but stopping.
    const seen = (await getTraject(gw, id, today))!;
    expect(seen.acties).toEqual(["GESTOPT"]);
    expect(Object.values(seen.mag).some(Boolean)).toBe(false);

    // Consent given again: the Topteam writes again.
    await recordConsent(zc(), { trajectId: id, version: await version(id), gegevenDoor: "OUDERS", naamGever: "Ouder", gegevenOp: today }, today);
    await addNote(gw, await note(), today);
    expect(await db().notitie.count({ where: { trajectId: id } })).toBe(before.notes + 1);
    // And stopping stays possible without it.
    const again = await db().consent.findFirstOrThrow({ where: { trajectId: id, ingetrokkenOp: null } });
    await withdrawConsent(zc(), { trajectId: id, version: await version(id), consentId: again.id, ingetrokkenOp: today }, today);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).fase).toBe("GESTOPT");
  });

  it("from 16 asks the student's own consent, for the request and for sharing, whatever the parents gave", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    await linkStudent(zc(), { trajectId: id, version: await version(id), voornaam: "Zestien", achternaam: "Plus", geboortedatum: day("2010-01-01") }, today);
    for (const actie of ["VOOROVERLEG_GEPLAND", "VOOROVERLEG_GEHOUDEN"] as const) await step(db(), setup.own.ZORGCOORDINATOR, id, validInput(actie, today), today);
    const give = async (gegevenDoor: "OUDERS" | "LEERLING") =>
      recordConsent(zc(), { trajectId: id, version: await version(id), gegevenDoor, naamGever: gegevenDoor === "OUDERS" ? "Ouder" : "Zestien Plus", gegevenOp: today }, today);

    await give("OUDERS");
    const request = await refusal(step(db(), setup.own.ZORGCOORDINATOR, id, validInput("AANVRAAG_INGEDIEND", today), today));
    expect(request.message).toContain("16 jaar of ouder: leg de toestemming van de leerling zelf vast");
    await give("LEERLING");
    await step(db(), setup.own.ZORGCOORDINATOR, id, validInput("AANVRAAG_INGEDIEND", today), today);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null };
    expect((await getTraject(gw, id, today))?.leerling).toBe("Zestien Plus");

    // The student withdraws; the parents' consent still stands, and does not count.
    const own = await db().consent.findFirstOrThrow({ where: { trajectId: id, gegevenDoor: "LEERLING" } });
    await withdrawConsent(zc(), { trajectId: id, version: await version(id), consentId: own.id, ingetrokkenOp: today }, today);
    expect(await db().consent.count({ where: { trajectId: id, gegevenDoor: "OUDERS", ingetrokkenOp: null } })).toBe(1);
    expect(await getTraject(gw, id, today)).toMatchObject({ afgeschermd: true, leerling: "Afgeschermd: geen geldige toestemming" });
  });

  it("takes the age on the date of each step: the parents' consent stops counting on the 16th birthday", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    // The test cast's students are born on 2011-05-04: 15 today, 16 from 2027-05-04.
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null };
    expect((await getTraject(gw, id, day("2027-05-03")))?.afgeschermd).toBe(false);
    expect((await getTraject(gw, id, day("2027-05-04")))?.afgeschermd).toBe(true);
  });

  it("lets a correction pass over consent events to the last phase transition", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const lastPhase = await lastInEffect(db(), id);
    await recordConsent(zc(), { trajectId: id, version: await version(id), gegevenDoor: "OUDERS", naamGever: "Tweede ouder", gegevenOp: today }, today);
    expect(await lastInEffect(db(), id)).toBe(lastPhase);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: lastPhase }), today);
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).aanmeldingStap).toBe("GOEDGEKEURD");
  });

  it("is the school's own to record: another school and the Topteam are refused and logged, a stale page conflicts", async () => {
    const id = await trajectAt(db(), setup.own, "AANVRAAG", today);
    const input = { trajectId: id, gegevenDoor: "OUDERS" as const, naamGever: "Ouder", gegevenOp: today };
    const other = await castOf(db(), "zuid");
    expect((await refusal(recordConsent({ actor: other.ZORGCOORDINATOR, ip: null }, { ...input, version: await version(id) }, today))).code).toBe("NIET_GEVONDEN");
    expect((await refusal(recordConsent({ actor: setup.own.ONDERWIJSADVISEUR, ip: null }, { ...input, version: await version(id) }, today))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().auditLog.count({ where: { trajectId: id, action: "CONSENT_CHANGE", outcome: "DENIED" } })).toBe(2);
    expect((await refusal(recordConsent(zc(), { ...input, version: (await version(id)) - 1 }, today))).code).toBe("CONFLICT");
    expect((await refusal(recordConsent(zc(), { ...input, gegevenOp: day("2026-11-21"), version: await version(id) }, today))).veld).toBe("gegevenOp");
    expect(await db().consent.count({ where: { trajectId: id } })).toBe(1);
  });
});
