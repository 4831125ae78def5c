// The handover document for the OPP: for the school and the Topteam only, never team-only
// content, never while the dossier is shielded from the reader, and every download logged.
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { day, plusDays } from "@/lib/calendar";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { leesOppOverdracht } from "@/lib/documents/opp-overdracht";
import { oppOverdrachtDocx, oppOverdrachtPdf } from "@/lib/documents/opp-overdracht-blocks";
import { Role } from "@/lib/generated/prisma/enums";
import { addAdvice, recordHandover } from "@/lib/trajecten/adviezen";
import { recordEvaluation } from "@/lib/trajecten/doelen";
import { addNote } from "@/lib/trajecten/onderzoek";
import { pdfText } from "../support/pdf-text";
import { refusal, step, trajectAt, validInput, versionOf, seededWithCasts, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const ctx = (cast: Cast, role: Role) => ({ actor: cast[role], ip: "10.0.0.7" });
const version = (id: string) => versionOf(db(), id);

const ADVIEZEN = [
  { voor: "LEERLING", tekst: "Plant elke ochtend met de mentor de dag.", getest: true, werkt: "JA", inOpp: true },
  { voor: "DOCENTEN", tekst: "Geef instructie in kleine stappen, met één opdracht tegelijk.", getest: true, werkt: "JA", inOpp: true },
  { voor: "OUDERS", tekst: "Vaste huiswerktijd na het avondeten.", getest: false, werkt: "ONBEKEND", inOpp: false },
] as const;
const TEAM_NOTE = "Alleen voor het Topteam: zorgen over de thuissituatie.";

/** A traject in borging with goals evaluated twice, three adviezen, a team-only note and a handover. */
async function inBorging(cast: Cast): Promise<string> {
  const gw = ctx(cast, "GEDRAGSWETENSCHAPPER");
  const id = await trajectAt(db(), cast, "INTENSIEF", plusDays(today, -70));
  const doelen = await db().doel.findMany({ where: { trajectId: id } });
  for (const [dagen, voortgang] of [[-40, 3], [-10, 7]] as const) {
    await recordEvaluation(gw, {
      trajectId: id,
      version: await version(id),
      datum: plusDays(today, dagen),
      deelnemers: "Mentor, ouders, Topdocent",
      doelen: doelen.map((d) => ({ doelId: d.id, voortgang, besluit: "HANDHAVEN", toelichting: `Score ${voortgang}.` })),
    }, today);
  }
  for (const advies of ADVIEZEN) await addAdvice(gw, { trajectId: id, version: await version(id), ...advies }, today);
  await addNote(gw, { trajectId: id, version: await version(id), datum: today, tekst: TEAM_NOTE, zichtbaarheid: "TOPTEAM" }, today);
  await step(db(), cast.GEDRAGSWETENSCHAPPER, id, validInput("BORGING_GESTART", today), today);
  await recordHandover(gw, { trajectId: id, version: await version(id), aan: "MENTOR", datum: today, notitie: "Mentor mevrouw De Wit neemt het over." }, today);
  return id;
}

const exports = (trajectId: string, outcome: "ALLOWED" | "DENIED") => db().auditLog.count({ where: { trajectId, action: "TRAJECT_EXPORT", outcome } });

describe("the OPP handover", () => {
  it("holds every handelingsadvies, the goals' evidence and the handover, as PDF and Word, with the name as spelled and no team-only note", async () => {
    const id = await inBorging(setup.own);
    const { studentId } = await db().traject.findUniqueOrThrow({ where: { id } });
    await db().student.update({ where: { id: studentId! }, data: { voornaam: "Şükrü", achternaam: "Yıldız-Łukasiewicz Nguyễn" } });

    const overdracht = (await leesOppOverdracht(ctx(setup.own, "ZORGCOORDINATOR"), id, today))!;
    expect(overdracht.doelen[0]!.reeks.map((r) => r.voortgang)).toEqual([3, 7]);
    const pdf = (await pdfText(await oppOverdrachtPdf(overdracht))).join(" ");
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await oppOverdrachtDocx(overdracht)) })).value;
    for (const text of [pdf, docx]) {
      expect(text).toContain("Overdracht voor het OPP: Şükrü Yıldız-Łukasiewicz Nguyễn");
      for (const advies of ADVIEZEN) expect(text).toContain(advies.tekst);
      expect(text).toContain("Komt op tijd in de les.");
      expect(text).toContain("7 / 10");
      expect(text).toContain("Mentor mevrouw De Wit neemt het over.");
      expect(text).toContain(setup.own.ZORGCOORDINATOR.naam);
      expect(text).not.toContain(TEAM_NOTE);
      expect(text).not.toMatch(/\b(LEERLING|DOCENTEN|GEDRAG_SOCIAAL_EMOTIONEEL|HANDHAVEN|ZORGCOORDINATOR)\b/);
    }
    expect(pdf).not.toContain("?");
  });

  it("is for the school and the Topteam of the traject: everyone else, and another school or team, gets nothing, and each attempt is logged", async () => {
    const own = await inBorging(setup.own);
    const foreign = await inBorging(setup.foreign);
    const mag: Role[] = ["ZORGCOORDINATOR", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER"];
    for (const role of Object.values(Role)) {
      const c = ctx(setup.own, role);
      const before = await exports(own, "DENIED");
      if (mag.includes(role)) {
        expect(await leesOppOverdracht(c, own, today), `${role} on own`).not.toBeNull();
      } else {
        const refused = await leesOppOverdracht(c, own, today).catch((e: unknown) => e);
        expect(refused === null || (refused as { code?: string }).code === "NIET_TOEGESTAAN", `${role} on own`).toBe(true);
        expect(await exports(own, "DENIED"), `${role} logged`).toBe(before + 1);
      }
      const onForeign = await leesOppOverdracht(c, foreign, today).catch((e: unknown) => e);
      expect(onForeign === null || (onForeign as { code?: string }).code === "NIET_TOEGESTAAN", `${role} on foreign`).toBe(true);
    }
    expect(await exports(own, "ALLOWED")).toBe(mag.length);
    expect(await exports(foreign, "ALLOWED")).toBe(0);
  });

  it("is shielded from the Topteam once consent is withdrawn, not from the school; and waits for intensief", async () => {
    const id = await inBorging(setup.own);
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id, ingetrokkenOp: null } });
    await withdrawConsent(ctx(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await version(id), consentId: consent.id, ingetrokkenOp: today }, today);
    expect(await leesOppOverdracht(ctx(setup.own, "GEDRAGSWETENSCHAPPER"), id, today)).toBeNull();
    expect(await exports(id, "DENIED")).toBe(1);
    expect(await leesOppOverdracht(ctx(setup.own, "ZORGCOORDINATOR"), id, today)).not.toBeNull();

    const onderzoek = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    expect((await refusal(leesOppOverdracht(ctx(setup.own, "ZORGCOORDINATOR"), onderzoek, today))).message).toBe("Het overdrachtsdocument is er zodra intensief is begonnen.");
  });
});
