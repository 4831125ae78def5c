// The privacy officer's tasks for one student (AVG): find them, read who looked at their
// dossier (NEN 7513), export everything held about them, and remove their personal data while
// the figures keep their counts. Every call checks "privacy:manage" and is itself logged.
import "server-only";
import { recordAudit, type TAuditAction } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import { vervalFiguren } from "../figures/figures-cache";
import { Prisma } from "../generated/prisma/client";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";
import { vooroverlegSelect } from "../trajecten/selects";
import { GESLOTEN, OPEN_FASEN } from "../trajecten/stand";
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
const openTraject = () => new AppError("VOORWAARDE", "Deze leerling heeft een lopend traject. Dat moet eerst worden afgesloten.");

/**
 * Removes the student's personal data in one transaction: the student row, their LISA
 * reference, every free text in their trajecten and their documents. Phases, dates, schools and teams stay, so
 * the figures keep their counts. Refused while a traject is still open.
 */
async function anonymise(tx: Prisma.TransactionClient, studentId: string, today: Date): Promise<void> {
  const trajecten = await tx.traject.findMany({ where: { studentId }, select: { id: true, fase: true } });
  if (trajecten.some((t) => (OPEN_FASEN as readonly string[]).includes(t.fase))) throw openTraject();
  const ids = { trajectId: { in: trajecten.map((t) => t.id) } };
  // The snapshots hold the LISA reference, so they go too (the traject is closed: nothing to undo).
  await tx.trajectTransition.updateMany({ where: ids, data: { notitie: "", voorToestand: Prisma.DbNull } });
  await tx.consent.updateMany({ where: ids, data: { naamGever: "" } });
  await tx.toestemmingLink.updateMany({ where: ids, data: { adresHash: "", antwoordIp: null } });
  await tx.doel.updateMany({ where: ids, data: { omschrijving: "" } });
  await tx.handelingsadvies.updateMany({ where: ids, data: { tekst: "" } });
  await tx.followUp.updateMany({ where: ids, data: { notitie: "" } });
  await tx.infoVraag.updateMany({ where: ids, data: { vraag: "", antwoord: null } });
  await tx.vooroverleg.updateMany({
    where: ids,
    data: { deelnemers: "", hoeGaatHet: null, ingezetteHulp: null, betrokkenInstanties: null, motivatie: null, afspraken: null, andereOndersteuning: null },
  });
  await tx.document.deleteMany({ where: ids });
  await tx.evaluatie.updateMany({ where: ids, data: { deelnemers: "" } });
  await tx.doelEvaluatie.updateMany({ where: { evaluatie: ids }, data: { toelichting: "" } });
  await tx.overdracht.updateMany({ where: ids, data: { notitie: "" } });
  await tx.exitAntwoord.updateMany({ where: ids, data: { opmerking: "" } });
  await tx.netwerkContact.updateMany({ where: ids, data: { naam: "", organisatie: "" } });
  await tx.activiteit.updateMany({ where: ids, data: { deelnemers: "", notitie: "" } });
  await tx.notitie.updateMany({ where: ids, data: { tekst: "" } });
  await tx.afspraak.updateMany({ where: ids, data: { afspraak: "" } });
  await tx.escalatie.updateMany({ where: ids, data: { kwestie: "", wie: "", oplossing: null } });
  await tx.traject.updateMany({ where: { studentId }, data: { studentId: null, lisaReferentie: null, geanonimiseerdOp: today, version: { increment: 1 } } });
  await tx.student.delete({ where: { id: studentId } });
  await vervalFiguren(tx, null);
}

/** Erasure on request (AVG art. 17), by the privacy officer. */
export async function anonymiseStudent(ctx: RequestContext, studentId: string, today: Date): Promise<void> {
  await allow(ctx, "STUDENT_ANONYMISE", studentId);
  await db().$transaction(async (tx) => {
    if (!(await tx.student.findUnique({ where: { id: studentId }, select: { id: true } }))) throw studentNotFound();
    await anonymise(tx, studentId, today);
    await recordAudit(tx, { actor: ctx.actor, action: "STUDENT_ANONYMISE", onderdeel: "privacy", outcome: "ALLOWED", studentId, ip: ctx.ip });
  });
}

export const DEFAULT_RETENTION_YEARS = 2;

/** RETENTION_YEARS, a whole number of years, 1 or more. */
export function retentionYears(env: Record<string, string | undefined> = process.env): number {
  const years = Number(env.RETENTION_YEARS ?? DEFAULT_RETENTION_YEARS);
  if (!Number.isInteger(years) || years < 1) throw new Error("RETENTION_YEARS must be a whole number of years, 1 or more.");
  return years;
}

/**
 * The retention job: anonymises every student whose trajecten all closed more than `years`
 * ago, each in a transaction of its own with its audit row. Returns the ids it anonymised.
 */
export async function applyRetention(today: Date, years = DEFAULT_RETENTION_YEARS): Promise<string[]> {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  const due = await db().student.findMany({
    where: {
      trajecten: { some: {}, every: { fase: { in: [...GESLOTEN] }, afgeslotenOp: { lte: cutoff } } },
    },
    select: { id: true },
  });
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      await anonymise(tx, id, today);
      await recordAudit(tx, { actor: null, action: "STUDENT_ANONYMISE", onderdeel: "bewaartermijn", outcome: "ALLOWED", studentId: id });
    });
  }
  return due.map((s) => s.id);
}
