// A school's first question (handbook, Stap 1: preventief advies). It opens a traject at step
// ADVIES, anonymous: no student data is needed until the request.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import { vervalFiguren } from "../figures/figures-cache";
import { naHerberekening, werkTakenBij } from "../tasks/stored";
import { AppError } from "../errors";
import { assertDatum, zDag } from "../forms/schema";
import { OPENING } from "../trajecten/history";
import { NIEUW_TRAJECT } from "../trajecten/phase-fields";

export const ZAdviesVraag = z.object({
  vraag: z
    .string({ error: "Beschrijf de vraag van de school." })
    .trim()
    .min(1, "Beschrijf de vraag van de school.")
    .max(2000, "Gebruik hoogstens 2000 tekens."),
  /** The school's own label, to tell its anonymous requests apart; not the student's name. */
  kenmerk: z
    .string()
    .trim()
    .max(40, "Gebruik hoogstens 40 tekens.")
    .optional()
    .transform((k) => k || null),
  datum: zDag,
});

type AdviesVraag = z.infer<typeof ZAdviesVraag>;

/** Opens a traject for the actor's school with the question as its first history row; returns its id. */
export async function vraagAdvies(ctx: RequestContext, input: Omit<AdviesVraag, "kenmerk"> & Partial<Pick<AdviesVraag, "kenmerk">>, today = amsterdamDay()): Promise<string> {
  await authorize(ctx, "aanmelding:write", { action: "TRAJECT_CREATE", onderdeel: "advies" });
  if (!ctx.actor.schoolId) throw new AppError("NIET_TOEGESTAAN", "Uw account hoort niet bij een school.");
  assertDatum(input.datum, today);
  const schoolId = ctx.actor.schoolId;
  return db().$transaction(async (tx) => {
    await naHerberekening(tx);
    const traject = await tx.traject.create({
      data: {
        ...NIEUW_TRAJECT,
        schoolId,
        aangemeldOp: input.datum,
        kenmerk: input.kenmerk ?? null,
        history: {
          create: { action: OPENING, naarFase: "AANMELDING", naarStap: "ADVIES", datum: input.datum, actorId: ctx.actor.id, notitie: input.vraag },
        },
      },
      select: { id: true },
    });
    // Dated in a closed quarter, it is part of that quarter's figures.
    await vervalFiguren(tx, input.datum);
    await werkTakenBij(tx, [traject.id]);
    await recordAudit(tx, { actor: ctx.actor, action: "TRAJECT_CREATE", onderdeel: "advies", outcome: "ALLOWED", trajectId: traject.id, ip: ctx.ip });
    return traject.id;
  });
}
