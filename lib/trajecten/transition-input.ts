// What a transition form may send, checked with zod before anything else happens. Unknown
// fields are dropped; every message is Dutch and names the field it belongs to. The input types
// of the domain (OvergangInvoer) are this schema's output: one definition, no casts.
import { z } from "zod";
import { zDag, zId, ZTrajectBasis } from "../forms/schema";
import type { DoelgroepGebied, NietPassend } from "../generated/prisma/enums";
import type { Actie } from "./history";
import { STOP_REDENEN_KEUZE } from "./rules";
import { INTENSIEF_MAX_WEEKS, INTENSIEF_PLANNED_WEEKS } from "./terms";

export const DOELGROEP_GEBIEDEN = [
  "EXECUTIEVE_FUNCTIES",
  "MOTIVATIE",
  "VERZUIM",
  "EXTERNALISEREND_GEDRAG",
  "INTERNALISEREND_GEDRAG",
  "COMPLEXE_THUISSITUATIE",
  "COMPLEXE_VRIJE_TIJD",
] as const satisfies readonly DoelgroepGebied[];

export const NIET_PASSEND = ["ENKELVOUDIGE_VRAAG", "REGULIER_NIET_HAALBAAR", "ZEER_INTENSIEVE_HULP", "NIET_GEMOTIVEERD"] as const satisfies readonly NietPassend[];

export const LISA_FORMAT = /^LISA-\d{4}-\d{5}$/;

const basis = {
  ...ZTrajectBasis.shape,
  datum: zDag,
  notitie: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").default(""),
};

const doel = z.object({
  omschrijving: z.string().trim().min(1, "Beschrijf het doel.").max(500, "Gebruik hoogstens 500 tekens."),
  gebied: z.enum(["DIDACTIEK", "GEDRAG_SOCIAAL_EMOTIONEEL", "THUIS"], { error: "Kies een gebied." }),
});

const advies = z.object({
  voor: z.enum(["SCHOOL", "DOCENTEN", "OUDERS", "LEERLING"], { error: "Kies voor wie het advies is." }),
  tekst: z.string().trim().min(1, "Beschrijf het advies.").max(1000, "Gebruik hoogstens 1000 tekens."),
});

const tekst = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).default("");

const opzet = {
  deelnemers: z
    .string({ error: "Noem wie er deelnemen." })
    .trim()
    .min(1, "Noem wie er deelnemen.")
    .max(500, "Gebruik hoogstens 500 tekens."),
  anoniem: z.enum(["ANONIEM", "OP_NAAM"], { error: "Kies of de leerling anoniem of op naam besproken wordt." }).transform((v) => v === "ANONIEM"),
};

const antwoord = (message: string) => z.string({ error: message }).trim().min(1, message).max(2000, "Gebruik hoogstens 2000 tekens.");

const jaNee = z.enum(["JA", "NEE", "ONBEKEND"], { error: "Kies ja, nee of onbekend." });

