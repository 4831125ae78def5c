// A school's first question (handbook, Stap 1: preventief advies). It opens a traject at step
// ADVIES, anonymous: no student data is needed until the request.
import { z } from "zod";
import { recordAudit } from "../audit";
import { authorize } from "../authorize";
import { amsterdamDay, daysBetween } from "../calendar";
import { db } from "../db";
import type { QueryContext } from "../trajecten/queries";
import { zDag } from "../trajecten/transition-input";
import { NIEUW_TRAJECT, OvergangGeweigerd } from "../trajecten/workflow";

export const ZAdviesVraag = z.object({
  vraag: z
    .string({ error: "Beschrijf de vraag van de school." })
    .trim()
    .min(1, "Beschrijf de vraag van de school.")
    .max(2000, "Gebruik hoogstens 2000 tekens."),
  datum: zDag,
});

/** Opens a traject for the actor's school with the question as its first history row; returns its id. */
export async function vraagAdvies(ctx: QueryContext, input: z.infer<typeof ZAdviesVraag>, today = amsterdamDay()): Promise<string> {
  await authorize(ctx, "aanmelding:write", { action: "TRAJECT_CREATE", onderdeel: "advies" });
  if (!ctx.actor.schoolId) throw new OvergangGeweigerd("NIET_TOEGESTAAN", "Uw account hoort niet bij een school.");
  if (daysBetween(input.datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
  const schoolId = ctx.actor.schoolId;
  return db().$transaction(async (tx) => {
    const traject = await tx.traject.create({
      data: {
        ...NIEUW_TRAJECT,
        schoolId,
        aangemeldOp: input.datum,
        history: {
          create: { action: "ADVIES_GEVRAAGD", naarFase: "AANMELDING", naarStap: "ADVIES", datum: input.datum, actorId: ctx.actor.id, notitie: input.vraag },
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actor: ctx.actor, action: "TRAJECT_CREATE", onderdeel: "advies", outcome: "ALLOWED", trajectId: traject.id, ip: ctx.ip });
    return traject.id;
  });
}
