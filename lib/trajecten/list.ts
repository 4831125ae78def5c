// The traject lists of the start pages: one scoped query per page of 25, filtered, searched and
// ordered in SQL (the running term's last day is stored for that: due-date.ts), counted with
// count(*). Built on the access layer like every read: the scope is trajectWhere, and a search
// by name never finds a dossier that hides its name from this reader.
import "server-only";
import { authorize } from "../access";
import { auditNow, type AuditSink } from "../audit";
import { alternatieven, trajectWhere, type RequestContext } from "../authz";
import { amsterdamDay, daysBetween, plusDays } from "../calendar";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Fase } from "../generated/prisma/enums";
import { afgeschermdVoor, nietAfgeschermdWhere } from "./consent-shield";
import { PER_PAGINA, zoekTermen, type FaseKeuze, type LijstParams } from "./list-params";
import { toSummary, type TrajectSummary } from "./queries";
import { leesLijstRelaties } from "./list-read";
import { trajectKolommen } from "./selects";
import { OPEN_FASEN } from "./stand";
import { ALMOST_DUE_DAYS } from "./terms";
import { nummerUitCode, trajectCode } from "./student-label";

export interface TrajectRij extends TrajectSummary {
  code: string;
  /** The Topdocenten and hulpverleners assigned. */
  toegewezen: string[];
  /** In the onderwijsadviseur's queue: days since the request. */
  wachtDagen: number | null;
  afgeslotenOp: Date | null;
}

export interface TrajectLijst {
  rijen: TrajectRij[];
  totaal: number;
  pagina: number;
  paginas: number;
}

const AFGESLOTEN: readonly Fase[] = ["AFGEROND", "GESTOPT"];
const AANMELDING_STAPPEN = new Set<FaseKeuze>(["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK", "GOEDGEKEURD"]);

function faseWhere(fase: FaseKeuze): Prisma.TrajectWhereInput {
  return AANMELDING_STAPPEN.has(fase) ? { fase: "AANMELDING", aanmeldingStap: fase as Prisma.TrajectWhereInput["aanmeldingStap"] } : { fase: fase as Fase };
}

function termijnWhere(termijn: NonNullable<LijstParams["termijn"]>, today: Date): Prisma.TrajectWhereInput {
  const bijna = plusDays(today, ALMOST_DUE_DAYS);
  switch (termijn) {
    case "VERLOPEN":
      return { termijnOp: { lt: today } };
    case "BIJNA_VERLOPEN":
      return { termijnOp: { gte: today, lte: bijna } };
    case "OP_SCHEMA":
      return { termijnOp: { gt: bijna } };
    case "GEEN":
      return { termijnOp: null };
  }
}

/**
 * At most this many students found by a name are passed on by id; past it the search joins the
 * students instead. Five terms at most (zoekTermen) stay within PostgreSQL's 32,767 parameters.
 */
const LEERLINGEN_PER_TERM = 5_000;

/**
 * The students with `term` in a first or last name, read on the names' trigram indexes; null
 * when there are too many to pass on. These ids only narrow the scoped query of the list: a
 * student outside the reader's scope found here is never shown.
 */
async function leerlingenMet(term: string): Promise<string[] | null> {
  const ids = await db().student.findMany({ where: naamBevat(term), select: { id: true }, take: LEERLINGEN_PER_TERM + 1 });
  return ids.length > LEERLINGEN_PER_TERM ? null : ids.map((s) => s.id);
}

/** A student whose first or last name holds `term`, in any case. */
function naamBevat(term: string): Prisma.StudentWhereInput {
  const deel = { contains: term, mode: "insensitive" } as const;
  return { OR: [{ voornaam: deel }, { achternaam: deel }] };
}

/** A search term, with the students whose names hold it (leerlingenMet). */
interface Zoekterm {
  term: string;
  leerlingen: string[] | null;
}

/**
 * One word of the search: part of the student's first or last name or the LISA reference (only
 * where this reader may see them), part of the school's name, the school's own label of an
 * anonymous request, or the traject code.
 */
function zoekWhere({ term, leerlingen }: Zoekterm, ctx: RequestContext, today: Date): Prisma.TrajectWhereInput {
  const deel = { contains: term, mode: "insensitive" } as const;
  // By the students' ids where there are few enough: the name's indexes found them, where a
  // join per traject would compare every name in the scope.
  const naam: Prisma.TrajectWhereInput = leerlingen ? { studentId: { in: leerlingen } } : { student: naamBevat(term) };
  const leerling: Prisma.TrajectWhereInput = { OR: [naam, { lisaReferentie: { equals: term, mode: "insensitive" } }] };
  const nummer = nummerUitCode(term);
  return {
    OR: [
      afgeschermdVoor(ctx.actor.role, true, false) ? { AND: [leerling, nietAfgeschermdWhere(today)] } : leerling,
      { school: { naam: deel } },
      { studentId: null, kenmerk: deel },
      ...(nummer !== null ? [{ nummer }] : []),
    ],
  };
}

