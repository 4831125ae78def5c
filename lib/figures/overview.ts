// Aggregate figures for the start pages of the SWV and the coördinator: counted in the
// database, never by loading trajecten.
import { recordAudit } from "../audit";
import { authorize } from "../authorize";
import { db } from "../db";
import type { Fase } from "../generated/prisma/enums";
import type { QueryContext } from "../trajecten/queries";

export interface PhaseCount {
  windstreek: string;
  fase: Fase;
  count: number;
}

export async function countPerWindstreekAndFase(ctx: QueryContext): Promise<PhaseCount[]> {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "fasen per windstreek" });
  const rows = await db().$queryRaw<{ windstreek: string; fase: Fase; count: bigint }[]>`
    SELECT w."naam" AS windstreek, t."fase" AS fase, count(*) AS count
    FROM "Traject" t
    JOIN "School" s ON s."id" = t."schoolId"
    JOIN "Windstreek" w ON w."id" = s."windstreekId"
    GROUP BY w."naam", t."fase"
    ORDER BY w."naam", t."fase"`;
  await recordAudit(db(), { actor: ctx.actor, action: "FIGURES_READ", onderdeel: "fasen per windstreek", outcome: "ALLOWED", ip: ctx.ip });
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export interface TeamCaseload {
  topteam: string;
  windstreek: string;
  capaciteit: number;
  /** Trajecten the team works on now: ONDERZOEK, INTENSIEF and BORGING. */
  lopend: number;
  windstreekoverstijgend: number;
}

export async function caseloadPerTeam(ctx: QueryContext): Promise<TeamCaseload[]> {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "caseload per team" });
  const rows = await db().$queryRaw<
    { topteam: string; windstreek: string; capaciteit: number; lopend: bigint; windstreekoverstijgend: bigint }[]
  >`
    SELECT tt."naam" AS topteam, w."naam" AS windstreek, tt."capaciteit" AS capaciteit,
           count(t."id") AS lopend,
           count(t."id") FILTER (WHERE t."windstreekoverstijgend") AS windstreekoverstijgend
    FROM "Topteam" tt
    JOIN "Windstreek" w ON w."id" = tt."windstreekId"
    LEFT JOIN "Traject" t ON t."topteamId" = tt."id" AND t."fase" IN ('ONDERZOEK', 'INTENSIEF', 'BORGING')
    GROUP BY tt."id", tt."naam", w."naam", tt."capaciteit"
    ORDER BY w."naam"`;
  await recordAudit(db(), { actor: ctx.actor, action: "FIGURES_READ", onderdeel: "caseload per team", outcome: "ALLOWED", ip: ctx.ip });
  return rows.map((row) => ({ ...row, lopend: Number(row.lopend), windstreekoverstijgend: Number(row.windstreekoverstijgend) }));
}
