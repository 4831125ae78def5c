// Reading a submitted form for its schema, and the state a form gets back. Used by the action
// transport only: use cases take parsed input and never see a FormData.
import type { z } from "zod";
import type { AppError } from "../errors";

export type VeldFouten = Record<string, string>;

/** What every form gets back from its action when nothing was saved, or `data` when something was. */
export interface ActieStatus<D = undefined> {
  fouten?: VeldFouten;
  /** A message for the whole form: a refusal, a conflict, or a pointer to the fields. */
  melding?: string;
  /** What was sent, so that a form shown again after an error keeps what the user typed. */
  waarden?: Record<string, string>;
  /** What a successful action returns to show (the exit links, once). */
  data?: D;
}

const NIETS_OPGESLAGEN = "Er is niets opgeslagen. Verbeter de gemarkeerde velden.";

/** The first message per field, keyed by its path as the form names it ("doelen.0.omschrijving"). */
export function veldFouten(error: z.ZodError): VeldFouten {
  const fouten: VeldFouten = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "formulier";
    fouten[key] ??= issue.message;
  }
  return fouten;
}

/** The text fields of a submitted form, without Next's own ($ACTION_…) entries. */
export function ingevuld(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()]
      .filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$"))
      // PostgreSQL refuses a NUL character in text (22021); no one types one, so it goes here, once for every form.
      .map(([name, value]) => [name, value.replaceAll("\u0000", "")]),
  );
}

/** The form did not parse: a message at each bad field. */
export function ongeldig(fouten: VeldFouten, waarden: Record<string, string>): ActieStatus<never> {
  return { fouten, melding: NIETS_OPGESLAGEN, waarden };
}

/** The server refused: at its field when it names one, else for the whole form. */
export function geweigerd(error: AppError, waarden: Record<string, string>): ActieStatus<never> {
  return error.veld ? ongeldig({ [error.veld]: error.message }, waarden) : { melding: error.message, waarden };
}

/** How a form's flat names become the schema's shape. */
export interface FormVorm {
  /** Lists sent as rows "<lijst>.<n>.<veld>"; a row whose `leeg` field is blank is dropped (forms show spare rows). */
  rijen?: Record<string, { leeg?: string }>;
  /** Groups of checkboxes, one name per option ("<groep>.<optie>"), gathered into an array of ticked options. */
  vinkjes?: readonly string[];
}

/**
 * A form's fields as the object its schema reads: "doelen.0.omschrijving" becomes
 * doelen[0].omschrijving and "gebieden.VERZUIM" = "on" becomes gebieden: ["VERZUIM"]. Every
 * other string field is passed as it is; files are left to the action that expects one.
 */
export function formulierNaarObject(form: FormData, vorm: FormVorm = {}): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const rows: Record<string, Record<number, Record<string, string>>> = {};
  const lijsten = Object.keys(vorm.rijen ?? {});
  for (const lijst of lijsten) rows[lijst] = {};
  for (const group of vorm.vinkjes ?? []) object[group] = [];
  for (const [key, value] of Object.entries(ingevuld(form))) {
    const [head, second, third] = key.split(".");
    if (head && second && third && lijsten.includes(head) && /^\d{1,2}$/.test(second) && /^\w+$/.test(third)) {
      ((rows[head] ??= {})[Number(second)] ??= {})[third] = value;
    } else if (head && second && !third && vorm.vinkjes?.includes(head)) {
      if (value === "on") (object[head] as string[]).push(second);
    } else {
      object[key] = value;
    }
  }
  for (const [lijst, byIndex] of Object.entries(rows)) {
    const leeg = vorm.rijen?.[lijst]?.leeg;
    object[lijst] = Object.keys(byIndex)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => byIndex[index]!)
      .filter((row) => !leeg || (row[leeg] ?? "").trim() !== "");
  }
  return object;
}
