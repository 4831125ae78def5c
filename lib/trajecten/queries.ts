// Reading trajecten. Every query is built on trajectWhere(), so what a role may not see is never
// loaded; every read or list writes its audit row.
import { amsterdamDay } from "../calendar";
import { recordAudit } from "../audit";
import { trajectWhere, type Actor } from "../authz";
import { db } from "../db";
import type { AanmeldingStap, Fase } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { currentTerm, type Term } from "./terms";

export interface QueryContext {
  actor: Actor;
  ip: string | null;
}

const listSelect = {
  id: true,
  fase: true,
  aanmeldingStap: true,
  windstreekoverstijgend: true,
  aangemeldOp: true,
  onderzoekStart: true,
  intensiefStart: true,
  intensiefWeken: true,
  borgingStart: true,
  followUpStart: true,
  student: { select: { id: true, voornaam: true, achternaam: true } },
  school: { select: { naam: true } },
  topteam: { select: { naam: true } },
  followUps: { select: { moment: true } },
} satisfies Prisma.TrajectSelect;

type ListRow = Prisma.TrajectGetPayload<{ select: typeof listSelect }>;

export interface TrajectSummary {
  id: string;
  leerling: string;
  school: string;
  topteam: string | null;
  fase: Fase;
  aanmeldingStap: AanmeldingStap | null;
  windstreekoverstijgend: boolean;
  aangemeldOp: Date;
  term: Term | null;
}

function leerlingNaam(student: { voornaam: string; achternaam: string } | null): string {
  return student ? `${student.voornaam} ${student.achternaam}` : "Anoniem (nog geen leerling gekoppeld)";
}

function toSummary(row: ListRow, today: Date): TrajectSummary {
  return {
    id: row.id,
    leerling: leerlingNaam(row.student),
    school: row.school.naam,
    topteam: row.topteam?.naam ?? null,
    fase: row.fase,
    aanmeldingStap: row.aanmeldingStap,
    windstreekoverstijgend: row.windstreekoverstijgend,
    aangemeldOp: row.aangemeldOp,
    term: currentTerm({ ...row, followUpsDone: row.followUps.map((f) => f.moment) }, today),
  };
}

const OPEN_FASEN: Fase[] = ["AANMELDING", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"];

/**
 * The open trajecten `actor` may see, the most urgent term first. `onderdeel` names the page
 * for the audit log.
 */
export async function listOpenTrajecten(ctx: QueryContext, onderdeel: string, today = amsterdamDay()): Promise<TrajectSummary[]> {
  const rows = await db().traject.findMany({
    where: { AND: [trajectWhere(ctx.actor, "traject:read"), { fase: { in: OPEN_FASEN } }] },
    select: listSelect,
    orderBy: [{ aangemeldOp: "asc" }, { id: "asc" }],
  });
  await recordAudit(db(), { actor: ctx.actor, action: "TRAJECT_LIST", onderdeel, outcome: "ALLOWED", ip: ctx.ip });
  return rows
    .map((row) => toSummary(row, today))
    .sort((a, b) => (a.term?.dueOn.getTime() ?? Infinity) - (b.term?.dueOn.getTime() ?? Infinity));
}

export interface TrajectDetail extends TrajectSummary {
  studentId: string | null;
  lisaReferentie: string | null;
  history: {
    id: string;
    action: string;
    vanFase: Fase | null;
    vanStap: AanmeldingStap | null;
    naarFase: Fase;
    naarStap: AanmeldingStap | null;
    datum: Date;
    recordedAt: Date;
    door: string;
    notitie: string;
  }[];
}

/**
 * One traject, if `actor` may read it; null otherwise, whether it does not exist or is out of
 * scope, so that a probe by URL learns nothing. A refused attempt is logged as a denial.
 */
export async function getTraject(ctx: QueryContext, id: string, today = amsterdamDay()): Promise<TrajectDetail | null> {
  const row = await db().traject.findFirst({
    where: { AND: [{ id }, trajectWhere(ctx.actor, "traject:read")] },
    select: {
      ...listSelect,
      lisaReferentie: true,
      history: {
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          action: true,
          vanFase: true,
          vanStap: true,
          naarFase: true,
          naarStap: true,
          datum: true,
          recordedAt: true,
          notitie: true,
          actor: { select: { naam: true } },
        },
      },
    },
  });
  await recordAudit(db(), {
    actor: ctx.actor,
    action: "TRAJECT_READ",
    onderdeel: "traject",
    outcome: row ? "ALLOWED" : "DENIED",
    trajectId: id,
    studentId: row?.student?.id ?? null,
    ip: ctx.ip,
  });
  if (!row) return null;
  return {
    ...toSummary(row, today),
    studentId: row.student?.id ?? null,
    lisaReferentie: row.lisaReferentie,
    history: row.history.map(({ actor, ...entry }) => ({ ...entry, door: actor.naam })),
  };
}
