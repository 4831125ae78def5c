// The samenwerkingsverband's quarterly figures (DOMAIN.md, "What the samenwerkingsverband reads").
// Every figure is an SQL aggregate over the trajecten in the filter, computed for three quarters
// at once (the one asked for, the one before, the same one a year earlier) so each shows its
// trend. Nothing here returns a row about one traject: counts, averages and shares only.
import "server-only";
import { recordAudit } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ExitVoor, FollowUpMoment, StopReden } from "../generated/prisma/enums";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { gecachteFiguren } from "./figures-cache";
import { bezet, getal, kernVan, type Kerncijfers, type StandRij } from "./kerncijfers";
import { grenzen, vergelijking, type Kwartaal } from "./quarter";

export const PERIODEN = ["huidig", "vorig", "jaarEerder"] as const;
export type Periode = (typeof PERIODEN)[number];

export interface Filter {
  windstreekId?: string;
  topteamId?: string;
  schoolId?: string;
}

/** Per period: the number behind a figure, and for averages the number of trajecten they are over. */
export type PerPeriode<T> = Record<Periode, T>;

export interface Dashboard {
  kwartalen: Record<Periode, Kwartaal>;
  kern: PerPeriode<Kerncijfers>;
  stopRedenen: { reden: StopReden; aantallen: PerPeriode<number> }[];
  caseload: { topteam: string; capaciteit: number; aantallen: PerPeriode<number> }[];
  followUps: { moment: FollowUpMoment; aantallen: PerPeriode<{ totaal: number; opNiveau: number; nietOpNiveau: number; diploma: number; geenDiploma: number }> }[];
  tevredenheid: { voor: ExitVoor; aantallen: PerPeriode<{ antwoorden: number; tevredenheid: number | null; samenwerking: number | null; bruikbaarheid: number | null; resultaat: number | null }> }[];
}

const iso = (dag: Date) => dag.toISOString().slice(0, 10);

/** A stretch of calendar days: from `van` up to (not including) `tot`. A quarter, or a school year. */
export interface Tijdvak {
  van: Date;
  tot: Date;
}

/** Stretches under the label each row of the figures carries. */
type Perioden = readonly (readonly [string, Tijdvak])[];

/** The stretches as a VALUES list, to cross with the rows. */
function periodenSql(perioden: Perioden): Prisma.Sql {
  const rows = perioden.map(([label, { van, tot }]) => {
    // As text: a Date parameter would pass through the session's time zone on its way to a date.
    return Prisma.sql`(${label}, ${iso(van)}::date, ${iso(tot)}::date)`;
  });
  return Prisma.sql`p(periode, van, tot) AS (VALUES ${Prisma.join(rows)})`;
}

/** From the first day of the earliest quarter to the end of the latest. */
function spanVan(perioden: Perioden): Tijdvak {
  const grens = perioden.map(([, t]) => t);
  return { van: new Date(Math.min(...grens.map((g) => g.van.getTime()))), tot: new Date(Math.max(...grens.map((g) => g.tot.getTime()))) };
}

/**
 * The trajecten in the filter, as a CTE named f; with `binnen`, only those that overlap it (begun
 * before its end, not closed before its start): every figure of a quarter counts a traject that
 * was there in it, so ten years of closed ones are never read.
 */
