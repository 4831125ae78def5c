// The Topteam's record of onderzoek and after (handbook, Onderzoeksfase): the student's network,
// the activities (observations, conversations, questionnaires, diagnostics) and free notes. Each
// is Topteam-only or shared with the school; a team-only one leaves no content in the history,
// which the school reads too.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, zTekst, ZTrajectBasis } from "../forms/schema";
import { amsterdamDay } from "../calendar";
import { schrijfInDossier } from "./dossier-write";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";

const basis = ZTrajectBasis.shape;
const zichtbaarheid = z.enum(["TOPTEAM", "GEDEELD"], { error: "Kies wie dit mag lezen." });
const tekst = zTekst;

export const ZNetwerkContact = z.object({
  ...basis,
  soort: z.enum(["GEZIN", "VRIENDEN", "MENTOR", "DOCENT", "ZORGCOORDINATOR", "BPO", "OUDER_KINDADVISEUR", "JEUGDHULP", "JEUGDARTS", "LEERPLICHT", "ANDERS"], {
    error: "Kies wie het is.",
  }),
  naam: tekst(200, "Vul de naam in."),
  organisatie: tekst(200),
  zichtbaarheid,
});

export const ZActiviteit = z.object({
  ...basis,
  soort: z.enum(["OBSERVATIE", "GESPREK", "VRAGENLIJST", "DIAGNOSTIEK"], { error: "Kies het soort activiteit." }),
  datum: zDag,
  deelnemers: tekst(500, "Noem wie er meededen."),
  situatie: z.enum(["LES_GAAT_GOED", "LES_LASTIG", "VRIJE_SITUATIE", "GESTRUCTUREERDE_SITUATIE", ""]).default("").transform((v) => v || null),
  gesprekMetId: z.string().trim().max(64).default("").transform((v) => v || null),
  notitie: tekst(4000),
  zichtbaarheid,
});

export const ZNotitie = z.object({ ...basis, datum: zDag, tekst: tekst(4000, "Schrijf de notitie."), zichtbaarheid });

/** A date of the work: not in the future, not before onderzoek began. */
const sindsOnderzoek = (onderzoekStart: Date | null) => ({ datum: onderzoekStart, wat: "de start van het onderzoek" });

export async function addContact(ctx: RequestContext, input: z.infer<typeof ZNetwerkContact>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "netwerk", async (tx, traject) => {
    const { soort, naam, organisatie, zichtbaarheid } = input;
    await tx.netwerkContact.create({ data: { trajectId: traject.id, soort, naam, organisatie, zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "NETWERK_BIJGEWERKT", datum: today, notitie: "", result: undefined };
  });
}

export async function recordActivity(ctx: RequestContext, input: z.infer<typeof ZActiviteit>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "activiteit", async (tx, traject) => {
    const { onderzoekStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { onderzoekStart: true } });
    assertDatum(input.datum, today, sindsOnderzoek(onderzoekStart));
    if (input.soort === "OBSERVATIE" && !input.situatie) throw new AppError("VOORWAARDE", "Kies in welke situatie is geobserveerd.", "situatie");
    if (input.soort === "GESPREK") {
      const contact = input.gesprekMetId ? await tx.netwerkContact.count({ where: { id: input.gesprekMetId, trajectId: traject.id } }) : 0;
      if (!contact) throw new AppError("VOORWAARDE", "Kies met wie het gesprek was, uit het netwerk van de leerling.", "gesprekMetId");
    }
    await tx.activiteit.create({
      data: {
        trajectId: traject.id,
        soort: input.soort,
        datum: input.datum,
        deelnemers: input.deelnemers,
        situatie: input.soort === "OBSERVATIE" ? input.situatie : null,
        gesprekMetId: input.soort === "GESPREK" ? input.gesprekMetId : null,
        notitie: input.notitie,
        zichtbaarheid: input.zichtbaarheid,
        createdById: ctx.actor.id,
      },
    });
    return { gebeurtenis: "ACTIVITEIT_VASTGELEGD", datum: input.datum, notitie: "", result: undefined };
  });
}

export async function addNote(ctx: RequestContext, input: z.infer<typeof ZNotitie>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "notitie", async (tx, traject) => {
    const { onderzoekStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { onderzoekStart: true } });
    assertDatum(input.datum, today, sindsOnderzoek(onderzoekStart));
    await tx.notitie.create({ data: { trajectId: traject.id, datum: input.datum, tekst: input.tekst, zichtbaarheid: input.zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "NOTITIE_VASTGELEGD", datum: input.datum, notitie: "", result: undefined };
  });
}
