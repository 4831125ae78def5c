// Loads the facts "Mijn taken" is computed from (lib/tasks/rules.ts), in the actor's read scope.
// Each role's filter is a superset of the trajecten that can hold one of its tasks, bounded by
// the phase dates so the list stays small; the rules then decide exactly, with the term
// functions of the traject page.
import "server-only";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import { cache } from "react";
import { trajectWhere, type Actor, type RequestContext } from "../authz";
import { amsterdamDay, plusDays } from "../calendar";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { TeamCaseload } from "../figures/overview";
import { isAfgeschermd } from "../trajecten/consent-shield";
import { leerlingLabel } from "../trajecten/student-label";
import { leesTaakFeiten } from "./facts-read";
import { evaluatieWeken, heeftTaken, takenVan, type Taak } from "./rules";

/**
 * The trajecten whose running term can be near or over on `today`. The shortest each term can be
 * bounds its start: onderzoek's last day is day 28, intensief's at least day 84, borging's and the
 * first follow-up's at least day 89 (three months), each warned 7 days ahead.
 */
function termijnNabij(today: Date): Prisma.TrajectWhereInput[] {
  return [
    { fase: "ONDERZOEK", onderzoekStart: { lte: plusDays(today, -20) } },
    { fase: "INTENSIEF", intensiefStart: { lte: plusDays(today, -76) } },
    { fase: "BORGING", borgingStart: { lte: plusDays(today, -80) } },
    { fase: "FOLLOW_UP", followUpStart: { lte: plusDays(today, -80) } },
  ];
}

function kandidaten(ctx: RequestContext, today: Date, weken: number): Prisma.TrajectWhereInput[] {
  const { actor } = ctx;
  switch (actor.role) {
    case "GEDRAGSWETENSCHAPPER":
      return [
        ...termijnNabij(today).map((w) => ({ ...w, topteamId: actor.topteamId })),
        { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", topteamId: actor.topteamId },
        { fase: "INTENSIEF", topteamId: actor.topteamId, intensiefStart: { lte: plusDays(today, 7 - 7 * weken) } },
        { fase: { in: ["AFGEROND", "GESTOPT"] }, onderzoekStart: { not: null }, afgeslotenOp: { gte: plusDays(today, -56) }, exitLinks: { none: {} } },
        { studentId: { not: null }, consents: { some: { ingetrokkenOp: { not: null } } }, fase: { notIn: ["AFGEROND", "GESTOPT"] } },
      ];
    case "TOPDOCENT":
    case "HULPVERLENER":
      return [...termijnNabij(today), { fase: "INTENSIEF", doelen: { some: { eigenaarId: actor.id, status: "ACTIEF" } } }];
    case "ONDERWIJSADVISEUR":
      return [
        { fase: "AANMELDING", aanmeldingStap: "DOSSIERCHECK" },
        { fase: "AANMELDING", aanmeldingStap: "VOOROVERLEG", vooroverleg: { is: { geplandOp: { not: null }, gehoudenOp: null } } },
      ];
    case "ZORGCOORDINATOR":
      return [
        { infoVragen: { some: { antwoord: null } } },
        { fase: { in: ["ONDERZOEK", "INTENSIEF"] }, afspraken: { none: {} } },
        { fase: "AANMELDING", aanmeldingStap: "AANVRAAG" },
      ];
    case "COORDINATOR":
      return [{ fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", topteamId: null }, ...termijnNabij(plusDays(today, -7))];
    default:
      return [];
  }
}

export interface TaakRegel extends Taak {
  /** The student as this actor may see them, or what stands in for a name. */
  leerling: string;
  school: string;
}

/**
 * The tasks of `ctx.actor` on `today`, the most urgent first. Authorized; the caller logs a read.
 * Computed once per request: the header's count and the start page's list share it.
 */
export function mijnTaken(ctx: RequestContext, today = amsterdamDay()): Promise<TaakRegel[]> {
  return perVerzoek(ctx.actor, ctx.ip, today.getTime());
}

// React's cache keys on identity: the actor object is the request's own (lib/auth/current-actor.ts).
const perVerzoek = cache((actor: Actor, ip: string | null, dag: number) => berekenTaken({ actor, ip }, new Date(dag)));

async function berekenTaken(ctx: RequestContext, today: Date): Promise<TaakRegel[]> {
  if (!heeftTaken(ctx.actor.role)) return [];
  await authorize(ctx, "traject:read", { action: "TRAJECT_LIST", onderdeel: "mijn taken" });
  const weken = evaluatieWeken(process.env);
  // The scope and the candidates decide which trajecten; their facts come in one statement.
  const ids = await db().traject.findMany({
    where: { AND: [trajectWhere(ctx.actor, "traject:read"), { OR: kandidaten(ctx, today, weken) }] },
    select: { id: true },
  });
  const feiten = await leesTaakFeiten(
    ids.map((r) => r.id),
    ctx.actor.id,
  );
  const wie = new Map(feiten.map((f) => [f.id, { school: f.school.naam, leerling: leerlingLabel(f, isAfgeschermd(f, ctx.actor, today)) }]));
  return takenVan(feiten, { role: ctx.actor.role, topteamId: ctx.actor.topteamId, today, evaluatieWeken: weken }).map((t) => ({ ...t, ...wie.get(t.trajectId)! }));
}

/** Of the caseload the coördinator already read, the teams over their capacity: theirs to resolve. */
export function teamsBovenCapaciteit(caseload: readonly TeamCaseload[]): TeamCaseload[] {
  return caseload.filter((team) => team.lopend > team.capaciteit);
}

/** The start page's task list: the tasks, with the read in the audit log. */
export async function toonMijnTaken(ctx: RequestContext, today = amsterdamDay()): Promise<TaakRegel[]> {
  const taken = await mijnTaken(ctx, today);
  if (heeftTaken(ctx.actor.role)) {
    await recordAudit(db(), { actor: ctx.actor, action: "TRAJECT_LIST", onderdeel: "mijn taken", outcome: "ALLOWED", ip: ctx.ip });
  }
  return taken;
}