export function trajectenSql(filter: Filter, binnen?: { van: Date; tot: Date }): Prisma.Sql {
  const where = [
    binnen ? Prisma.sql`t."aangemeldOp" < ${iso(binnen.tot)}::date AND (t."afgeslotenOp" IS NULL OR t."afgeslotenOp" >= ${iso(binnen.van)}::date)` : null,
    filter.windstreekId ? Prisma.sql`t."schoolId" IN (SELECT s."id" FROM "School" s WHERE s."windstreekId" = ${filter.windstreekId})` : null,
    filter.topteamId ? Prisma.sql`t."topteamId" = ${filter.topteamId}` : null,
    filter.schoolId ? Prisma.sql`t."schoolId" = ${filter.schoolId}` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  // Not materialized: the headline figures read it twice, and a copy of every column of tens of
  // thousands of rows cost more than planning the filter into each use.
  return Prisma.sql`f AS NOT MATERIALIZED (
    SELECT t.* FROM "Traject" t
    ${where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
  )`;
}

/** The teams a caseload shows: every filter that names a team or a windstreek applies, together. */
function teamWhere(filter: Filter): Prisma.Sql {
  const where = [
    filter.topteamId ? Prisma.sql`tt."id" = ${filter.topteamId}` : null,
    filter.windstreekId ? Prisma.sql`tt."windstreekId" = ${filter.windstreekId}` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  return where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

const inP = (kolom: Prisma.Sql) => Prisma.sql`(${kolom} >= p.van AND ${kolom} < p.tot)`;

/**
 * The traject was there in the quarter: begun before its end, not closed before its start. Each
 * quarter's figures read only these: every date they count lies between a traject's aangemeldOp
 * and its afgeslotenOp.
 */
const OVERLAPT_P = Prisma.sql`(f."aangemeldOp" < p.tot AND (f."afgeslotenOp" IS NULL OR f."afgeslotenOp" >= p.van))`;

/** The traject was still open on the quarter's last day: begun before its end, not closed before it. */
const OPEN_OP_EINDE = Prisma.sql`(f."aangemeldOp" < p.tot AND (f."afgeslotenOp" IS NULL OR f."afgeslotenOp" >= p.tot))`;

/** Where an open traject was on the quarter's last day, from its phase dates. */
const FASE_OP_EINDE = Prisma.sql`CASE
  WHEN f."followUpStart" < p.tot THEN 'FOLLOW_UP'
  WHEN f."borgingStart" < p.tot THEN 'BORGING'
  WHEN f."intensiefStart" < p.tot THEN 'INTENSIEF'
  WHEN f."onderzoekStart" < p.tot THEN 'ONDERZOEK'
  ELSE 'AANMELDING'
END`;

/**
 * Whether it had been approved by then: with its phase, this says whether it held a place in its
 * team (BEZETTING, lib/trajecten/stand.ts: from approval until borging ends).
 */
// A traject in onderzoek was approved, also where an older row lacks the approval date.
const GOEDGEKEURD_OP_EINDE = Prisma.sql`COALESCE(COALESCE(f."goedgekeurdOp", f."onderzoekStart") < p.tot, false)`;

// Onderzoek ends when intensief starts, or when the adviesgesprek closes the traject.
export const ONDERZOEK_EINDE = Prisma.sql`COALESCE(f."intensiefStart", CASE WHEN f."stopReden" = 'NIET_PASSEND_NA_ONDERZOEK' THEN f."afgeslotenOp" END)`;

/** Every date of a traject's phases: an event in a quarter is one of these in it. */
const FASE_DATA = ["aangemeldOp", "aanvraagOp", "goedgekeurdOp", "onderzoekStart", "intensiefStart", "borgingStart", "followUpStart", "afgeslotenOp"] as const;
const LAATSTE_DATUM = Prisma.sql`GREATEST(${Prisma.join(FASE_DATA.map((k) => Prisma.raw(`f."${k}"`)))})`;

/** The events counted in a quarter, each under its column of Kerncijfers: how many, */
const GEBEURD_AANTALLEN: readonly (readonly [string, Prisma.Sql])[] = [
  ["adviesvragen", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."aangemeldOp"`)})`],
  ["aanvragen", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."aanvraagOp"`)})`],
  ["windstreekoverstijgend", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."goedgekeurdOp"`)} AND f."windstreekoverstijgend")`],
  ["gestart", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."onderzoekStart"`)})`],
  ["onderzoekKlaar", Prisma.sql`count(*) FILTER (WHERE ${inP(ONDERZOEK_EINDE)} AND f."onderzoekStart" IS NOT NULL)`],
  ["onderzoekTeLang", Prisma.sql`count(*) FILTER (WHERE ${inP(ONDERZOEK_EINDE)} AND ${ONDERZOEK_EINDE} - f."onderzoekStart" > 28)`],
  ["intensiefKlaar", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."borgingStart"`)} AND f."intensiefStart" IS NOT NULL)`],
  ["intensiefTeLang", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."borgingStart"`)} AND f."borgingStart" - f."intensiefStart" > f."intensiefWeken" * 7)`],
  ["borgingKlaar", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."followUpStart"`)} AND f."borgingStart" IS NOT NULL)`],
  ["borgingTeLang", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."followUpStart"`)} AND f."followUpStart" > (f."borgingStart" + interval '3 months')::date)`],
  ["afgerond", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."afgeslotenOp"`)} AND f."fase" = 'AFGEROND')`],
  ["naOnderzoek", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."afgeslotenOp"`)} AND f."stopReden" = 'NIET_PASSEND_NA_ONDERZOEK')`],
  ["gestopt", Prisma.sql`count(*) FILTER (WHERE ${inP(Prisma.sql`f."afgeslotenOp"`)} AND f."fase" = 'GESTOPT' AND f."stopReden" <> 'NIET_PASSEND_NA_ONDERZOEK')`],
];
/** and the average number of days they took. */
const GEBEURD_GEMIDDELDEN: readonly (readonly [string, Prisma.Sql])[] = [
  ["wachtTotGoedkeuring", Prisma.sql`avg(f."goedgekeurdOp" - f."aanvraagOp") FILTER (WHERE ${inP(Prisma.sql`f."onderzoekStart"`)})`],
  ["wachtTotStart", Prisma.sql`avg(f."onderzoekStart" - f."goedgekeurdOp") FILTER (WHERE ${inP(Prisma.sql`f."onderzoekStart"`)})`],
  ["onderzoekDagen", Prisma.sql`avg(${ONDERZOEK_EINDE} - f."onderzoekStart") FILTER (WHERE ${inP(ONDERZOEK_EINDE)})`],
  ["intensiefDagen", Prisma.sql`avg(f."borgingStart" - f."intensiefStart") FILTER (WHERE ${inP(Prisma.sql`f."borgingStart"`)})`],
  ["borgingDagen", Prisma.sql`avg(f."followUpStart" - f."borgingStart") FILTER (WHERE ${inP(Prisma.sql`f."followUpStart"`)})`],
];
const GEBEURD = [...GEBEURD_AANTALLEN, ...GEBEURD_GEMIDDELDEN];

/**
 * The headline figures (Kerncijfers) of each quarter of `perioden`, in two statements the pool
 * runs side by side, because open trajecten overlap every quarter and tens of thousands of them
 * would otherwise each meet every figure's filter:
 *   - `gebeurd`: what happened in the quarter (requests, phases begun and ended, closures), one
 *     row per label, from only the trajecten with a phase date on or after the quarter's start;
 *   - `stand`: where the open trajecten stood on its last day, one expression per traject and
 *     quarter, grouped by team, phase and approval: the headline figures' phases and the
 *     caseload per team both come from it (kernVan, bezet in ./kerncijfers.ts).
 */
export function kernSql(perioden: Perioden, filter: Filter): { gebeurd: Prisma.Sql; stand: Prisma.Sql } {
  const span = spanVan(perioden);
  const w = Prisma.sql`WITH ${periodenSql(perioden)}, ${trajectenSql(filter, span)}`;
  return {
    gebeurd: Prisma.sql`${w},
      g AS (
        SELECT p.periode, ${Prisma.join(GEBEURD.map(([kolom, sql]) => Prisma.sql`${sql} AS ${Prisma.raw(`"${kolom}"`)}`))}
        FROM p JOIN f ON ${OVERLAPT_P} AND ${LAATSTE_DATUM} >= p.van
        WHERE ${LAATSTE_DATUM} >= ${iso(span.van)}::date
        GROUP BY p.periode
      )
      SELECT p.periode,
        ${Prisma.join(GEBEURD_AANTALLEN.map(([kolom]) => Prisma.raw(`coalesce(g."${kolom}", 0) AS "${kolom}"`)))},
        ${Prisma.join(GEBEURD_GEMIDDELDEN.map(([kolom]) => Prisma.raw(`g."${kolom}"`)))},
        (SELECT count(*) FROM "Vooroverleg" vo JOIN f ON f."id" = vo."trajectId" WHERE ${inP(Prisma.sql`vo."gehoudenOp"`)} AND ${OVERLAPT_P}) AS vooroverleggen,
        (SELECT count(*) FROM "Escalatie" e JOIN f ON f."id" = e."trajectId" WHERE e."datum" >= p.van AND e."datum" < p.tot) AS escalaties
      FROM p LEFT JOIN g ON g.periode = p.periode`,
    stand: Prisma.sql`${w}
      SELECT p.periode, f."topteamId" AS "topteamId", ${FASE_OP_EINDE} AS fase, ${GOEDGEKEURD_OP_EINDE} AS goedgekeurd, count(*) AS aantal
      FROM p JOIN f ON ${OPEN_OP_EINDE}
      GROUP BY 1, 2, 3, 4`,
  };
}

/** The SQL of every figure, for the dashboard and for the benchmark's bare-SQL baseline. */
export function dashboardSql(kwartaal: Kwartaal, filter: Filter) {
  const q = vergelijking(kwartaal);
  return figurenSql(perPeriode((p) => grenzen(q[p])), filter);
}

/** The SQL of every figure over three stretches of time: quarters, or school years. */
function figurenSql(tijdvakken: PerPeriode<Tijdvak>, filter: Filter) {
  const perioden = PERIODEN.map((p) => [p, tijdvakken[p]] as const);
  const w = Prisma.sql`WITH ${periodenSql(perioden)}, ${trajectenSql(filter, spanVan(perioden))}`;
  // Follow-ups and exit answers are read by their own date: an exit answer comes after closure.
  const perDatum = Prisma.sql`WITH ${periodenSql(perioden)}, ${trajectenSql(filter)}`;
  return {
    ...kernSql(perioden, filter),
    teams: Prisma.sql`SELECT tt."id", tt."naam", tt."capaciteit" FROM "Topteam" tt ${teamWhere(filter)} ORDER BY tt."naam"`,
    stopRedenen: Prisma.sql`${w}
      SELECT p.periode, f."stopReden" AS reden, count(*) AS aantal
      FROM p JOIN f ON ${inP(Prisma.sql`f."afgeslotenOp"`)} AND f."fase" = 'GESTOPT'
      GROUP BY p.periode, f."stopReden"`,
    followUps: Prisma.sql`${perDatum}
      SELECT p.periode, fu."moment" AS moment, count(*) AS totaal,
        count(*) FILTER (WHERE fu."opUitstroomniveau" = 'JA') AS "opNiveau",
        count(*) FILTER (WHERE fu."opUitstroomniveau" = 'NEE') AS "nietOpNiveau",
        count(*) FILTER (WHERE fu."diplomaVerwacht" = 'JA') AS diploma,
        count(*) FILTER (WHERE fu."diplomaVerwacht" = 'NEE') AS "geenDiploma"
      FROM p JOIN "FollowUp" fu ON ${inP(Prisma.sql`fu."contactOp"`)} JOIN f ON f."id" = fu."trajectId"
      GROUP BY p.periode, fu."moment"`,
    tevredenheid: Prisma.sql`${perDatum}
      SELECT p.periode, ea."voor" AS voor, count(*) AS antwoorden,
        avg(ea."tevredenheid") AS tevredenheid, avg(ea."samenwerking") AS samenwerking,
        avg(ea."bruikbaarheid") AS bruikbaarheid, avg(ea."resultaat") AS resultaat
      FROM p JOIN "ExitAntwoord" ea ON ea."ingevuldOp" >= p.van AND ea."ingevuldOp" < p.tot JOIN f ON f."id" = ea."trajectId"
      GROUP BY p.periode, ea."voor"`,
  };
}

type Rij = Record<string, unknown> & { periode: Periode };
type Team = { id: string; naam: string; capaciteit: number };

function perPeriode<T>(maak: (periode: Periode) => T): PerPeriode<T> {
  return { huidig: maak("huidig"), vorig: maak("vorig"), jaarEerder: maak("jaarEerder") };
}

function groepeer<K extends string, T>(rows: Rij[], sleutel: string, maak: (row: Rij | undefined) => T): { sleutel: K; aantallen: PerPeriode<T> }[] {
  const sleutels = [...new Set(rows.map((r) => r[sleutel] as K))].sort();
  return sleutels.map((s) => ({ sleutel: s, aantallen: perPeriode((p) => maak(rows.find((r) => r.periode === p && r[sleutel] === s))) }));
}

export async function quarterlyDashboard(ctx: RequestContext, kwartaal: Kwartaal, filter: Filter): Promise<Dashboard> {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "kwartaaldashboard" });
  const dashboard = await dashboardFigures(kwartaal, filter);
  await recordAudit(db(), { actor: ctx.actor, action: "FIGURES_READ", onderdeel: "kwartaaldashboard", outcome: "ALLOWED", ip: ctx.ip });
  return dashboard;
}

/**
 * The figures themselves, for a caller that has authorized and logs the view (cijfers-view.ts):
 * a closed quarter's from the cache (figures-cache.ts), the running quarter's fresh.
 */
export async function dashboardFigures(kwartaal: Kwartaal, filter: Filter, today = amsterdamDay()): Promise<Dashboard> {
  const { tot } = grenzen(kwartaal);
  if (tot.getTime() > today.getTime()) return berekenFiguren(kwartaal, filter);
  const sleutel = JSON.stringify({ jaar: kwartaal.jaar, nummer: kwartaal.nummer, ...filter });
  return gecachteFiguren(sleutel, tot, (client) => berekenFiguren(kwartaal, filter, client));
}

/** The figures computed from the trajecten, as they are now (on `client`: the cache's transaction). */
export async function berekenFiguren(kwartaal: Kwartaal, filter: Filter, client: Pick<Prisma.TransactionClient, "$queryRaw"> = db()): Promise<Dashboard> {
  const q = vergelijking(kwartaal);
  return { kwartalen: { huidig: q.huidig, vorig: q.vorig, jaarEerder: q.jaarEerder }, ...(await berekenTijdvakken(perPeriode((p) => grenzen(q[p])), filter, client)) };
}

/** The rows of each of `queries`: side by side on the pool, one after the other in a transaction (it has one connection). */
export async function leesAlle(client: Pick<Prisma.TransactionClient, "$queryRaw">, queries: readonly Prisma.Sql[]): Promise<unknown[][]> {
  if (client === db()) return Promise.all(queries.map((q) => client.$queryRaw<unknown[]>(q)));
  const rows: unknown[][] = [];
  for (const q of queries) rows.push(await client.$queryRaw<unknown[]>(q));
  return rows;
}

/** Every figure but the quarters' names, over three stretches of time. */
export type Figuren = Omit<Dashboard, "kwartalen">;

export async function berekenTijdvakken(tijdvakken: PerPeriode<Tijdvak>, filter: Filter, client: Pick<Prisma.TransactionClient, "$queryRaw"> = db()): Promise<Figuren> {
  const sql = figurenSql(tijdvakken, filter);
  const queries = [sql.gebeurd, sql.stand, sql.teams, sql.stopRedenen, sql.followUps, sql.tevredenheid];
  const rows = await leesAlle(client, queries);
  const [gebeurd, stand, teams, stopRedenen, followUps, tevredenheid] = rows as [Rij[], StandRij[], Team[], Rij[], Rij[], Rij[]];
  const standIn = (p: Periode) => stand.filter((r) => r.periode === p);
  return {
    kern: perPeriode((p) => kernVan(gebeurd.find((r) => r.periode === p), standIn(p))),
    stopRedenen: groepeer<StopReden, number>(stopRedenen, "reden", (r) => getal(r?.aantal) ?? 0).map(({ sleutel, aantallen }) => ({ reden: sleutel, aantallen })),
    caseload: teams.map((team) => ({ topteam: team.naam, capaciteit: team.capaciteit, aantallen: perPeriode((p) => bezet(standIn(p), team.id)) })),
    followUps: groepeer<FollowUpMoment, Dashboard["followUps"][number]["aantallen"]["huidig"]>(followUps, "moment", (r) => ({
      totaal: getal(r?.totaal) ?? 0,
      opNiveau: getal(r?.opNiveau) ?? 0,
      nietOpNiveau: getal(r?.nietOpNiveau) ?? 0,
      diploma: getal(r?.diploma) ?? 0,
      geenDiploma: getal(r?.geenDiploma) ?? 0,
    })).map(({ sleutel, aantallen }) => ({ moment: sleutel, aantallen })),
    tevredenheid: groepeer<ExitVoor, Dashboard["tevredenheid"][number]["aantallen"]["huidig"]>(tevredenheid, "voor", (r) => ({
      antwoorden: getal(r?.antwoorden) ?? 0,
      tevredenheid: getal(r?.tevredenheid),
      samenwerking: getal(r?.samenwerking),
      bruikbaarheid: getal(r?.bruikbaarheid),
      resultaat: getal(r?.resultaat),
    })).map(({ sleutel, aantallen }) => ({ voor: sleutel, aantallen })),
  };
}
