// The onderwijsadviseur's dossiercheck: asking the school for more information, and the
// school's answer. While a question is open the request waits for the school, and approval
// waits for the answer; the days in between are the pause in the waiting time.
import { z } from "zod";
import { amsterdamDay, daysBetween, formatDay } from "../calendar";
import { schrijfInDossier } from "../trajecten/dossier-write";
import type { QueryContext } from "../trajecten/queries";
import { zDag } from "../trajecten/transition-input";
import { OvergangGeweigerd } from "../trajecten/workflow";

const basis = { trajectId: z.string().trim().min(1).max(64), version: z.coerce.number().int().min(0) };

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

function check(datum: Date, today: Date, na: Date | null, wat: string) {
  if (daysBetween(datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
  if (na && daysBetween(na, datum) < 0) throw new OvergangGeweigerd("VOORWAARDE", `De datum mag niet vóór ${wat} liggen (${formatDay(na)}).`, "datum");
}

export async function askInformation(ctx: QueryContext, input: z.infer<typeof ZVraag>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "dossiercheck:write",
    audit: { action: "INFO_REQUEST", onderdeel: "dossiercheck" },
    async work(tx, traject) {
      if (traject.aanmeldingStap !== "DOSSIERCHECK") throw new OvergangGeweigerd("VERKEERDE_FASE", "Aanvullende informatie vragen kan alleen tijdens de dossiercheck.");
      if (await tx.infoVraag.count({ where: { trajectId: traject.id, antwoord: null } })) {
        throw new OvergangGeweigerd("VOORWAARDE", "Er staat al een vraag open bij de school.", "vraag");
      }
      const aanvraag = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { aanvraagOp: true } });
      check(input.datum, today, aanvraag.aanvraagOp, "de aanvraag");
      await tx.infoVraag.create({ data: { trajectId: traject.id, vraag: input.vraag, gesteldOp: input.datum, gesteldDoorId: ctx.actor.id } });
      return { gebeurtenis: "INFORMATIE_GEVRAAGD", datum: input.datum, notitie: input.vraag, result: undefined };
    },
  });
}

export async function answerInformation(ctx: QueryContext, input: z.infer<typeof ZAntwoord>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "aanmelding:write",
    audit: { action: "INFO_REQUEST", onderdeel: "dossiercheck" },
    async work(tx, traject) {
      const vraag = await tx.infoVraag.findFirst({ where: { id: input.vraagId, trajectId: traject.id, antwoord: null } });
      if (!vraag) throw new OvergangGeweigerd("VOORWAARDE", "Deze vraag bestaat niet of is al beantwoord.", "antwoord");
      check(input.datum, today, vraag.gesteldOp, "de vraag");
      await tx.infoVraag.update({ where: { id: vraag.id }, data: { antwoord: input.antwoord, beantwoordOp: input.datum, beantwoordDoorId: ctx.actor.id } });
      return { gebeurtenis: "INFORMATIE_GEGEVEN", datum: input.datum, notitie: input.antwoord, result: undefined };
    },
  });
}