/** What the list asks of a traject beside the reader's scope: its view, filters and search. */
function lijstFilters(ctx: RequestContext, params: LijstParams, zoektermen: readonly Zoekterm[], today: Date): Prisma.TrajectWhereInput[] {
  const and: Prisma.TrajectWhereInput[] = [];
  if (params.weergave !== "alle") and.push({ fase: { in: params.weergave === "open" ? [...OPEN_FASEN] : [...AFGESLOTEN] } });
  if (params.fase) and.push(faseWhere(params.fase));
  if (params.termijn) and.push(termijnWhere(params.termijn, today));
  if (params.school) and.push({ schoolId: params.school });
  if (params.team) and.push({ topteamId: params.team === "geen" ? null : params.team });
  if (params.lid) and.push({ assignments: { some: { userId: params.lid } } });
  for (const zoekterm of zoektermen) and.push(zoekWhere(zoekterm, ctx, today));
  return and;
}

/** The traject's own columns: a condition on these alone needs no other table. */
const EIGEN_KOLOMMEN: ReadonlySet<string> = new Set(Object.values(Prisma.TrajectScalarFieldEnum));

/**
 * count(*) of the trajecten in `scope` that meet `filters`. A scope of alternatives with one
 * through a relation (the gedragswetenschapper's windstreek, through the school) is counted per
 * alternative and combined by inclusion–exclusion (an overlap is subtracted): each count then
 * finds its own index, the team's open trajecten from the index alone, where the OR as a whole,
 * joined to the schools, read all of them from the table (5 of the Topteam start page's 14 ms in
 * PostgreSQL at 100,000 trajecten). Alternatives on the traject's own columns (the
 * coördinator's) are counted whole: PostgreSQL combines their indexes itself, and three counts
 * cost more than one. So is a search: the students it found go as parameters, and per
 * alternative they would be sent and planned again.
 */
async function telInScope(scope: Prisma.TrajectWhereInput, filters: readonly Prisma.TrajectWhereInput[], zoekt: boolean): Promise<number> {
  const alle = alternatieven(scope);
  const delen = zoekt || alle.every((deel) => Object.keys(deel).every((veld) => EIGEN_KOLOMMEN.has(veld))) ? [scope] : alle;
  const termen: Promise<number>[] = [];
  for (let keuze = 1; keuze < 1 << delen.length; keuze++) {
    const samen = delen.filter((_, i) => keuze & (1 << i));
    const teken = samen.length % 2 === 1 ? 1 : -1;
    termen.push(db().traject.count({ where: { AND: [...samen, ...filters] } }).then((aantal) => teken * aantal));
  }
  return (await Promise.all(termen)).reduce((som, term) => som + term, 0);
}

function orderBy(params: LijstParams): Prisma.TrajectOrderByWithRelationInput[] {
  const sort = params.richting === "op" ? "asc" : "desc";
  const tail: Prisma.TrajectOrderByWithRelationInput[] = [{ aangemeldOp: "asc" }, { id: "asc" }];
  switch (params.sort) {
    case "urgentie":
      // A closed traject has no term: the most recently closed first.
      return params.weergave === "afgesloten"
        ? [{ afgeslotenOp: { sort: sort === "asc" ? "desc" : "asc", nulls: "last" } }, ...tail]
        : [{ termijnOp: { sort, nulls: "last" } }, ...tail];
    case "wachttijd":
      return [{ aanvraagOp: { sort, nulls: "last" } }, ...tail];
    case "aangemeld":
      return [{ aangemeldOp: sort }, { id: sort }];
    case "school":
      return [{ school: { naam: sort } }, ...tail];
    case "fase":
      return [{ fase: sort }, { aanmeldingStap: { sort, nulls: "last" } }, { termijnOp: { sort: "asc", nulls: "last" } }, ...tail];
  }
}

const rijKolommen = { ...trajectKolommen, aanvraagOp: true, afgeslotenOp: true } as const satisfies Prisma.TrajectSelect;

/**
 * One page of the trajecten `ctx.actor` may see, as `params` ask. A search writes how many it
 * found to the audit log, never its words; any other list is logged as shown, under `onderdeel`.
 */
