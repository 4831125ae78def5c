// Cooperation between school and Topteam (handbook, Samenwerking): the agreements made at the
// start, what each party at school is expected to do, and the escalatieladder when that falls
// short, each step with its level, issue, who was involved and how it was resolved.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, zTekst, ZTrajectBasis } from "../forms/schema";
import { amsterdamDay } from "../calendar";
import { schrijfInDossier } from "./dossier-write";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";

const basis = ZTrajectBasis.shape;
const verplicht = (max: number, leeg: string) => zTekst(max, leeg);

export const ZAfspraak = z.object({
  ...basis,
  partij: z.enum(["DOCENTENTEAM", "MENTOR", "ZORGCOORDINATOR", "MANAGEMENT"], { error: "Kies voor wie de afspraak is." }),
  afspraak: verplicht(1000, "Beschrijf de afspraak."),
});

export const ZEscalatie = z.object({
  ...basis,
  datum: zDag,
  niveau: z.coerce.number({ error: "Kies de trede." }).int().min(1, "Kies de trede.").max(4, "Kies de trede."),
  kwestie: verplicht(1000, "Beschrijf waar de samenwerking vastloopt."),
  wie: verplicht(300, "Noem wie erbij betrokken zijn."),
  zichtbaarheid: z.enum(["TOPTEAM", "GEDEELD"], { error: "Kies wie dit mag lezen." }),
});

export const ZOplossing = z.object({ ...basis, escalatieId: z.string().trim().min(1).max(64), datum: zDag, oplossing: verplicht(1000, "Beschrijf de oplossing.") });

export async function addAgreement(ctx: RequestContext, input: z.infer<typeof ZAfspraak>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "afspraak", async (tx, traject) => {
    await tx.afspraak.create({ data: { trajectId: traject.id, partij: input.partij, afspraak: input.afspraak, createdById: ctx.actor.id } });
    return { gebeurtenis: "AFSPRAAK_VASTGELEGD", datum: today, notitie: input.afspraak, result: undefined };
  });
}

export async function recordEscalation(ctx: RequestContext, input: z.infer<typeof ZEscalatie>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "escalatie", async (tx, traject) => {
    assertDatum(input.datum, today);
    const { datum, niveau, kwestie, wie, zichtbaarheid } = input;
    await tx.escalatie.create({ data: { trajectId: traject.id, datum, niveau, kwestie, wie, zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "ESCALATIE_VASTGELEGD", datum, notitie: zichtbaarheid === "GEDEELD" ? `Trede ${niveau}: ${kwestie}` : "", result: undefined };
  });
}

export async function resolveEscalation(ctx: RequestContext, input: z.infer<typeof ZOplossing>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "escalatie", async (tx, traject) => {
    const escalatie = await tx.escalatie.findFirst({ where: { id: input.escalatieId, trajectId: traject.id, opgelostOp: null } });
    if (!escalatie) throw new AppError("VOORWAARDE", "Deze escalatie bestaat niet of is al opgelost.", "escalatieId");
    assertDatum(input.datum, today, { datum: escalatie.datum, wat: "de escalatie" });
    await tx.escalatie.update({ where: { id: escalatie.id }, data: { oplossing: input.oplossing, opgelostOp: input.datum } });
    return { gebeurtenis: "ESCALATIE_OPGELOST", datum: input.datum, notitie: escalatie.zichtbaarheid === "GEDEELD" ? input.oplossing : "", result: undefined };
  });
}
