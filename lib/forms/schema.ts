// The building blocks of every input schema, shared by the form and the server: ids, the
// optimistic version, calendar days, bounded text, and the one date rule. The floor below the
// domain: zod and lib/errors only, so every use case may build on it and it on none of them.
import { z } from "zod";
import { day, daysBetween, formatDay } from "../calendar";
import { AppError } from "../errors";

/** A record's id as a form sends it back. */
export const zId = z.string({ error: "Ontbreekt." }).trim().min(1, "Ontbreekt.").max(64, "Ongeldig kenmerk.");

/** The traject a dossier form writes in, and the version it was loaded with. */
export const ZTrajectBasis = z.object({
  trajectId: zId,
  version: z.coerce.number({ error: "Ontbreekt." }).int().min(0),
});
export type TTrajectBasis = z.infer<typeof ZTrajectBasis>;

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

const teLang = (max: number) => `Gebruik hoogstens ${max} tekens.`;

/** Free text of at most `max` characters: required with the message `leeg`, else optional (""). */
export function zTekst(max: number, leeg?: string) {
  return leeg
    ? z.string({ error: leeg }).trim().min(1, leeg).max(max, teLang(max))
    : z.string().trim().max(max, teLang(max)).default("");
}

/**
 * The one rule for the date of anything recorded: not in the future and, when `na` is given,
 * not before that earlier moment (named in `na.wat`, e.g. "de vorige stap").
 */
export function assertDatum(datum: Date, today: Date, na?: { datum: Date | null; wat: string }, veld = "datum"): void {
  if (daysBetween(datum, today) < 0) throw new AppError("VOORWAARDE", "De datum mag niet in de toekomst liggen.", veld);
  if (na?.datum && daysBetween(na.datum, datum) < 0) {
    throw new AppError("VOORWAARDE", `De datum mag niet vóór ${na.wat} liggen (${formatDay(na.datum)}).`, veld);
  }
}
