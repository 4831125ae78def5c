// Aggregate figures for the start pages of the SWV and the coördinator: counted in the
// database, never by loading trajecten.
import "server-only";
import { recordAudit } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Fase } from "../generated/prisma/enums";
import { BEZETTING, toestandOf, type Stand } from "../trajecten/stand";
import type { RequestContext } from "../authz";

export interface PhaseCount {
  windstreek: string;
  fase: Fase;
  count: number;
}

/** Every traject today per windstreek and phase; the caller authorizes and logs (cijfers-view.ts). */
export async function phaseCounts(): Promise<PhaseCount[]> {
  const rows = await db().$queryRaw<{ windstreek: string; fase: Fase; count: bigint }[]>`
    SELECT w."naam" AS windstreek, t."fase" AS fase, count(*) AS count
    FROM "Traject" t
    JOIN "School" s ON s."id" = t."schoolId"
    JOIN "Windstreek" w ON w."id" = s."windstreekId"
    GROUP BY w."naam", t."fase"
    ORDER BY w."naam", t."fase"`;
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * SQL for "t is at one of `standen`": the same sets as the Prisma filters use, on the enums' own
 * indexes. Their phases come first, as a list: that bounds the index scan to those phases, where
 * the OR of the stands alone is only a filter on every traject's entry (at 100,000 trajecten the
 * caseload took 8 ms instead of 5, and a count 6 instead of 2).
 */
function standenSql(standen: readonly Stand[]): Prisma.Sql {
  const fase = (naam: Fase) => Prisma.sql`CAST(${naam} AS "Fase")`;
  const one = (stand: Stand) => {
    const { fase: naam, aanmeldingStap } = toestandOf(stand);
    return aanmeldingStap ? Prisma.sql`(t."fase" = ${fase(naam)} AND t."aanmeldingStap" = CAST(${aanmeldingStap} AS "AanmeldingStap"))` : Prisma.sql`t."fase" = ${fase(naam)}`;
  };
  const fasen = [...new Set(standen.map((stand) => toestandOf(stand).fase))];
  return Prisma.sql`(t."fase" IN (${Prisma.join(fasen.map(fase))}) AND (${Prisma.join(standen.map(one), " OR ")}))`;
}

export interface TeamCaseload {
  topteam: string;
  windstreek: string;
  capaciteit: number;
  /** The team's occupancy: its trajecten from approval until borging ends (BEZETTING). */
  lopend: number;
  windstreekoverstijgend: number;
}

export async function caseloadPerTeam(ctx: RequestContext): Promise<TeamCaseload[]> {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "caseload per team" });
  const caseload = await teamCaseload();
  await recordAudit(db(), { actor: ctx.actor, action: "FIGURES_READ", onderdeel: "caseload per team", outcome: "ALLOWED", ip: ctx.ip });
  return caseload;
}

/** Each team's occupancy today; the caller authorizes and logs. */
export async function teamCaseload(): Promise<TeamCaseload[]> {
  const rows = await db().$queryRaw<
    { topteam: string; windstreek: string; capaciteit: number; lopend: bigint; windstreekoverstijgend: bigint }[]
  >`
    SELECT tt."naam" AS topteam, w."naam" AS windstreek, tt."capaciteit" AS capaciteit,
           coalesce(c.lopend, 0) AS lopend, coalesce(c.windstreekoverstijgend, 0) AS windstreekoverstijgend
    FROM "Topteam" tt
    JOIN "Windstreek" w ON w."id" = tt."windstreekId"
    -- Counted per team first: the phases' index finds the trajecten, no team joins each of them.
    LEFT JOIN (
      SELECT t."topteamId", count(*) AS lopend, count(*) FILTER (WHERE t."windstreekoverstijgend") AS windstreekoverstijgend
      FROM "Traject" t
      WHERE t."topteamId" IS NOT NULL AND ${standenSql(BEZETTING)}
      GROUP BY t."topteamId"
    ) c ON c."topteamId" = tt."id"
    ORDER BY w."naam"`;
  return rows.map((row) => ({ ...row, lopend: Number(row.lopend), windstreekoverstijgend: Number(row.windstreekoverstijgend) }));
}
