// The Topteam's record of onderzoek and after (handbook, Onderzoeksfase): the student's network,
// the activities (observations, conversations, questionnaires, diagnostics) and free notes. Each
// is Topteam-only or shared with the school; a team-only one leaves no content in the history,
// which the school reads too.
import { z } from "zod";
import { amsterdamDay, daysBetween, formatDay } from "../calendar";
import { schrijfWerk } from "./dossier-write";
import type { QueryContext } from "./queries";
import { zDag } from "./transition-input";
import { OvergangGeweigerd } from "./workflow";

const basis = { trajectId: z.string().trim().min(1).max(64), version: z.coerce.number().int().min(0) };
const zichtbaarheid = z.enum(["TOPTEAM", "GEDEELD"], { error: "Kies wie dit mag lezen." });
const tekst = (max: number, leeg?: string) =>
  leeg ? z.string({ error: leeg }).trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`) : z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).default("");

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

const WERKFASEN = { fasen: ["ONDERZOEK", "INTENSIEF", "BORGING"], buitenFase: "Dit hoort bij onderzoek, intensief of borging." };
const NOTITIEFASEN = { fasen: ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"], buitenFase: "Notities horen bij een lopend traject." };

/** A date of the work: not in the future, not before onderzoek began. */
async function checkDatum(datum: Date, today: Date, onderzoekStart: Date | null): Promise<void> {
  if (daysBetween(datum, today) < 0) throw new OvergangGeweigerd("VOORWAARDE", "De datum mag niet in de toekomst liggen.", "datum");
  if (onderzoekStart && daysBetween(onderzoekStart, datum) < 0) {
    throw new OvergangGeweigerd("VOORWAARDE", `De datum mag niet vóór de start van het onderzoek liggen (${formatDay(onderzoekStart)}).`, "datum");
  }
}

export async function addContact(ctx: QueryContext, input: z.infer<typeof ZNetwerkContact>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, { ...WERKFASEN, onderdeel: "netwerk" }, async (tx, traject) => {
    const { soort, naam, organisatie, zichtbaarheid } = input;
    await tx.netwerkContact.create({ data: { trajectId: traject.id, soort, naam, organisatie, zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "NETWERK_BIJGEWERKT", datum: today, notitie: "", result: undefined };
  });
}

export async function recordActivity(ctx: QueryContext, input: z.infer<typeof ZActiviteit>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, { ...WERKFASEN, onderdeel: "activiteiten" }, async (tx, traject) => {
    const { onderzoekStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { onderzoekStart: true } });
    await checkDatum(input.datum, today, onderzoekStart);
    if (input.soort === "OBSERVATIE" && !input.situatie) throw new OvergangGeweigerd("VOORWAARDE", "Kies in welke situatie is geobserveerd.", "situatie");
    if (input.soort === "GESPREK") {
      const contact = input.gesprekMetId ? await tx.netwerkContact.count({ where: { id: input.gesprekMetId, trajectId: traject.id } }) : 0;
      if (!contact) throw new OvergangGeweigerd("VOORWAARDE", "Kies met wie het gesprek was, uit het netwerk van de leerling.", "gesprekMetId");
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

export async function addNote(ctx: QueryContext, input: z.infer<typeof ZNotitie>, today = amsterdamDay()): Promise<void> {
  await schrijfWerk(ctx, input, { ...NOTITIEFASEN, onderdeel: "notities" }, async (tx, traject) => {
    const { onderzoekStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { onderzoekStart: true } });
    await checkDatum(input.datum, today, onderzoekStart);
    await tx.notitie.create({ data: { trajectId: traject.id, datum: input.datum, tekst: input.tekst, zichtbaarheid: input.zichtbaarheid, createdById: ctx.actor.id } });
    return { gebeurtenis: "NOTITIE_VASTGELEGD", datum: input.datum, notitie: "", result: undefined };
  });
}
