// The NEN 7513 access log: who looked at or changed which dossier, when, from where, and whether
// it was allowed. It never holds dossier content: ids, the part of the dossier and the action.
import { z } from "zod";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import type { Actor } from "./authz";

export const ZAuditAction = z.enum([
  /** A dossier was opened. */
  "TRAJECT_READ",
  /** A list of dossiers was shown (a start page, a queue). */
  "TRAJECT_LIST",
  /** Trajecten were searched: the row keeps how many were found, never what was asked. */
  "TRAJECT_SEARCH",
  /** A calendar feed was fetched through its secret address: how many events it held. */
  "FEED_READ",
  /** A user made a new calendar-feed address, or revoked theirs. */
  "FEED_LINK",
  /** A phase transition was made (or refused) in a dossier. */
  "TRAJECT_TRANSITION",
  /** A transition was undone by a correction. */
  "TRAJECT_CORRECTION",
  /** Consent to share was recorded or withdrawn. */
  "CONSENT_CHANGE",
  /** The onderwijsadviseur asked the school for information, or the school answered. */
  "INFO_REQUEST",
  /** The coördinator assigned a traject to a Topteam (or looked at the teams' occupancy to do so). */
  "TEAM_ASSIGN",
  /** A school opened a traject with its first question. */
  "TRAJECT_CREATE",
  /** An anonymous traject got its named student. */
  "STUDENT_LINK",
  /** A document (the OPP) was added to a dossier. */
  "DOCUMENT_UPLOAD",
  /** A document was downloaded from a dossier. */
  "DOCUMENT_READ",
  /** A document was made from a dossier for download: the handover for the OPP (PDF or Word). */
  "TRAJECT_EXPORT",
  /** The gedragswetenschapper assigned or unassigned a Topdocent or hulpverlener. */
  "TEAM_MEMBER_CHANGE",
  /** Work recorded in a traject: goals, evaluations, handelingsadviezen, the handover. */
  "TRAJECT_WORK",
  /** Exit-questionnaire links were made. */
  "EXIT_LINK",
  /** An exit questionnaire was answered, through its link, without an account. */
  "EXIT_ANSWER",
  /** Aggregate figures were shown; no dossier is named. */
  "FIGURES_READ",
  /** Students were looked up by name, for the privacy officer's tasks. */
  "STUDENT_SEARCH",
  /** A student's access log was shown. */
  "AUDIT_READ",
  /** Everything about a student was exported (AVG right of access). */
  "STUDENT_EXPORT",
  /** A student's personal data were removed, on request or by the retention job. */
  "STUDENT_ANONYMISE",
  /** A page was asked for by a role it is not for (the visit is refused and redirected). */
  "PAGE_VISIT",
  /** The list of accounts was shown. */
  "USER_LIST",
  /** A user account was changed by an admin. */
  "USER_UPDATE",
  /** A user account was made: by an admin, or by `npm run admin:create` (no actor). */
  "USER_CREATE",
  /** The e-mail outbox was shown, or a failed message sent again. */
  "MAIL_LIST",
  "MAIL_RETRY",
  /** The daily retention run: how many students it anonymised (no actor: the worker). */
  "RETENTION_RUN",
  "SIGN_IN",
  /** A user turned their second factor on or off. */
  "SECOND_FACTOR_CHANGE",
  "SIGN_IN_FAILED",
  "SIGN_OUT",
  /** A password was chosen through a link, or changed by its user. */
  "PASSWORD_CHANGE",
  /** "Wachtwoord vergeten?" was asked for an address (by its keyed hash; known or not). */
  "PASSWORD_RESET_REQUEST",
  /** A windstreek, school or Topteam was made or changed. */
  "ORG_CHANGE",
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export interface AuditEntry {
  actor: Actor | null;
  action: TAuditAction;
  /** Which part of the dossier, e.g. "traject", "startpagina", "gebruiker". */
  onderdeel: string;
  outcome: "ALLOWED" | "DENIED";
  trajectId?: string | null;
  studentId?: string | null;
  ip?: string | null;
  /** What was acted on when it is not a dossier: `user:<id>`, or `email:<keyed hash>` for a failed sign-in. */
  subject?: string | null;
  /** An account or organisation change: each changed field, old → new. */
  wijziging?: Record<string, [unknown, unknown]> | null;
  /** A search or a feed: the number of results. */
  aantal?: number | null;
}

type Writer = Pick<PrismaClient, "$executeRawUnsafe"> | Prisma.TransactionClient;

/** The organisation a user acts for, as one string: school, windstreek or team id. */
function organisatieOf(actor: Actor): string | null {
  if (actor.schoolId) return `school:${actor.schoolId}`;
  if (actor.topteamId) return `topteam:${actor.topteamId}`;
  if (actor.windstreekId) return `windstreek:${actor.windstreekId}`;
  return null;
}

/**
 * The columns an entry fills, each with the cast its parameter needs, in the order of the
 * statement (auditInsert) and of the values (auditRow).
 */
const KOLOMMEN = [
  ["userId", ""],
  ["role", '::"Role"'],
  ["organisatie", ""],
  ["trajectId", ""],
  ["studentId", ""],
  ["onderdeel", ""],
  ["action", ""],
  ["outcome", '::"AuditOutcome"'],
  ["ip", ""],
  ["subject", ""],
  ["wijziging", "::jsonb"],
  ["aantal", "::int"],
] as const;

type Kolom = (typeof KOLOMMEN)[number][0];

function auditRow(entry: AuditEntry): Record<Kolom, string | number | null> {
  return {
    userId: entry.actor?.id ?? null,
    role: entry.actor?.role ?? null,
    organisatie: entry.actor ? organisatieOf(entry.actor) : null,
    trajectId: entry.trajectId ?? null,
    studentId: entry.studentId ?? null,
    onderdeel: entry.onderdeel,
    action: ZAuditAction.parse(entry.action),
    outcome: entry.outcome,
    ip: entry.ip ?? null,
    subject: entry.subject ?? null,
    wijziging: entry.wijziging ? JSON.stringify(entry.wijziging) : null,
    aantal: entry.aantal ?? null,
  };
}

/** Writes one row. Pass the transaction client when it belongs to a write, so both commit together. */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await recordAudits(writer, [entry]);
}

/**
 * Writes rows in one statement: a page that shows more than one list logs them at once. As SQL
 * rather than through the model: Prisma leaves `createMany` out of its plan cache and compiled
 * it anew on every start page (about 3% of the page's server time), and `create` reads the whole
 * row back, which no caller wants. A row of scalar parameters each: arrays unnested took longer
 * for the single row most reads write (on the bench's data, alternately: 0.53 against 0.45 ms
 * at the median, 1.05 against 0.70 ms at p95).
 */
async function recordAudits(writer: Writer, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const waarden = entries.map(auditRow).flatMap((row) => KOLOMMEN.map(([kolom]) => row[kolom]));
  await writer.$executeRawUnsafe(auditInsert(entries.length), ...waarden);
}

/**
 * The statement for `n` rows: constant text per n, with parameters only. The row's time is the
 * moment of writing, as it always was: not the transaction's start, which now() would give to
 * every row of a write.
 */
function auditInsert(n: number): string {
  const rij = (i: number) => `(clock_timestamp(), ${KOLOMMEN.map(([, cast], k) => `$${i * KOLOMMEN.length + k + 1}${cast}`).join(", ")})`;
  return `INSERT INTO "AuditLog" (at, ${KOLOMMEN.map(([kolom]) => `"${kolom}"`).join(", ")})
    VALUES ${Array.from({ length: n }, (_, i) => rij(i)).join(", ")}`;
}

/**
 * Where a read logs that it was allowed: at once, or (see `auditLater`) together with the other
 * reads of the same page, which then writes them in one statement.
 */
export type AuditSink = (entry: AuditEntry) => Promise<void>;

export const auditNow =
  (writer: Writer): AuditSink =>
  (entry) =>
    recordAudit(writer, entry);

/** A sink that keeps the entries, and `write` that logs them all in one statement. */
export function auditLater(writer: Writer): { sink: AuditSink; write: () => Promise<void> } {
  const entries: AuditEntry[] = [];
  return {
    sink: async (entry) => {
      entries.push(entry);
    },
    write: () => recordAudits(writer, entries),
  };
}
