// Aggregate figures for the start pages of the SWV and the coördinator: counted in the
// database, never by loading trajecten.
import "server-only";
import { recordAudit } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import type { Fase } from "../generated/prisma/enums";
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

/**
 * Each team's occupancy today; the caller authorizes and logs. Read from the counts the
 * triggers on "Traject" keep (docs/decisions/0024): counting the open trajecten here cost the
 * coördinator's start page more database time than the rest of it at 100,000 trajecten.
 */
export async function teamCaseload(): Promise<TeamCaseload[]> {
  return db().$queryRaw<TeamCaseload[]>`
    SELECT tt."naam" AS topteam, w."naam" AS windstreek, tt."capaciteit" AS capaciteit,
           coalesce(b.lopend, 0) AS lopend, coalesce(b.windstreekoverstijgend, 0) AS windstreekoverstijgend
    FROM "Topteam" tt
    JOIN "Windstreek" w ON w."id" = tt."windstreekId"
    LEFT JOIN "TeamBezetting" b ON b."topteamId" = tt."id"
    ORDER BY w."naam"`;
}
