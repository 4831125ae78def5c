// "Mijn taken" in the actor's read scope: computed from the facts of the candidate trajecten
// (lib/tasks/candidates.ts) by the rules (lib/tasks/rules.ts), or, for a start page on the day
// the stored tasks were computed for, counted and paged in SQL (lib/tasks/stored.ts).
import "server-only";
import { authorize } from "../access";
import { auditNow, type AuditSink } from "../audit";
import { cache } from "react";
import { trajectWhere, type Actor, type RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import type { TeamCaseload } from "../figures/overview";
import { isAfgeschermd } from "../trajecten/consent-shield";
import { leerlingLabel } from "../trajecten/student-label";
import { leesTaakFeiten } from "./facts-read";
import { kandidaten } from "./candidates";
import { leesOpgeslagen, opgeslagenVoor, telOpgeslagen } from "./stored";
import { evaluatieWeken, heeftTaken, takenVan, type Taak } from "./rules";

export interface TaakRegel extends Taak {
  /** The student as this actor may see them, or what stands in for a name. */
  leerling: string;
  school: string;
}

/** Tasks a page on a start page, the most urgent first; the page stays light however many there are. */
export const TAKEN_PER_PAGINA = 25;

/**
 * The tasks of `ctx.actor` on `today`, the most urgent first, computed from the trajecten's
 * facts: the weekly digest's, and any day's. Authorized; the caller logs a read.
 */
export function mijnTaken(ctx: RequestContext, today = amsterdamDay()): Promise<TaakRegel[]> {
  return perVerzoek(ctx.actor, ctx.ip, today.getTime());
}

// Once per request. React's cache keys on identity: the actor object is the request's own
// (lib/auth/current-actor.ts).
const perVerzoek = cache((actor: Actor, ip: string | null, dag: number) => berekenTaken({ actor, ip }, new Date(dag)));
const opgeslagen = cache((dag: number, weken: number) => opgeslagenVoor(new Date(dag), weken));

/** The facts of `ids` as `ctx.actor` sees their tasks on `today`, with whom each is about. */
async function takenIn(ctx: RequestContext, ids: readonly string[], today: Date, weken: number): Promise<TaakRegel[]> {
  const feiten = await leesTaakFeiten(ids, ctx.actor.id);
  const wie = new Map(feiten.map((f) => [f.id, { school: f.school.naam, leerling: leerlingLabel(f, isAfgeschermd(f, ctx.actor, today)) }]));
  return takenVan(feiten, { role: ctx.actor.role, topteamId: ctx.actor.topteamId, today, evaluatieWeken: weken }).map((t) => ({ ...t, ...wie.get(t.trajectId)! }));
}

async function berekenTaken(ctx: RequestContext, today: Date): Promise<TaakRegel[]> {
  if (!heeftTaken(ctx.actor.role)) return [];
  await authorize(ctx, "traject:read", { action: "TRAJECT_LIST", onderdeel: "mijn taken" });
  const weken = evaluatieWeken(process.env);
  // The scope and the candidates decide which trajecten; their facts come in one statement.
  const ids = await db().traject.findMany({
    where: { AND: [trajectWhere(ctx.actor, "traject:read"), { OR: kandidaten(ctx.actor.role, ctx.actor, today, weken) }] },
    select: { id: true },
  });
  return takenIn(
    ctx,
    ids.map((r) => r.id),
    today,
    weken,
  );
}

/** Whether this request reads the stored tasks: they are of today, with today's evaluation interval. */
function leestOpgeslagen(today: Date): Promise<boolean> {
  return opgeslagen(today.getTime(), evaluatieWeken(process.env));
}

/** How many tasks `ctx.actor` has today, for the header on every page; counted in SQL when stored. */
export function aantalTaken(ctx: RequestContext, today = amsterdamDay()): Promise<number> {
  return aantalPerVerzoek(ctx.actor, ctx.ip, today.getTime());
}

const aantalPerVerzoek = cache(async (actor: Actor, ip: string | null, dag: number): Promise<number> => {
  if (!heeftTaken(actor.role)) return 0;
  if (!(await leestOpgeslagen(new Date(dag)))) return (await perVerzoek(actor, ip, dag)).length;
  await authorize({ actor, ip }, "traject:read", { action: "TRAJECT_LIST", onderdeel: "mijn taken" });
  return telOpgeslagen(actor);
});

/** Of the caseload the coördinator already read, the teams over their capacity: theirs to resolve. */
export function teamsBovenCapaciteit(caseload: readonly TeamCaseload[]): TeamCaseload[] {
  return caseload.filter((team) => team.lopend > team.capaciteit);
}

export interface TakenPagina {
  regels: TaakRegel[];
  totaal: number;
  /** The page shown: the one asked for, or the last there is. */
  pagina: number;
  paginas: number;
}

/**
 * One page of the stored tasks, as the rules give them now: the page's trajecten are read again
 * and their tasks matched to the stored rows, so a row and what it says can never disagree.
 */
async function opgeslagenPagina(ctx: RequestContext, skip: number, today: Date): Promise<TaakRegel[]> {
  const rows = await leesOpgeslagen(ctx.actor, skip, TAKEN_PER_PAGINA);
  const live = await takenIn(ctx, [...new Set(rows.map((r) => r.trajectId))], today, evaluatieWeken(process.env));
  const sleutel = (t: { trajectId: string; soort: string; dueOn: Date }) => `${t.trajectId} ${t.soort} ${t.dueOn.getTime()}`;
  const wachtrij = new Map<string, TaakRegel[]>();
  for (const taak of live) {
    const gelijk = wachtrij.get(sleutel(taak));
    if (gelijk) gelijk.push(taak);
    else wachtrij.set(sleutel(taak), [taak]);
  }
  // A row whose traject changed since it was read (a write committing in between) is left out.
  return rows.flatMap((row) => wachtrij.get(sleutel(row))?.shift() ?? []);
}

/** The start page's task list: page `pagina` of `ctx.actor`'s tasks today, with the read in the audit log. */
export async function toonMijnTaken(ctx: RequestContext, pagina: number, today = amsterdamDay(), audit: AuditSink = auditNow(db())): Promise<TakenPagina> {
  if (!heeftTaken(ctx.actor.role)) return { regels: [], totaal: 0, pagina: 1, paginas: 1 };
  const totaal = await aantalTaken(ctx, today);
  const paginas = Math.max(1, Math.ceil(totaal / TAKEN_PER_PAGINA));
  const deze = Math.min(pagina, paginas);
  const skip = (deze - 1) * TAKEN_PER_PAGINA;
  const regels = (await leestOpgeslagen(today)) ? await opgeslagenPagina(ctx, skip, today) : (await mijnTaken(ctx, today)).slice(skip, skip + TAKEN_PER_PAGINA);
  await audit({ actor: ctx.actor, action: "TRAJECT_LIST", onderdeel: "mijn taken", outcome: "ALLOWED", ip: ctx.ip });
  return { regels, totaal, pagina: deze, paginas };
}