export const ZOvergang = z.discriminatedUnion(
  "actie",
  [
    z.object({
      actie: z.literal("ADVIES_GEGEVEN"),
      ...basis,
      uitkomst: z.enum(["VOLDOENDE", "VOOROVERLEG", "ANDERE_ONDERSTEUNING"], { error: "Kies wat het advies oplevert." }),
    }),
    z.object({ actie: z.literal("VOOROVERLEG_GEPLAND"), ...basis, ...opzet, geplandOp: zDag }),
    z.object({
      actie: z.literal("VOOROVERLEG_GEHOUDEN"),
      ...basis,
      ...opzet,
      hoeGaatHet: antwoord("Beschrijf hoe het met de leerling gaat."),
      ingezetteHulp: antwoord("Beschrijf welke hulp al is ingezet."),
      betrokkenInstanties: antwoord("Noem de betrokken hulpverlening, of schrijf 'geen'."),
      motivatie: antwoord("Beschrijf de motivatie van de betrokkenen."),
      afspraken: antwoord("Noteer de afspraken, of schrijf 'geen'."),
      gebieden: z.array(z.enum(DOELGROEP_GEBIEDEN)).max(DOELGROEP_GEBIEDEN.length).default([]),
      nietPassend: z.array(z.enum(NIET_PASSEND)).max(NIET_PASSEND.length).default([]),
      ondanksNietPassend: z.literal("on").optional().transform((v) => v === "on"),
      besluit: z.enum(["TOPTRAJECT", "ANDERE_ONDERSTEUNING"], { error: "Kies het besluit van het vooroverleg." }),
      andereOndersteuning: tekst(500),
    }),
    z.object({ actie: z.literal(["AANVRAAG_GESTART", "AANVRAAG_GOEDGEKEURD", "AANVRAAG_AFGEWEZEN"]), ...basis }),
    z.object({ actie: z.literal(["ONDERZOEK_GESTART", "ONDERZOEK_AFGESLOTEN", "FOLLOW_UP_GESTART", "AFGEROND"]), ...basis }),
    z.object({
      actie: z.literal("AANVRAAG_INGEDIEND"),
      ...basis,
      lisaReferentie: z
        .string({ error: "Vul de LISA-referentie in." })
        .trim()
        .toUpperCase()
        .regex(LISA_FORMAT, "Een LISA-referentie ziet eruit als LISA-2026-01234."),
    }),
    z.object({ actie: z.literal("INTENSIEF_GESTART"), ...basis, doelen: z.array(doel).max(10, "Hoogstens 10 doelen tegelijk.").default([]) }),
    z.object({
      actie: z.literal("INTENSIEF_VERLENGD"),
      ...basis,
      weken: z.coerce
        .number({ error: "Kies het aantal weken." })
        .int("Kies een heel aantal weken.")
        .min(INTENSIEF_PLANNED_WEEKS + 1, `Een verlenging gaat verder dan ${INTENSIEF_PLANNED_WEEKS} weken.`)
        .max(INTENSIEF_MAX_WEEKS, `Intensief duurt hoogstens ${INTENSIEF_MAX_WEEKS} weken.`),
    }),
    z.object({ actie: z.literal("BORGING_GESTART"), ...basis, adviezen: z.array(advies).max(10, "Hoogstens 10 adviezen tegelijk.").default([]) }),
    z.object({
      actie: z.literal("FOLLOW_UP_VASTGELEGD"),
      ...basis,
      moment: z.enum(["DRIE_MAANDEN", "TWAALF_MAANDEN"], { error: "Kies welke follow-up." }),
      opUitstroomniveau: jaNee,
      diplomaVerwacht: jaNee,
    }),
    z.object({ actie: z.literal("GESTOPT"), ...basis, stopReden: z.enum(STOP_REDENEN_KEUZE, { error: "Kies een reden." }) }),
    z.object({ actie: z.literal("CORRECTIE"), ...basis, overgangId: zId }),
  ],
  { error: "Onbekende stap." },
);

/** A transition request as the schema gives it: the traject, its version and the input. */
export type OvergangVerzoek = z.infer<typeof ZOvergang>;

type ZonderTraject<T> = T extends unknown ? Omit<T, "trajectId" | "version"> : never;

/** The input of one transition, whatever traject it is for. */
export type OvergangInvoer = ZonderTraject<OvergangVerzoek>;

/** How a transition form's names become the schema's shape (lib/forms/form-data.ts). */
export const OVERGANG_VORM = {
  rijen: { doelen: { leeg: "omschrijving" }, adviezen: { leeg: "tekst" } },
  vinkjes: ["gebieden", "nietPassend"],
} as const;

/** The input a form must send for `actie`, for the transport: the action comes from the endpoint, not the form. */
export function metActie(actie: Actie) {
  return (object: Record<string, unknown>) => ({ ...object, actie });
}

type VooroverlegVerslag = Extract<OvergangInvoer, { actie: "VOOROVERLEG_GEHOUDEN" }>;

/** What a recorded vooroverleg stores, from its transition's input. */
export function verslagVan(invoer: VooroverlegVerslag) {
  return {
    gehoudenOp: invoer.datum,
    deelnemers: invoer.deelnemers,
    anoniem: invoer.anoniem,
    hoeGaatHet: invoer.hoeGaatHet,
    ingezetteHulp: invoer.ingezetteHulp,
    betrokkenInstanties: invoer.betrokkenInstanties,
    motivatie: invoer.motivatie,
    afspraken: invoer.afspraken,
    gebieden: invoer.gebieden,
    nietPassend: invoer.nietPassend,
    besluit: invoer.besluit,
    andereOndersteuning: invoer.besluit === "ANDERE_ONDERSTEUNING" ? invoer.andereOndersteuning : null,
  };
}
