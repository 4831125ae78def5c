// The coördinator assigns an approved traject to a Topteam: when the team of the school's own
// windstreek is full, another windstreek's team takes it, and the traject is
// windstreekoverstijgend.
import { z } from "zod";
import { authorize } from "../authorize";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import { schrijfInDossier } from "../trajecten/dossier-write";
import type { QueryContext } from "../trajecten/queries";
import { BEZETTING, OvergangGeweigerd } from "../trajecten/workflow";

export const ZToewijzing = z.object({
  trajectId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(0),
  topteamId: z.string({ error: "Kies een Topteam." }).trim().min(1, "Kies een Topteam.").max(64),
});

export interface TeamBezetting {
  id: string;
  naam: string;
  windstreekId: string;
  capaciteit: number;
  bezet: number;
}

/** Every team with how many trajecten it carries now, for the coördinator's choice. */
export async function teamBezetting(ctx: QueryContext): Promise<TeamBezetting[]> {
  await authorize(ctx, "traject:assign", { action: "TEAM_ASSIGN", onderdeel: "toewijzing" });
  const teams = await db().topteam.findMany({
    select: { id: true, naam: true, windstreekId: true, capaciteit: true, _count: { select: { trajecten: { where: { OR: BEZETTING } } } } },
    orderBy: { naam: "asc" },
  });
  return teams.map(({ _count, ...team }) => ({ ...team, bezet: _count.trajecten }));
}

export async function assignTeam(ctx: QueryContext, input: z.infer<typeof ZToewijzing>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "traject:assign",
    audit: { action: "TEAM_ASSIGN", onderdeel: "toewijzing" },
    async work(tx, traject) {
      if (traject.aanmeldingStap !== "GOEDGEKEURD") {
        throw new OvergangGeweigerd("VERKEERDE_FASE", "Een Topteam toewijzen kan alleen na goedkeuring en vóór het kennismakingsgesprek.");
      }
      const team = await tx.topteam.findUnique({ where: { id: input.topteamId }, select: { id: true, naam: true, windstreekId: true } });
      if (!team) throw new OvergangGeweigerd("VOORWAARDE", "Kies een Topteam.", "topteamId");
      const school = await tx.school.findUniqueOrThrow({ where: { id: traject.schoolId }, select: { windstreekId: true } });
      const overstijgend = team.windstreekId !== school.windstreekId;
      await tx.traject.update({ where: { id: traject.id }, data: { topteamId: team.id, windstreekoverstijgend: overstijgend } });
      return {
        gebeurtenis: "TEAM_TOEGEWEZEN",
        datum: today,
        notitie: `Toegewezen aan ${team.naam}${overstijgend ? " (windstreekoverstijgend)" : ""}.`,
        result: undefined,
      };
    },
  });
}
