// Who of the Topteam works in a traject. The gedragswetenschapper assigns the team's Topdocenten
// and hulpverleners; only those assigned read and write in it (lib/authz.ts, scope ASSIGNED).
import "server-only";
import { z } from "zod";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { AppError } from "../errors";
import { ZTrajectBasis } from "../forms/schema";
import type { Prisma } from "../generated/prisma/client";
import { schrijfInDossier, type DossierRow } from "./dossier-write";
import type { Gebeurtenis } from "./history";

export const ZTeamlid = ZTrajectBasis.extend({
  userId: z.string({ error: "Kies een teamlid." }).trim().min(1, "Kies een teamlid.").max(64),
});

async function teamlidVan(tx: Prisma.TransactionClient, traject: DossierRow, userId: string) {
  if (!traject.topteamId) throw new AppError("VERKEERDE_FASE", "Teamleden toewijzen kan vanaf de goedkeuring tot de follow-up.");
  const lid = await tx.user.findFirst({
    where: { id: userId, topteamId: traject.topteamId, active: true, role: { in: ["TOPDOCENT", "HULPVERLENER"] } },
    select: { id: true, naam: true },
  });
  if (!lid) throw new AppError("VOORWAARDE", "Kies een Topdocent of hulpverlener van het Topteam van dit traject.", "userId");
  return lid;
}

/** A change to who works in the traject: the gedragswetenschapper's, for a member of its team. */
async function teamWrite(
  ctx: RequestContext,
  input: z.infer<typeof ZTeamlid>,
  work: (tx: Prisma.TransactionClient, trajectId: string, lid: { id: string; naam: string }) => Promise<{ gebeurtenis: Gebeurtenis; notitie: string }>,
  today: Date,
): Promise<void> {
  await schrijfInDossier(ctx, input, "teamlid", async (tx, traject) => {
    const done = await work(tx, traject.id, await teamlidVan(tx, traject, input.userId));
    return { ...done, datum: today, result: undefined };
  });
}

export async function assignMember(ctx: RequestContext, input: z.infer<typeof ZTeamlid>, today = amsterdamDay()): Promise<void> {
  await teamWrite(ctx, input, async (tx, trajectId, lid) => {
    const bestaand = await tx.trajectAssignment.findUnique({ where: { trajectId_userId: { trajectId, userId: lid.id } } });
    if (bestaand) throw new AppError("VOORWAARDE", `${lid.naam} is al toegewezen.`, "userId");
    await tx.trajectAssignment.create({ data: { trajectId, userId: lid.id } });
    return { gebeurtenis: "TEAMLID_TOEGEWEZEN", notitie: `${lid.naam} werkt in dit traject.` };
  }, today);
}

export async function unassignMember(ctx: RequestContext, input: z.infer<typeof ZTeamlid>, today = amsterdamDay()): Promise<void> {
  await teamWrite(ctx, input, async (tx, trajectId, lid) => {
    const removed = await tx.trajectAssignment.deleteMany({ where: { trajectId, userId: lid.id } });
    if (removed.count === 0) throw new AppError("VOORWAARDE", `${lid.naam} is niet toegewezen.`, "userId");
    // Goals they owned wait for a new owner rather than pointing at someone without access.
    await tx.doel.updateMany({ where: { trajectId, eigenaarId: lid.id }, data: { eigenaarId: null } });
    return { gebeurtenis: "TEAMLID_AFGEMELD", notitie: `${lid.naam} werkt niet meer in dit traject.` };
  }, today);
}
