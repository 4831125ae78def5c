// Cooperation between school and Topteam (handbook, Samenwerking): the agreements made at the
// start, what each party at school is expected to do, and the escalatieladder when that falls
// short, each step with its level, issue, who was involved and how it was resolved.
import { z } from "zod";
import { amsterdamDay, daysBetween, formatDay } from "../calendar";
import { schrijfInDossier, schrijfWerk } from "./dossier-write";
import type { QueryContext } from "./queries";
import { zDag } from "./transition-input";
import { OvergangGeweigerd } from "./workflow";

const basis = { trajectId: z.string().trim().min(1).max(64), version: z.coerce.number().int().min(0) };
const verplicht = (max: number, leeg: string) => z.string({ error: leeg }).trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`);

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

const LOPEND = ["ONDERZOEK", "INTENSIEF", "BORGING"];

export async function addAgreement(ctx: QueryContext, input: z.infer<typeof ZAfspraak>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "samenwerking:write",
    audit: { action: "TRAJECT_WORK", onderdeel: "samenwerking" },
    async work(tx, traject) {
      if (!LOPEND.includes(traject.fase)) throw new OvergangGeweigerd("VERKEERDE_FASE", "Samenwerkingsafspraken horen bij een lopend traject.");
      await tx.afspraak.create({ data: { trajectId: traject.id, partij: input.partij, afspraak: input.afspraak, createdById: ctx.actor.id } });
      return { gebeurtenis: "AFSPRAAK_VASTGELEGD", datum: today, notitie: input.afspraak, result: undefined };
    },
  });
}

const LADDER = { fasen: LOPEND, buitenFase: "De escalatieladder hoort bij een lopend traject." };

export async function recordEscalation(ctx: QueryContext, input: z.infer<typeof ZEscalatie>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, { ...LADDER, onderdeel: "escalatie" }, async (tx, traject) => {
    if (daysBetween(input.datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
    const { datum, niveau, kwestie, wie, zichtbaarheid } = input;
    await tx.escalatie.create({ data: { trajectId: traject.id, datum, niveau, kwestie, wie, zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "ESCALATIE_VASTGELEGD", datum, notitie: zichtbaarheid === "GEDEELD" ? `Trede ${niveau}: ${kwestie}` : "", result: undefined };
  });
}

export async function resolveEscalation(ctx: QueryContext, input: z.infer<typeof ZOplossing>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, { ...LADDER, onderdeel: "escalatie" }, async (tx, traject) => {
    const escalatie = await tx.escalatie.findFirst({ where: { id: input.escalatieId, trajectId: traject.id, opgelostOp: null } });
    if (!escalatie) throw new OvergangGeweigerd("VOORWAARDE", "Deze escalatie bestaat niet of is al opgelost.", "escalatieId");
    if (daysBetween(input.datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
    if (daysBetween(escalatie.datum, input.datum) < 0) throw new OvergangGeweigerd("VOORWAARDE", `De datum mag niet vóór de escalatie liggen (${formatDay(escalatie.datum)}).`, "datum");
    await tx.escalatie.update({ where: { id: escalatie.id }, data: { oplossing: input.oplossing, opgelostOp: input.datum } });
    return { gebeurtenis: "ESCALATIE_OPGELOST", datum: input.datum, notitie: escalatie.zichtbaarheid === "GEDEELD" ? input.oplossing : "", result: undefined };
  });
}
