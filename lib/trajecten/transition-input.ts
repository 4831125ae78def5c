// What a transition form may send, checked with zod before anything else happens. Unknown
// fields are dropped; every message is Dutch and names the field it belongs to.
import { z } from "zod";
import { day } from "../calendar";
import type { DoelgroepGebied, NietPassend } from "../generated/prisma/enums";
import { INTENSIEF_MAX_WEEKS, INTENSIEF_PLANNED_WEEKS } from "./terms";
import { STOP_REDENEN_KEUZE, type Actie, type OvergangInvoer } from "./workflow";

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

const id = z.string({ error: "Ontbreekt." }).trim().min(1, "Ontbreekt.").max(64, "Ongeldig kenmerk.");

/** A calendar day as a date input sends it (YYYY-MM-DD), at UTC midnight. */
export const zDag = z
  .string({ error: "Vul een datum in." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als dd-mm-jjjj.")
  .transform((value, ctx) => {
    const parsed = day(value);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "Deze datum bestaat niet." });
      return z.NEVER;
    }
    return parsed;
  });

const basis = {
  trajectId: id,
  version: z.coerce.number({ error: "Ontbreekt." }).int().min(0),
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
    z.object({ actie: z.literal("CORRECTIE"), ...basis, overgangId: id }),
  ],
  { error: "Onbekende stap." },
);

export type OvergangVerzoek = OvergangInvoer & { trajectId: string; version: number };

export type VeldFouten = Record<string, string>;

/** The first message per field, keyed by its path as the form names it ("doelen.0.omschrijving"). */
export function veldFouten(error: z.ZodError): VeldFouten {
  const fouten: VeldFouten = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "formulier";
    fouten[key] ??= issue.message;
  }
  return fouten;
}

/**
 * A form's fields as the object ZOvergang reads: "doelen.0.omschrijving" becomes
 * doelen[0].omschrijving, and rows left wholly empty are dropped, since forms show spare rows.
 */
export function formulierNaarObject(form: FormData, actie: Actie): Record<string, unknown> {
  const object: Record<string, unknown> = { actie };
  const rows: Record<string, Record<number, Record<string, string>>> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    const match = /^(doelen|adviezen)\.(\d{1,2})\.(\w+)$/.exec(key);
    const vinkje = /^(gebieden|nietPassend)\.(\w+)$/.exec(key);
    if (vinkje) {
      // A group of checkboxes, one name per option, so that a form shown again keeps each tick.
      const [, list, option] = vinkje as unknown as [string, string, string];
      if (value === "on") ((object[list] ??= []) as string[]).push(option);
    } else if (match) {
      const [, list, index, field] = match as unknown as [string, string, string, string];
      ((rows[list] ??= {})[Number(index)] ??= {})[field] = value;
    } else if (key !== "actie") {
      object[key] = value;
    }
  }
  for (const [list, byIndex] of Object.entries(rows)) {
    const textField = list === "doelen" ? "omschrijving" : "tekst";
    object[list] = Object.keys(byIndex)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => byIndex[index]!)
      .filter((row) => (row[textField] ?? "").trim() !== "");
  }
  return object;
}

export function parseOvergang(input: unknown): { ok: true; verzoek: OvergangVerzoek } | { ok: false; fouten: VeldFouten } {
  const parsed = ZOvergang.safeParse(input);
  return parsed.success ? { ok: true, verzoek: parsed.data as OvergangVerzoek } : { ok: false, fouten: veldFouten(parsed.error) };
}
