// The coördinator assigns an approved traject to a Topteam: when the team of the school's own
// windstreek is full, another windstreek's team takes it, and the traject is
// windstreekoverstijgend.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import { AppError } from "../errors";
import { ZTrajectBasis } from "../forms/schema";
import { meldToewijzing } from "../mail/notifications";
import { schrijfInDossier } from "../trajecten/dossier-write";

export const ZToewijzing = ZTrajectBasis.extend({
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
export async function teamBezetting(ctx: RequestContext): Promise<TeamBezetting[]> {
  await authorize(ctx, "traject:assign", { action: "TEAM_ASSIGN", onderdeel: "toewijzing" });
  const teams = await db().topteam.findMany({
    where: { actief: true },
    select: { id: true, naam: true, windstreekId: true, capaciteit: true, bezetting: { select: { lopend: true } } },
    orderBy: { naam: "asc" },
  });
  // The counts the triggers on "Traject" keep (docs/decisions/0024), as the coördinator's page shows them.
  return teams.map(({ bezetting, ...team }) => ({ ...team, bezet: bezetting?.lopend ?? 0 }));
}

export async function assignTeam(ctx: RequestContext, input: z.infer<typeof ZToewijzing>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "toewijzing", async (tx, traject) => {
    const team = await tx.topteam.findFirst({ where: { id: input.topteamId, actief: true }, select: { id: true, naam: true, windstreekId: true } });
    if (!team) throw new AppError("VOORWAARDE", "Kies een actief Topteam.", "topteamId");
    const school = await tx.school.findUniqueOrThrow({ where: { id: traject.schoolId }, select: { windstreekId: true } });
    const overstijgend = team.windstreekId !== school.windstreekId;
    await tx.traject.update({ where: { id: traject.id }, data: { topteamId: team.id, windstreekoverstijgend: overstijgend } });
    await meldToewijzing(tx, traject.id, team, overstijgend);
    return {
      gebeurtenis: "TEAM_TOEGEWEZEN",
      datum: today,
      notitie: `Toegewezen aan ${team.naam}${overstijgend ? " (windstreekoverstijgend)" : ""}.`,
      result: undefined,
    };
  });
}
