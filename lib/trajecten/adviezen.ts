// Handelingsadviezen (handbook, Borgingsfase): what works for the student, for whom, whether it
// was tried out in intensief and worked, and whether it goes into the OPP. In borging the
// Topteam hands them over, and the checklist records to whom and when.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, ZTrajectBasis } from "../forms/schema";
import { amsterdamDay } from "../calendar";
import { schrijfInDossier } from "./dossier-write";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";

const basis = ZTrajectBasis.shape;
const vinkje = z.literal("on").optional().transform((v) => v === "on");
const vlaggen = {
  getest: vinkje,
  werkt: z.enum(["JA", "NEE", "ONBEKEND"], { error: "Kies of het werkt." }),
  inOpp: vinkje,
};

export const ZAdvies = z.object({
  ...basis,
  voor: z.enum(["SCHOOL", "DOCENTEN", "OUDERS", "LEERLING"], { error: "Kies voor wie het advies is." }),
  tekst: z.string({ error: "Beschrijf het advies." }).trim().min(1, "Beschrijf het advies.").max(1000, "Gebruik hoogstens 1000 tekens."),
  ...vlaggen,
});

export const ZAdviesWijziging = z.object({ ...basis, adviesId: z.string().trim().min(1).max(64), ...vlaggen });

export const ZOverdracht = z.object({
  ...basis,
  aan: z.enum(["MENTOR", "BPO", "NETWERKPARTNERS"], { error: "Kies aan wie is overgedragen." }),
  datum: zDag,
  notitie: z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.").default(""),
});

export async function addAdvice(ctx: RequestContext, input: z.infer<typeof ZAdvies>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "advies", async (tx, traject) => {
    const { voor, tekst, getest, werkt, inOpp } = input;
    await tx.handelingsadvies.create({ data: { trajectId: traject.id, voor, tekst, getest, werkt, inOpp, createdById: ctx.actor.id } });
    return { gebeurtenis: "ADVIES_TOEGEVOEGD", datum: today, notitie: tekst, result: undefined };
  });
}

export async function updateAdvice(ctx: RequestContext, input: z.infer<typeof ZAdviesWijziging>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "advies", async (tx, traject) => {
    const { getest, werkt, inOpp } = input;
    const updated = await tx.handelingsadvies.updateMany({ where: { id: input.adviesId, trajectId: traject.id }, data: { getest, werkt, inOpp } });
    if (updated.count !== 1) throw new AppError("VOORWAARDE", "Dit advies hoort niet bij dit traject.", "adviesId");
    return { gebeurtenis: "ADVIES_GEWIJZIGD", datum: today, notitie: "", result: undefined };
  });
}

export async function recordHandover(ctx: RequestContext, input: z.infer<typeof ZOverdracht>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "overdracht", async (tx, traject) => {
    const { borgingStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { borgingStart: true } });
    assertDatum(input.datum, today, { datum: borgingStart, wat: "de start van de borging" });
    if (await tx.overdracht.count({ where: { trajectId: traject.id, aan: input.aan } })) {
      throw new AppError("VOORWAARDE", "Deze overdracht is al vastgelegd.", "aan");
    }
    await tx.overdracht.create({ data: { trajectId: traject.id, aan: input.aan, datum: input.datum, notitie: input.notitie, createdById: ctx.actor.id } });
    return { gebeurtenis: "OVERDRACHT_VASTGELEGD", datum: input.datum, notitie: input.notitie, result: undefined };
  });
}
