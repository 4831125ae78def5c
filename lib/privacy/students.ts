// The privacy officer's tasks for one student (AVG): find them, read who looked at their
// dossier (NEN 7513), export everything held about them, and remove their personal data while
// the figures keep their counts. Every call checks "privacy:manage" and is itself logged.
import "server-only";
import { recordAudit, type TAuditAction } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import type { VerzochtDoor } from "../generated/prisma/enums";
import { z } from "zod";
import { assertDatum, zDag, zId } from "../forms/schema";
import { BEWAARTERMIJN } from "./bewaartermijnen";
import { ALLE_CATEGORIEEN, wisVanLeerling } from "./erase";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";
import { vooroverlegSelect } from "../trajecten/selects";
import { FASEVELDEN_SELECT } from "../trajecten/phase-fields";
import { accessLogPage, fullAccessLog, type AccessLogPage, type LogFilter } from "./access-log";

/** Lets the privacy officer through; anyone else is refused, and the refusal is logged. */
function allow(ctx: RequestContext, action: TAuditAction, studentId: string | null = null) {
  return authorize(ctx, "privacy:manage", { action, onderdeel: "privacy", studentId });
}

export interface StudentHit {
  id: string;
  naam: string;
  school: string;
  geboortedatum: Date;
}

/** Students whose name contains every word of `query`, at most 50. */
export async function searchStudents(ctx: RequestContext, query: string): Promise<StudentHit[]> {
  await allow(ctx, "STUDENT_SEARCH");
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  const rows = await db().student.findMany({
    where: {
      AND: words.map((word) => ({
        OR: [{ voornaam: { contains: word, mode: "insensitive" as const } }, { achternaam: { contains: word, mode: "insensitive" as const } }],
      })),
    },
    select: { id: true, voornaam: true, achternaam: true, geboortedatum: true, school: { select: { naam: true } } },
    orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }],
    take: 50,
  });
  await recordAudit(db(), { actor: ctx.actor, action: "STUDENT_SEARCH", onderdeel: "privacy", outcome: "ALLOWED", ip: ctx.ip });
  return rows.map((r) => ({ id: r.id, naam: `${r.voornaam} ${r.achternaam}`, school: r.school.naam, geboortedatum: r.geboortedatum }));
}

export interface StudentLog extends AccessLogPage {
  student: StudentHit | null;
}

/**
 * Who looked at or changed the student's dossier in the period (both days included). The
 * student may have been anonymised; their log stays readable by id.
 */
export async function studentAccessLog(ctx: RequestContext, studentId: string, filter: LogFilter, pagina = 1): Promise<StudentLog> {
  await allow(ctx, "AUDIT_READ", studentId);
  const student = await db().student.findUnique({
    where: { id: studentId },
    select: { id: true, voornaam: true, achternaam: true, geboortedatum: true, school: { select: { naam: true } } },
  });
  const page = await accessLogPage(studentId, filter, pagina);
  await recordAudit(db(), { actor: ctx.actor, action: "AUDIT_READ", onderdeel: "privacy", outcome: "ALLOWED", studentId, ip: ctx.ip });
  return {
    student: student && { id: student.id, naam: `${student.voornaam} ${student.achternaam}`, school: student.school.naam, geboortedatum: student.geboortedatum },
    ...page,
  };
}

/** Everything held about one student, including who accessed it, as plain data (AVG art. 15). */
export async function exportStudent(ctx: RequestContext, studentId: string) {
  await allow(ctx, "STUDENT_EXPORT", studentId);
  const student = await db().student.findUnique({
    where: { id: studentId },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      geboortedatum: true,
      school: { select: { naam: true, brin: true } },
      trajecten: {
        orderBy: { aangemeldOp: "asc" },
        select: {
          id: true,
          ...FASEVELDEN_SELECT,
          aangemeldOp: true,
          topteam: { select: { naam: true } },
          history: {
            orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
            select: { action: true, vanFase: true, vanStap: true, naarFase: true, naarStap: true, datum: true, recordedAt: true, notitie: true, actor: { select: { naam: true, role: true } } },
          },
          consents: { select: { gegevenDoor: true, naamGever: true, gegevenOp: true, deelMetSwv: true, deelMetTopteam: true, ingetrokkenOp: true, recordedAt: true, bron: true, tekstVersie: true } },
          toestemmingLinks: { select: { voor: true, tekstVersie: true, createdAt: true, verlooptOp: true, antwoord: true, antwoordOp: true, antwoordIp: true } },
          doelen: { select: { omschrijving: true, gebied: true, status: true, afgesprokenOp: true, evaluaties: { select: { voortgang: true, besluit: true, toelichting: true, evaluatie: { select: { datum: true, deelnemers: true } } } } } },
          adviezen: { select: { voor: true, tekst: true, getest: true, werkt: true, inOpp: true, createdAt: true } },
          overdrachten: { select: { aan: true, datum: true, notitie: true } },
          netwerk: { select: { soort: true, naam: true, organisatie: true, zichtbaarheid: true } },
          activiteiten: { select: { soort: true, datum: true, deelnemers: true, situatie: true, notitie: true, zichtbaarheid: true } },
          notities: { select: { datum: true, tekst: true, zichtbaarheid: true } },
          afspraken: { select: { partij: true, afspraak: true } },
          escalaties: { select: { datum: true, niveau: true, kwestie: true, wie: true, oplossing: true, opgelostOp: true } },
          exitAntwoorden: { select: { voor: true, tevredenheid: true, samenwerking: true, bruikbaarheid: true, resultaat: true, opmerking: true, ingevuldOp: true } },
          followUps: { select: { moment: true, contactOp: true, opUitstroomniveau: true, diplomaVerwacht: true, notitie: true } },
          assignments: { select: { assignedAt: true, user: { select: { naam: true, role: true } } } },
          infoVragen: { select: { vraag: true, gesteldOp: true, antwoord: true, beantwoordOp: true } },
          vooroverleg: { select: vooroverlegSelect },
          // The files themselves stay in the dossier; the export says which there are.
          documenten: { select: { soort: true, bestandsnaam: true, grootte: true, sha256: true, uploadedAt: true } },
        },
      },
    },
  });
  await recordAudit(db(), {
    actor: ctx.actor,
    action: "STUDENT_EXPORT",
    onderdeel: "privacy",
    outcome: student ? "ALLOWED" : "DENIED",
    studentId,
    ip: ctx.ip,
  });
  if (!student) return null;
  return { gemaaktOp: new Date(), leerling: student, toegangslog: await fullAccessLog(studentId) };
}

