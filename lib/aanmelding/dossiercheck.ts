// The onderwijsadviseur's dossiercheck: asking the school for more information, and the
// school's answer. While a question is open the request waits for the school, and approval
// waits for the answer; the days in between are the pause in the waiting time.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, ZTrajectBasis } from "../forms/schema";
import { amsterdamDay } from "../calendar";
import { schrijfInDossier } from "../trajecten/dossier-write";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";
import { meldAntwoord, meldInformatieVraag } from "../mail/notifications";

const basis = ZTrajectBasis.shape;

export const ZVraag = z.object({
  ...basis,
  vraag: z.string({ error: "Schrijf de vraag aan de school." }).trim().min(1, "Schrijf de vraag aan de school.").max(2000, "Gebruik hoogstens 2000 tekens."),
  datum: zDag,
});

export const ZAntwoord = z.object({
  ...basis,
  vraagId: z.string().trim().min(1).max(64),
  antwoord: z.string({ error: "Schrijf het antwoord." }).trim().min(1, "Schrijf het antwoord.").max(4000, "Gebruik hoogstens 4000 tekens."),
  datum: zDag,
});

export async function askInformation(ctx: RequestContext, input: z.infer<typeof ZVraag>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "vraag", async (tx, traject) => {
    if (await tx.infoVraag.count({ where: { trajectId: traject.id, antwoord: null } })) {
      throw new AppError("VOORWAARDE", "Er staat al een vraag open bij de school.", "vraag");
    }
    const aanvraag = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { aanvraagOp: true } });
    assertDatum(input.datum, today, { datum: aanvraag.aanvraagOp, wat: "de aanvraag" });
    await tx.infoVraag.create({ data: { trajectId: traject.id, vraag: input.vraag, gesteldOp: input.datum, gesteldDoorId: ctx.actor.id } });
    await meldInformatieVraag(tx, traject.id, traject.schoolId);
    return { gebeurtenis: "INFORMATIE_GEVRAAGD", datum: input.datum, notitie: input.vraag, result: undefined };
  });
}

export async function answerInformation(ctx: RequestContext, input: z.infer<typeof ZAntwoord>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "antwoord", async (tx, traject) => {
    const vraag = await tx.infoVraag.findFirst({ where: { id: input.vraagId, trajectId: traject.id, antwoord: null } });
    if (!vraag) throw new AppError("VOORWAARDE", "Deze vraag bestaat niet of is al beantwoord.", "antwoord");
    assertDatum(input.datum, today, { datum: vraag.gesteldOp, wat: "de vraag" });
    await tx.infoVraag.update({ where: { id: vraag.id }, data: { antwoord: input.antwoord, beantwoordOp: input.datum, beantwoordDoorId: ctx.actor.id } });
    await meldAntwoord(tx, traject.id, vraag.gesteldDoorId);
    return { gebeurtenis: "INFORMATIE_GEGEVEN", datum: input.datum, notitie: input.antwoord, result: undefined };
  });
}
