// Reading submitted forms in server actions, and the state a form gets back when nothing was
// saved: the message at each field, one for the whole form, and what was typed.
import type { VeldFouten } from "../trajecten/transition-input";
import type { OvergangGeweigerd } from "../trajecten/workflow";

export interface FormState {
  fouten?: VeldFouten;
  /** A message for the whole form: a refusal, a conflict, or a pointer to the fields. */
  melding?: string;
  /** What was sent, so that a form shown again after an error keeps what the user typed. */
  waarden?: Record<string, string>;
}

const NIETS_OPGESLAGEN = "Er is niets opgeslagen. Verbeter de gemarkeerde velden.";

/** The text fields of a submitted form, without Next's own ($ACTION_…) entries. */
export function ingevuld(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}

/** The form did not parse: a message at each bad field. */
export function ongeldig(fouten: VeldFouten, waarden: Record<string, string>): FormState {
  return { fouten, melding: NIETS_OPGESLAGEN, waarden };
}

/** The server refused: at its field when it names one, else for the whole form. */
export function geweigerd(error: OvergangGeweigerd, waarden: Record<string, string>): FormState {
  return error.veld ? ongeldig({ [error.veld]: error.message }, waarden) : { melding: error.message, waarden };
}