const studentNotFound = () => new AppError("NIET_GEVONDEN", "Deze leerling bestaat niet (meer).");

/** Erasure on request (AVG art. 17), by the privacy officer: everything of the student. */
export async function anonymiseStudent(ctx: RequestContext, studentId: string, today: Date): Promise<void> {
  await allow(ctx, "STUDENT_ANONYMISE", studentId);
  await db().$transaction(async (tx) => {
    if (!(await tx.student.findUnique({ where: { id: studentId }, select: { id: true } }))) throw studentNotFound();
    await wisVanLeerling(tx, studentId, ALLE_CATEGORIEEN, today);
    await recordAudit(tx, { actor: ctx.actor, action: "STUDENT_ANONYMISE", onderdeel: "privacy", outcome: "ALLOWED", studentId, ip: ctx.ip });
  });
}

export const ZVernietiging = z.object({
  studentId: zId,
  verzochtDoor: z.enum(["OUDERS", "LEERLING", "ANDERS"], { error: "Kies wie om vernietiging vroeg." }),
  verzochtOp: zDag,
  categorieen: z.array(z.enum(["SCHOOLDOSSIER", "WERKAANTEKENINGEN"])).min(1, "Kies wat vernietigd moet worden."),
  toelichting: z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.").default(""),
  bevestigd: z.literal("ja", { error: "Bevestig in de vraag die verschijnt dat u deze gegevens wilt vernietigen." }),
});

export const VERZOCHT_DOOR_LABEL: Record<VerzochtDoor, string> = {
  OUDERS: "De ouders of verzorgers",
  LEERLING: "De leerling (12 jaar of ouder)",
  ANDERS: "Iemand anders (zie toelichting)",
};

/**
 * "Vernietiging op verzoek": the privacy officer records who asked, when and for what, destroys
 * what may be destroyed (not while a traject runs; never the access log, which NEN 7513 keeps, nor
 * the figures' counts) and records what was done, in one transaction.
 */
export async function vernietigOpVerzoek(ctx: RequestContext, input: z.infer<typeof ZVernietiging>, today: Date): Promise<void> {
  await allow(ctx, "STUDENT_ANONYMISE", input.studentId);
  assertDatum(input.verzochtOp, today, undefined, "verzochtOp");
  await db().$transaction(async (tx) => {
    if (!(await tx.student.findUnique({ where: { id: input.studentId }, select: { id: true } }))) throw studentNotFound();
    const weg = await wisVanLeerling(tx, input.studentId, input.categorieen, today);
    const vernietigd = input.categorieen.map((c) => BEWAARTERMIJN[c].label.toLowerCase());
    const uitkomst = [
      `Vernietigd: ${vernietigd.join(" en ")}.`,
      weg ? "Naam en geboortedatum van de leerling zijn verwijderd." : "Naam en geboortedatum blijven bij wat nog bewaard wordt.",
      "Bewaard: het toegangslog (NEN 7513) en de aantallen in de cijfers.",
    ].join(" ");
    await tx.vernietiging.create({
      data: { studentRef: input.studentId, verzochtDoor: input.verzochtDoor, verzochtOp: input.verzochtOp, categorieen: input.categorieen, toelichting: input.toelichting, uitkomst, uitgevoerdDoorId: ctx.actor.id },
    });
    await recordAudit(tx, { actor: ctx.actor, action: "STUDENT_ANONYMISE", onderdeel: "vernietiging op verzoek", outcome: "ALLOWED", studentId: input.studentId, ip: ctx.ip });
  });
}

/** The requests for destruction recorded for a student, newest first: they outlive the student. */
export async function vernietigingenVan(ctx: RequestContext, studentId: string) {
  await allow(ctx, "AUDIT_READ", studentId);
  return db().vernietiging.findMany({
    where: { studentRef: studentId },
    select: { id: true, verzochtDoor: true, verzochtOp: true, categorieen: true, toelichting: true, uitkomst: true, uitgevoerdOp: true },
    orderBy: { uitgevoerdOp: "desc" },
  });
}