export async function lijstTrajecten(ctx: RequestContext, params: LijstParams, onderdeel: string, today = amsterdamDay(), audit: AuditSink = auditNow(db())): Promise<TrajectLijst> {
  const termen = zoekTermen(params.q);
  const zoekt = termen.length > 0;
  const action = zoekt ? "TRAJECT_SEARCH" : "TRAJECT_LIST";
  await authorize(ctx, "traject:read", { action, onderdeel });
  const zoektermen = await Promise.all(termen.map(async (term) => ({ term, leerlingen: await leerlingenMet(term) })));
  const scope = trajectWhere(ctx.actor, "traject:read");
  const filters = lijstFilters(ctx, params, zoektermen, today);
  const where = { AND: [scope, ...filters] };
  const [totaal, rows] = await Promise.all([
    telInScope(scope, filters, zoekt),
    db().traject.findMany({ where, select: rijKolommen, orderBy: orderBy(params), skip: (params.pagina - 1) * PER_PAGINA, take: PER_PAGINA }),
  ]);
  const [relaties] = await Promise.all([
    leesLijstRelaties(rows.map((row) => row.id)),
    audit({ actor: ctx.actor, action, onderdeel, outcome: "ALLOWED", ip: ctx.ip, aantal: zoekt ? totaal : null }),
  ]);
  const metRelaties = rows.flatMap((row) => {
    const r = relaties.get(row.id);
    return r ? [{ ...row, ...r }] : [];
  });
  return {
    totaal,
    pagina: params.pagina,
    paginas: Math.max(1, Math.ceil(totaal / PER_PAGINA)),
    rijen: metRelaties.map((row) => ({
      ...toSummary(row, today, ctx.actor),
      code: trajectCode(row.nummer),
      toegewezen: row.toegewezen,
      wachtDagen: row.fase === "AANMELDING" && row.aanmeldingStap === "DOSSIERCHECK" && row.aanvraagOp ? daysBetween(row.aanvraagOp, today) : null,
      afgeslotenOp: row.afgeslotenOp,
    })),
  };
}

/** A condition on the traject's school alone, written as the school's own filter. */
function alleenSchool(deel: Prisma.TrajectWhereInput): deel is { school: Prisma.SchoolWhereInput } {
  return Object.keys(deel).length === 1 && deel.school !== undefined && !("is" in deel.school) && !("isNot" in deel.school);
}

export interface LijstKeuzes {
  scholen: { id: string; naam: string }[];
  teams: { id: string; naam: string }[];
  leden: { id: string; naam: string }[];
}

/** The choices of the list's filters that this reader can use: only what its scope holds. */
export async function lijstKeuzes(ctx: RequestContext): Promise<LijstKeuzes> {
  const { actor } = ctx;
  const breed = actor.role === "COORDINATOR" || actor.role === "ONDERWIJSADVISEUR";
  const metScholen = breed || actor.role === "GEDRAGSWETENSCHAPPER";
  const metLeden = actor.role === "COORDINATOR" || actor.role === "GEDRAGSWETENSCHAPPER";
  // "Has a traject in the scope", asked per alternative of the scope: each finds its own index
  // (a school's traject of the team, say), where the whole OR would read every traject of the school.
  const delen = alternatieven(trajectWhere(actor, "traject:read"));
  const inScope = { OR: delen.map((some) => ({ trajecten: { some } })) };
  // A school is in an alternative that only names the traject's school (the onderwijsadviseur's
  // windstreek) when it meets that itself and has a traject: asked through its trajecten instead,
  // PostgreSQL grouped all 25,000 of a windstreek's trajecten to find its four schools.
  const schoolInScope = { OR: delen.map((deel) => (alleenSchool(deel) ? { AND: [deel.school, { trajecten: { some: {} } }] } : { trajecten: { some: deel } })) };
  const [scholen, teams, leden] = await Promise.all([
    metScholen ? db().school.findMany({ where: schoolInScope, select: { id: true, naam: true }, orderBy: { naam: "asc" } }) : [],
    breed ? db().topteam.findMany({ where: inScope, select: { id: true, naam: true }, orderBy: { naam: "asc" } }) : [],
    metLeden
      ? db().user.findMany({
          where: { role: { in: ["TOPDOCENT", "HULPVERLENER"] }, active: true, ...(actor.role === "GEDRAGSWETENSCHAPPER" ? { topteamId: actor.topteamId } : {}) },
          select: { id: true, naam: true },
          orderBy: { naam: "asc" },
        })
      : [],
  ]);
  return { scholen, teams, leden };
}
