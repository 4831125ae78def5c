// The password rule (OWASP ASVS 5.0, V6.2): at least 12 characters, and a strength estimate of at
// least 3 out of 4 by zxcvbn-ts with its common-password list and Dutch dictionaries, so that
// "Wachtwoord2026" or a name with a year fails although it is long enough. The user's own address
// and name count as guessable too. The message says why, in Dutch, at the field.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as nl from "@zxcvbn-ts/language-nl-be";
import { MIN_WACHTWOORD } from "../users/password-rules";

export const MIN_STERKTE = 3;
const MAX_WACHTWOORD = 200;

let factory: ZxcvbnFactory | null = null;
// Built on first use: the dictionaries take a moment to index, and most requests never need them.
const estimator = () =>
  (factory ??= new ZxcvbnFactory({ translations: nl.translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...nl.dictionary } }));

/** Why `password` is refused, or null when it is good enough. `persoonlijk`: the address, the name. */
export function wachtwoordBezwaar(password: string, persoonlijk: readonly string[] = []): string | null {
  if (password.length < MIN_WACHTWOORD) return `Kies een wachtwoord van minstens ${MIN_WACHTWOORD} tekens.`;
  if (password.length > MAX_WACHTWOORD) return `Gebruik hoogstens ${MAX_WACHTWOORD} tekens.`;
  const inputs = persoonlijk.flatMap((p) => p.toLowerCase().split(/[\s@.]+/)).filter((p) => p.length >= 3);
  const { score, feedback } = estimator().check(password, inputs);
  if (score >= MIN_STERKTE) return null;
  const waarom = feedback.warning ?? "Dit wachtwoord is te makkelijk te raden.";
  const tip = feedback.suggestions[0] ?? "Gebruik een zin van een paar ongewone woorden.";
  return `${waarom.replace(/\.?$/, ".")} ${tip}`;
}
