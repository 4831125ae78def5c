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
  /** Aggregate figures were shown; no dossier is named. */
  "FIGURES_READ",
  /** A user account was changed by an admin. */
  "USER_UPDATE",
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "SIGN_OUT",
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
}

type Writer = Pick<PrismaClient, "auditLog"> | Prisma.TransactionClient;

/** The organisation a user acts for, as one string: school, windstreek or team id. */
function organisatieOf(actor: Actor): string | null {
  if (actor.schoolId) return `school:${actor.schoolId}`;
  if (actor.topteamId) return `topteam:${actor.topteamId}`;
  if (actor.windstreekId) return `windstreek:${actor.windstreekId}`;
  return null;
}

/** Writes one row. Pass the transaction client when it belongs to a write, so both commit together. */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditLog.create({
    data: {
      userId: entry.actor?.id ?? null,
      role: entry.actor?.role ?? null,
      organisatie: entry.actor ? organisatieOf(entry.actor) : null,
      trajectId: entry.trajectId ?? null,
      studentId: entry.studentId ?? null,
      onderdeel: entry.onderdeel,
      action: ZAuditAction.parse(entry.action),
      outcome: entry.outcome,
      ip: entry.ip ?? null,
    },
  });
}
