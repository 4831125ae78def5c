// Who of the Topteam works in a traject. The gedragswetenschapper assigns the team's Topdocenten
// and hulpverleners; only those assigned read and write in it (lib/authz.ts, scope ASSIGNED).
import { z } from "zod";
import { amsterdamDay } from "../calendar";
import type { Prisma } from "../generated/prisma/client";
import { schrijfInDossier } from "./dossier-write";
import type { QueryContext } from "./queries";
import { OvergangGeweigerd, type Gebeurtenis } from "./workflow";

export const ZTeamlid = z.object({
  trajectId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(0),
  userId: z.string({ error: "Kies een teamlid." }).trim().min(1, "Kies een teamlid.").max(64),
});

/** The phases in which the team works in a traject, from approval to the last follow-up. */
const WERKFASEN = ["AANMELDING", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const;

async function teamlidVan(tx: Prisma.TransactionClient, trajectId: string, userId: string) {
  const traject = await tx.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { topteamId: true, fase: true, aanmeldingStap: true } });
  const werkt = (WERKFASEN as readonly string[]).includes(traject.fase) && (traject.fase !== "AANMELDING" || traject.aanmeldingStap === "GOEDGEKEURD");
  if (!traject.topteamId || !werkt) throw new OvergangGeweigerd("VERKEERDE_FASE", "Teamleden toewijzen kan vanaf de goedkeuring tot de follow-up.");
  const lid = await tx.user.findFirst({
    where: { id: userId, topteamId: traject.topteamId, active: true, role: { in: ["TOPDOCENT", "HULPVERLENER"] } },
    select: { id: true, naam: true },
  });
  if (!lid) throw new OvergangGeweigerd("VOORWAARDE", "Kies een Topdocent of hulpverlener van het Topteam van dit traject.", "userId");
  return lid;
}

/** A change to who works in the traject: the gedragswetenschapper's, for a member of its team. */
async function teamWrite(
  ctx: QueryContext,
  input: z.infer<typeof ZTeamlid>,
  work: (tx: Prisma.TransactionClient, trajectId: string, lid: { id: string; naam: string }) => Promise<{ gebeurtenis: Gebeurtenis; notitie: string }>,
  today: Date,
): Promise<void> {
  await schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "traject:staff",
    audit: { action: "TEAM_MEMBER_CHANGE", onderdeel: "team" },
    async work(tx, traject) {
      const done = await work(tx, traject.id, await teamlidVan(tx, traject.id, input.userId));
      return { ...done, datum: today, result: undefined };
    },
  });
}

export async function assignMember(ctx: QueryContext, input: z.infer<typeof ZTeamlid>, today = amsterdamDay()): Promise<void> {
  await teamWrite(ctx, input, async (tx, trajectId, lid) => {
    const bestaand = await tx.trajectAssignment.findUnique({ where: { trajectId_userId: { trajectId, userId: lid.id } } });
    if (bestaand) throw new OvergangGeweigerd("VOORWAARDE", `${lid.naam} is al toegewezen.`, "userId");
    await tx.trajectAssignment.create({ data: { trajectId, userId: lid.id } });
    return { gebeurtenis: "TEAMLID_TOEGEWEZEN", notitie: `${lid.naam} werkt in dit traject.` };
  }, today);
}

export async function unassignMember(ctx: QueryContext, input: z.infer<typeof ZTeamlid>, today = amsterdamDay()): Promise<void> {
  await teamWrite(ctx, input, async (tx, trajectId, lid) => {
    const removed = await tx.trajectAssignment.deleteMany({ where: { trajectId, userId: lid.id } });
    if (removed.count === 0) throw new OvergangGeweigerd("VOORWAARDE", `${lid.naam} is niet toegewezen.`, "userId");
    // Goals they owned wait for a new owner rather than pointing at someone without access.
    await tx.doel.updateMany({ where: { trajectId, eigenaarId: lid.id }, data: { eigenaarId: null } });
    return { gebeurtenis: "TEAMLID_AFGEMELD", notitie: `${lid.naam} werkt niet meer in dit traject.` };
  }, today);
}
