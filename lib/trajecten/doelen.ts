// Goals in intensief and their evaluations (handbook, Intensieve fase): each goal has an area,
// an owner from the Topteam and a status; each evaluation scores every active goal and decides
// to keep, adjust or stop it.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, ZTrajectBasis } from "../forms/schema";
import { amsterdamDay } from "../calendar";
import type { Prisma } from "../generated/prisma/client";
import { schrijfInDossier } from "./dossier-write";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";

const basis = ZTrajectBasis.shape;
const eigenaar = z.string().trim().max(64).transform((v) => v || null);

export const ZDoel = z.object({
  ...basis,
  omschrijving: z.string({ error: "Beschrijf het doel." }).trim().min(1, "Beschrijf het doel.").max(500, "Gebruik hoogstens 500 tekens."),
  gebied: z.enum(["DIDACTIEK", "GEDRAG_SOCIAAL_EMOTIONEEL", "THUIS"], { error: "Kies een gebied." }),
  eigenaarId: eigenaar.default(""),
});

export const ZDoelWijziging = z.object({
  ...basis,
  doelId: z.string().trim().min(1).max(64),
  eigenaarId: eigenaar.default(""),
  status: z.enum(["ACTIEF", "BEREIKT", "GESTOPT"], { error: "Kies een status." }),
});

export const VOORTGANG_MAX = 10;

export const ZEvaluatie = z.object({
  ...basis,
  datum: zDag,
  deelnemers: z.string({ error: "Noem wie er meededen." }).trim().min(1, "Noem wie er meededen.").max(500, "Gebruik hoogstens 500 tekens."),
  doelen: z
    .array(
      z.object({
        doelId: z.string().trim().min(1).max(64),
        voortgang: z.coerce
          .number({ error: `Kies de voortgang (1 tot ${VOORTGANG_MAX}).` })
          .int(`Kies de voortgang (1 tot ${VOORTGANG_MAX}).`)
          .min(1, `Kies de voortgang (1 tot ${VOORTGANG_MAX}).`)
          .max(VOORTGANG_MAX, `Kies de voortgang (1 tot ${VOORTGANG_MAX}).`),
        besluit: z.enum(["HANDHAVEN", "BIJSTELLEN", "STOPPEN"], { error: "Kies: handhaven, bijstellen of stoppen." }),
        toelichting: z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.").default(""),
      }),
    )
    .max(20),
});

/** An owner must be a Topdocent or hulpverlener assigned to the traject. */
async function checkEigenaar(tx: Prisma.TransactionClient, trajectId: string, eigenaarId: string | null): Promise<void> {
  if (!eigenaarId) return;
  const toegewezen = await tx.trajectAssignment.count({ where: { trajectId, userId: eigenaarId, user: { role: { in: ["TOPDOCENT", "HULPVERLENER"] }, active: true } } });
  if (!toegewezen) throw new AppError("VOORWAARDE", "Kies een Topdocent of hulpverlener die aan dit traject is toegewezen.", "eigenaarId");
}

export async function addGoal(ctx: RequestContext, input: z.infer<typeof ZDoel>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "doel", async (tx, traject) => {
    await checkEigenaar(tx, traject.id, input.eigenaarId);
    await tx.doel.create({
      data: { trajectId: traject.id, omschrijving: input.omschrijving, gebied: input.gebied, eigenaarId: input.eigenaarId, afgesprokenOp: today, createdById: ctx.actor.id },
    });
    return { gebeurtenis: "DOEL_TOEGEVOEGD", datum: today, notitie: input.omschrijving, result: undefined };
  });
}

export async function updateGoal(ctx: RequestContext, input: z.infer<typeof ZDoelWijziging>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "doel", async (tx, traject) => {
    await checkEigenaar(tx, traject.id, input.eigenaarId);
    const updated = await tx.doel.updateMany({ where: { id: input.doelId, trajectId: traject.id }, data: { eigenaarId: input.eigenaarId, status: input.status } });
    if (updated.count !== 1) throw new AppError("VOORWAARDE", "Dit doel hoort niet bij dit traject.", "doelId");
    return { gebeurtenis: "DOEL_GEWIJZIGD", datum: today, notitie: "", result: undefined };
  });
}

/**
 * Records an evaluation: a score and a decision for every active goal. Stopping a goal sets its
 * status; the goal's history of scores is its progress chart.
 */
export async function recordEvaluation(ctx: RequestContext, input: z.infer<typeof ZEvaluatie>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "evaluatie", async (tx, traject) => {
    const { intensiefStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { intensiefStart: true } });
    assertDatum(input.datum, today, { datum: intensiefStart, wat: "de start van intensief" });
    const actief = await tx.doel.findMany({ where: { trajectId: traject.id, status: "ACTIEF" }, select: { id: true } });
    if (actief.length === 0) throw new AppError("VOORWAARDE", "Er zijn geen actieve doelen om te evalueren.");
    const gegeven = new Set(input.doelen.map((d) => d.doelId));
    if (gegeven.size !== input.doelen.length || actief.some((d) => !gegeven.has(d.id)) || gegeven.size !== actief.length) {
      throw new AppError("VOORWAARDE", "Beoordeel elk actief doel precies één keer.", "doelen");
    }
    await tx.evaluatie.create({
      data: { trajectId: traject.id, datum: input.datum, deelnemers: input.deelnemers, createdById: ctx.actor.id, doelen: { create: input.doelen } },
    });
    const gestopt = input.doelen.filter((d) => d.besluit === "STOPPEN").map((d) => d.doelId);
    if (gestopt.length > 0) await tx.doel.updateMany({ where: { id: { in: gestopt } }, data: { status: "GESTOPT" } });
    return { gebeurtenis: "EVALUATIE_VASTGELEGD", datum: input.datum, notitie: `Deelnemers: ${input.deelnemers}.`, result: undefined };
  });
}
