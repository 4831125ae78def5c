// Retention by category, on a fake clock: the school's shared dossier at its period, the Topteam's
// working notes at theirs (the student's name kept while they are), the exit answers' free text
// at theirs, the access log never before five years; and the figures the same before and after.
import { describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { day, plusDays } from "@/lib/calendar";
import { createExitLinks, submitExit } from "@/lib/exit/questionnaire";
import { berekenFiguren } from "@/lib/figures/dashboard";
import { kwartaalVan } from "@/lib/figures/quarter";
import { bewaartermijnen } from "@/lib/privacy/bewaartermijnen";
import { applyRetention, retentieSamenvatting } from "@/lib/privacy/retention";
import { vernietigingenVan, vernietigOpVerzoek } from "@/lib/privacy/students";
import { refusal, trajectAt } from "../support/trajecten";
import { addAdvice } from "@/lib/trajecten/adviezen";
import { addContact, addNote } from "@/lib/trajecten/onderzoek";
import { walkTo } from "../support/traject-route";
import { newTraject, seededWithCasts, versionOf } from "../support/trajecten";

const closed = day("2026-08-14");
const setup = seededWithCasts(closed);
const db = () => setup.database.prisma;
const gw = () => ({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null });
const basis = async (trajectId: string) => ({ trajectId, version: await versionOf(db(), trajectId) });
const jaarNa = (jaren: number, dagen = 0) => plusDays(day(`${2026 + jaren}-08-14`), dagen);

/** A traject closed on `closed`, with a shared and a team-only note, a contact of each kind, an advies and an exit answer. */
async function afgerondMetWerk(): Promise<{ id: string; studentId: string }> {
  const id = await newTraject(db(), setup.own, { aangemeldOp: closed });
  await walkTo(db(), setup.own, id, "AFGEROND", closed, {
    ONDERZOEK: async () => {
      await addNote(gw(), { ...(await basis(id)), datum: closed, tekst: "Gedeelde notitie.", zichtbaarheid: "GEDEELD" }, closed);
      await addNote(gw(), { ...(await basis(id)), datum: closed, tekst: "Werkaantekening van het team.", zichtbaarheid: "TOPTEAM" }, closed);
      await addContact(gw(), { ...(await basis(id)), soort: "JEUGDHULP", naam: "Hulpverlener Thuis", organisatie: "Jeugdzorg", zichtbaarheid: "TOPTEAM" }, closed);
      await addContact(gw(), { ...(await basis(id)), soort: "MENTOR", naam: "Mentor School", organisatie: "", zichtbaarheid: "GEDEELD" }, closed);
    },
    INTENSIEF: async () => {
      await addAdvice(gw(), { ...(await basis(id)), voor: "DOCENTEN", tekst: "Korte instructie.", getest: true, werkt: "JA", inOpp: true }, closed);
    },
  });
  const moment = new Date("2026-08-14T10:00:00Z");
  const [ouders] = await createExitLinks(gw(), await basis(id), moment);
  await submitExit({ token: ouders!.token, tevredenheid: 4, samenwerking: 5, bruikbaarheid: 4, resultaat: 3, opmerking: "Fijn contact met de hulpverlener." }, null, moment);
  const { studentId } = await db().traject.findUniqueOrThrow({ where: { id } });
  return { id, studentId: studentId! };
}

async function stand(id: string) {
  return db().traject.findUniqueOrThrow({
    where: { id },
    select: {
      studentId: true,
      lisaReferentie: true,
      schooldossierGewistOp: true,
      werkaantekeningenGewistOp: true,
      notities: { select: { tekst: true, zichtbaarheid: true }, orderBy: { zichtbaarheid: "asc" } },
      netwerk: { select: { naam: true, zichtbaarheid: true }, orderBy: { zichtbaarheid: "asc" } },
      adviezen: { select: { tekst: true } },
      exitAntwoorden: { select: { opmerking: true, tevredenheid: true } },
    },
  });
}

describe("retention by category", () => {
  it("has documented defaults and refuses a log period under five years", () => {
    expect(bewaartermijnen({})).toEqual({ SCHOOLDOSSIER: 2, WERKAANTEKENINGEN: 20, TOEGANGSLOG: 5, EXITANTWOORDEN: 2 });
    expect(() => bewaartermijnen({ RETENTION_AUDIT_YEARS: "4" })).toThrow("RETENTION_AUDIT_YEARS must be a whole number of years, 5 or more.");
    expect(() => bewaartermijnen({ RETENTION_TEAM_NOTES_YEARS: "twintig" })).toThrow("RETENTION_TEAM_NOTES_YEARS");
  });

  it("wipes each category at its own period, keeps the access log, and leaves the figures as they were", async () => {
    const { id, studentId } = await afgerondMetWerk();
    const kwartaal = kwartaalVan(closed);
    const figuren = JSON.stringify(await berekenFiguren(kwartaal, {}));
    // An access-log row six years old, and the traject's own recent rows.
    await db().auditLog.create({ data: { onderdeel: "traject", action: "TRAJECT_READ", outcome: "ALLOWED", trajectId: id, at: new Date(Date.now() - 6 * 365 * 86_400_000) } });
    const logBefore = await db().auditLog.count({ where: { trajectId: id } });
    const termijnen = bewaartermijnen({});

    // One day short of two years: nothing goes.
    let run = await applyRetention(jaarNa(2, -1), termijnen);
    expect(run.schooldossier).not.toContain(studentId);
    expect((await stand(id)).notities.map((n) => n.tekst)).toEqual(["Werkaantekening van het team.", "Gedeelde notitie."]);
    // The old log row went (older than five years); nothing younger.
    expect(run.toegangslogRegels).toBeGreaterThanOrEqual(1);
    expect(await db().auditLog.count({ where: { trajectId: id } })).toBe(logBefore - 1);

    // Two years after closure: the shared dossier and the exit text; the team's notes and the name stay.
    run = await applyRetention(jaarNa(2), termijnen);
    expect(run.schooldossier).toContain(studentId);
    expect(run.geanonimiseerd).not.toContain(studentId);
    expect(run.exitToelichtingen).toBeGreaterThanOrEqual(1);
    let s = await stand(id);
    expect(s).toMatchObject({ studentId, lisaReferentie: null, schooldossierGewistOp: jaarNa(2), werkaantekeningenGewistOp: null });
    expect(s.notities).toEqual([{ tekst: "Werkaantekening van het team.", zichtbaarheid: "TOPTEAM" }, { tekst: "", zichtbaarheid: "GEDEELD" }]);
    expect(s.netwerk).toEqual([{ naam: "Hulpverlener Thuis", zichtbaarheid: "TOPTEAM" }, { naam: "", zichtbaarheid: "GEDEELD" }]);
    expect(s.adviezen.map((a) => a.tekst)).toEqual(s.adviezen.map(() => ""));
    expect(s.adviezen.length).toBeGreaterThan(0);
    expect(s.exitAntwoorden).toEqual([{ opmerking: "", tevredenheid: 4 }]);
    expect(await db().student.findUnique({ where: { id: studentId } })).not.toBeNull();
    // Done once: a later run does not wipe it again.
    expect((await applyRetention(jaarNa(3), termijnen)).schooldossier).not.toContain(studentId);

    // Twenty years after closure: the team's notes, and with them the name.
    run = await applyRetention(jaarNa(20), termijnen);
    expect(run.werkaantekeningen).toContain(studentId);
    expect(run.geanonimiseerd).toContain(studentId);
    s = await stand(id);
    expect(s.studentId).toBeNull();
    expect(s.notities.map((n) => n.tekst)).toEqual(["", ""]);
    expect(s.netwerk.map((n) => n.naam)).toEqual(["", ""]);
    expect(await db().student.findUnique({ where: { id: studentId } })).toBeNull();

    // The access log of the traject is all there (its rows are younger than five years), with the runs' rows added.
    expect(await db().auditLog.count({ where: { trajectId: id } })).toBe(logBefore - 1);
    expect(await db().auditLog.count({ where: { studentId, action: "STUDENT_ANONYMISE", userId: null } })).toBe(2);
    expect(JSON.stringify(await berekenFiguren(kwartaal, {}))).toBe(figuren);
  });

  it("never deletes an access-log row younger than five years, whoever tries", async () => {
    const row = await db().auditLog.create({ data: { onderdeel: "test", action: "TRAJECT_READ", outcome: "ALLOWED", at: addDays(new Date(), -(4 * 365)) } });
    await expect(db().auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
    await db().$queryRaw`SELECT audit_log_purge(${addDays(new Date(), 1)}::timestamptz)`;
    expect(await db().auditLog.findUnique({ where: { id: row.id } })).not.toBeNull();
  });

  it("destroys on request what may go, part by part, records who asked and what was done, and keeps the log and the figures", async () => {
    const { id, studentId } = await afgerondMetWerk();
    const fg = { actor: setup.own.PRIVACY_OFFICER, ip: "10.2.2.2" };
    const vandaag = day("2026-12-01");
    const figuren = JSON.stringify(await berekenFiguren(kwartaalVan(closed), {}));
    const log = await db().auditLog.count({ where: { trajectId: id } });

    // Only the Topteam's working notes, as a student of 12 or older may ask.
    await vernietigOpVerzoek(fg, { studentId, verzochtDoor: "LEERLING", verzochtOp: vandaag, categorieen: ["WERKAANTEKENINGEN"], toelichting: "Alleen de aantekeningen van het Topteam.", bevestigd: "ja" }, vandaag);
    let s = await stand(id);
    expect(s.notities).toEqual([{ tekst: "", zichtbaarheid: "TOPTEAM" }, { tekst: "Gedeelde notitie.", zichtbaarheid: "GEDEELD" }]);
    expect(s.studentId).toBe(studentId);

    // Then the rest: the name goes too.
    await vernietigOpVerzoek(fg, { studentId, verzochtDoor: "OUDERS", verzochtOp: vandaag, categorieen: ["SCHOOLDOSSIER"], toelichting: "", bevestigd: "ja" }, vandaag);
    s = await stand(id);
    expect(s.studentId).toBeNull();
    expect(s.notities.map((n) => n.tekst)).toEqual(["", ""]);
    expect(await db().student.findUnique({ where: { id: studentId } })).toBeNull();

    // Both requests are on record after the student is gone, with what was done.
    const verzoeken = await vernietigingenVan(fg, studentId);
    expect(verzoeken.map((v) => v.verzochtDoor)).toEqual(["OUDERS", "LEERLING"]);
    expect(verzoeken[0]!.uitkomst).toContain("Naam en geboortedatum van de leerling zijn verwijderd.");
    expect(verzoeken[1]!.uitkomst).toContain("Bewaard: het toegangslog (NEN 7513) en de aantallen in de cijfers.");
    expect(await db().auditLog.count({ where: { trajectId: id } })).toBe(log);
    expect(JSON.stringify(await berekenFiguren(kwartaalVan(closed), {}))).toBe(figuren);

    // Not while a traject runs, not a date in the future, and only the privacy officer.
    const open = await trajectAt(db(), setup.own, "INTENSIEF", closed);
    const { studentId: lopend } = await db().traject.findUniqueOrThrow({ where: { id: open } });
    const verzoek = { studentId: lopend!, verzochtDoor: "OUDERS" as const, verzochtOp: vandaag, categorieen: ["WERKAANTEKENINGEN" as const], toelichting: "", bevestigd: "ja" as const };
    expect((await refusal(vernietigOpVerzoek(fg, verzoek, vandaag))).message).toBe("Deze leerling heeft een lopend traject. Dat moet eerst worden afgesloten.");
    expect((await refusal(vernietigOpVerzoek(fg, { ...verzoek, verzochtOp: plusDays(vandaag, 1) }, vandaag))).veld).toBe("verzochtOp");
    expect((await refusal(vernietigOpVerzoek(gw(), verzoek, vandaag))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().vernietiging.count({ where: { studentRef: lopend! } })).toBe(0);
  });

  it("deletes the sign-in attempts no sign-in reads any more, and keeps those of the last 30 days", async () => {
    const dag = jaarNa(2, -1);
    const poging = (dagenTerug: number) =>
      db().signInAttempt.create({ data: { emailHash: "retentie-test", ip: "192.0.2.7", succeeded: false, at: plusDays(dag, -dagenTerug) }, select: { id: true } });
    const [oud, recent] = [await poging(31), await poging(30)];
    const run = await applyRetention(dag, bewaartermijnen({}));
    expect(run.inlogpogingen).toBeGreaterThanOrEqual(1);
    expect(retentieSamenvatting(run)).toContain(`${run.inlogpogingen} inlogpogingen`);
    expect(await db().signInAttempt.findUnique({ where: { id: oud.id } })).toBeNull();
    expect(await db().signInAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
    await db().signInAttempt.deleteMany({ where: { emailHash: "retentie-test" } });
  });
});
