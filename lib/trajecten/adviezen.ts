// Handelingsadviezen (handbook, Borgingsfase): what works for the student, for whom, whether it
// was tried out in intensief and worked, and whether it goes into the OPP. In borging the
// Topteam hands them over, and the checklist records to whom and when.
import { z } from "zod";
import { amsterdamDay, daysBetween, formatDay } from "../calendar";
import { schrijfWerk } from "./dossier-write";
import type { QueryContext } from "./queries";
import { zDag } from "./transition-input";
import { OvergangGeweigerd } from "./workflow";

const basis = { trajectId: z.string().trim().min(1).max(64), version: z.coerce.number().int().min(0) };
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

const ADVIES = { fasen: ["INTENSIEF", "BORGING"], buitenFase: "Handelingsadviezen horen bij intensief en borging.", onderdeel: "handelingsadviezen" };
const BORGING = { fasen: ["BORGING"], buitenFase: "De overdracht hoort bij de borging.", onderdeel: "overdracht" };

export async function addAdvice(ctx: QueryContext, input: z.infer<typeof ZAdvies>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, ADVIES, async (tx, traject) => {
    const { voor, tekst, getest, werkt, inOpp } = input;
    await tx.handelingsadvies.create({ data: { trajectId: traject.id, voor, tekst, getest, werkt, inOpp, createdById: ctx.actor.id } });
    return { gebeurtenis: "ADVIES_TOEGEVOEGD", datum: today, notitie: tekst, result: undefined };
  });
}

export async function updateAdvice(ctx: QueryContext, input: z.infer<typeof ZAdviesWijziging>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, ADVIES, async (tx, traject) => {
    const { getest, werkt, inOpp } = input;
    const updated = await tx.handelingsadvies.updateMany({ where: { id: input.adviesId, trajectId: traject.id }, data: { getest, werkt, inOpp } });
    if (updated.count !== 1) throw new OvergangGeweigerd("VOORWAARDE", "Dit advies hoort niet bij dit traject.", "adviesId");
    return { gebeurtenis: "ADVIES_GEWIJZIGD", datum: today, notitie: "", result: undefined };
  });
}

export async function recordHandover(ctx: QueryContext, input: z.infer<typeof ZOverdracht>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, BORGING, async (tx, traject) => {
    const { borgingStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { borgingStart: true } });
    if (daysBetween(input.datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
    if (borgingStart && daysBetween(borgingStart, input.datum) < 0) {
      throw new OvergangGeweigerd("VOORWAARDE", `De datum mag niet vóór de start van de borging liggen (${formatDay(borgingStart)}).`, "datum");
    }
    if (await tx.overdracht.count({ where: { trajectId: traject.id, aan: input.aan } })) {
      throw new OvergangGeweigerd("VOORWAARDE", "Deze overdracht is al vastgelegd.", "aan");
    }
    await tx.overdracht.create({ data: { trajectId: traject.id, aan: input.aan, datum: input.datum, notitie: input.notitie, createdById: ctx.actor.id } });
    return { gebeurtenis: "OVERDRACHT_VASTGELEGD", datum: input.datum, notitie: input.notitie, result: undefined };
  });
}
