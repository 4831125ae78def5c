// One student's access log as the privacy officer reads it (NEN 7513): every row about the
// student or one of their trajecten, newest first, a page at a time, with names and Dutch labels
// instead of ids and codes. The log itself stores only ids (lib/audit.ts); they are resolved here.
import "server-only";
import { formatDay, plusDays } from "../calendar";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { auditActieLabel } from "./audit-labels";

export interface LogFilter {
  van?: Date;
  /** The last day included. */
  tot?: Date;
  alleenGeweigerd?: boolean;
}

export interface AccessLogRow {
  at: Date;
  gebruiker: string;
  role: Role | null;
  /** The school, team or windstreek the user acted for, by name. */
  organisatie: string | null;
  trajectId: string | null;
  /** Which of the student's trajecten, as the privacy officer tells them apart. */
  traject: string | null;
  onderdeel: string;
  action: string;
  handeling: string;
  outcome: "ALLOWED" | "DENIED";
  ip: string | null;
}

export interface AccessLogPage {
  rows: AccessLogRow[];
  totaal: number;
  pagina: number;
  paginas: number;
}

export const LOG_PAGE_SIZE = 25;

type Trajecten = { id: string; aangemeldOp: Date }[];

const trajectenOf = (studentId: string): Promise<Trajecten> =>
  db().traject.findMany({ where: { studentId }, select: { id: true, aangemeldOp: true }, orderBy: { aangemeldOp: "asc" } });

/** Rows by the student's id, or by one of their trajecten (a refused look has no student id). */
function whereFor(studentId: string, trajecten: Trajecten, filter: LogFilter): Prisma.AuditLogWhereInput {
  return {
    OR: [{ studentId }, { trajectId: { in: trajecten.map((t) => t.id) } }],
    at: { gte: filter.van, lt: filter.tot ? plusDays(filter.tot, 1) : undefined },
    ...(filter.alleenGeweigerd ? { outcome: "DENIED" as const } : {}),
  };
}

type Row = Prisma.AuditLogGetPayload<{ select: { at: true; userId: true; role: true; organisatie: true; trajectId: true; onderdeel: true; action: true; outcome: true; ip: true } }>;

/** Names for the ids in `rows`: users, organisations ("school:<id>", …) and trajecten. */
async function withNames(rows: Row[], trajecten: Trajecten): Promise<AccessLogRow[]> {
  const ids = (prefix: string) => [...new Set(rows.map((r) => r.organisatie).filter((o): o is string => !!o?.startsWith(prefix)).map((o) => o.slice(prefix.length)))];
  const [users, scholen, teams, windstreken] = await Promise.all([
    db().user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId).filter((id): id is string => id !== null))] } }, select: { id: true, naam: true } }),
    db().school.findMany({ where: { id: { in: ids("school:") } }, select: { id: true, naam: true } }),
    db().topteam.findMany({ where: { id: { in: ids("topteam:") } }, select: { id: true, naam: true } }),
    db().windstreek.findMany({ where: { id: { in: ids("windstreek:") } }, select: { id: true, naam: true } }),
  ]);
  const naam = new Map(users.map((u) => [u.id, u.naam]));
  const organisatie = new Map<string, string>([
    ...scholen.map((s) => [`school:${s.id}`, s.naam] as const),
    ...teams.map((t) => [`topteam:${t.id}`, t.naam] as const),
    ...windstreken.map((w) => [`windstreek:${w.id}`, `Windstreek ${w.naam}`] as const),
  ]);
  const traject = new Map(trajecten.map((t, i) => [t.id, `${trajecten.length > 1 ? `${i + 1}e traject, ` : ""}aangemeld ${formatDay(t.aangemeldOp)}`]));
  return rows.map((r) => ({
    at: r.at,
    gebruiker: r.userId ? (naam.get(r.userId) ?? "Verwijderd account") : "Systeem",
    role: r.role,
    organisatie: r.organisatie ? (organisatie.get(r.organisatie) ?? "Onbekende organisatie") : null,
    trajectId: r.trajectId,
    traject: r.trajectId ? (traject.get(r.trajectId) ?? null) : null,
    onderdeel: r.onderdeel,
    action: r.action,
    handeling: auditActieLabel(r.action),
    outcome: r.outcome,
    ip: r.ip,
  }));
}

const SELECT = { at: true, userId: true, role: true, organisatie: true, trajectId: true, onderdeel: true, action: true, outcome: true, ip: true } as const;
const NEWEST_FIRST = [{ at: "desc" as const }, { id: "desc" as const }];

/** One page (from 1) of the rows in the filter; a page past the end shows the last. */
export async function accessLogPage(studentId: string, filter: LogFilter, pagina: number): Promise<AccessLogPage> {
  const trajecten = await trajectenOf(studentId);
  const where = whereFor(studentId, trajecten, filter);
  const totaal = await db().auditLog.count({ where });
  const paginas = Math.max(1, Math.ceil(totaal / LOG_PAGE_SIZE));
  const huidig = Math.min(Math.max(1, Math.floor(pagina) || 1), paginas);
  const rows = await db().auditLog.findMany({ where, select: SELECT, orderBy: NEWEST_FIRST, skip: (huidig - 1) * LOG_PAGE_SIZE, take: LOG_PAGE_SIZE });
  return { rows: await withNames(rows, trajecten), totaal, pagina: huidig, paginas };
}

/** Every row, for the export (AVG art. 15). */
export async function fullAccessLog(studentId: string): Promise<AccessLogRow[]> {
  const trajecten = await trajectenOf(studentId);
  const rows = await db().auditLog.findMany({ where: whereFor(studentId, trajecten, {}), select: SELECT, orderBy: NEWEST_FIRST });
  return withNames(rows, trajecten);
}
