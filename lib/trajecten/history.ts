// The vocabulary of a traject's history: the transitions people make, and the events recorded
// in the dossier. One union, so that every label map is exhaustive and no action is a loose string.

/** The phase transitions, as the rules table (rules.ts) allows them. */
export const ACTIES = [
  "ADVIES_GEGEVEN",
  "VOOROVERLEG_GEPLAND",
  "VOOROVERLEG_GEHOUDEN",
  "AANVRAAG_GESTART",
  "AANVRAAG_INGEDIEND",
  "AANVRAAG_GOEDGEKEURD",
  "AANVRAAG_AFGEWEZEN",
  "ONDERZOEK_GESTART",
  "ONDERZOEK_AFGESLOTEN",
  "INTENSIEF_GESTART",
  "INTENSIEF_VERLENGD",
  "BORGING_GESTART",
  "FOLLOW_UP_GESTART",
  "FOLLOW_UP_VASTGELEGD",
  "AFGEROND",
  "GESTOPT",
  "CORRECTIE",
] as const;
export type Actie = (typeof ACTIES)[number];

/**
 * History rows that record an event in the dossier rather than a phase transition: they do not
 * move the traject, set no date floor and are not undone by a correction.
 */
export const GEBEURTENISSEN = [
  "TOESTEMMING_VASTGELEGD",
  "TOESTEMMING_INGETROKKEN",
  "TOESTEMMING_GEVRAAGD",
  "TOESTEMMING_GEWEIGERD",
  "LEERLING_GEKOPPELD",
  "INFORMATIE_GEVRAAGD",
  "INFORMATIE_GEGEVEN",
  "TEAM_TOEGEWEZEN",
  "OPP_TOEGEVOEGD",
  "TEAMLID_TOEGEWEZEN",
  "TEAMLID_AFGEMELD",
  "DOEL_TOEGEVOEGD",
  "DOEL_GEWIJZIGD",
  "EVALUATIE_VASTGELEGD",
  "ADVIES_TOEGEVOEGD",
  "ADVIES_GEWIJZIGD",
  "OVERDRACHT_VASTGELEGD",
  "EXIT_LINKS_GEMAAKT",
  "NETWERK_BIJGEWERKT",
  "ACTIVITEIT_VASTGELEGD",
  "NOTITIE_VASTGELEGD",
  "AFSPRAAK_VASTGELEGD",
  "ESCALATIE_VASTGELEGD",
  "ESCALATIE_OPGELOST",
] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

/**
 * A school's first question opens the traject (lib/aanmelding/advies.ts). It is the first
 * transition — into ADVIES, from nowhere — so its date is the floor for the next one, but no
 * rule makes it and no correction undoes it.
 */
export const OPENING = "ADVIES_GEVRAAGD";

/** Everything a history row can record. */
export type HistoryAction = typeof OPENING | Actie | Gebeurtenis;
export const HISTORY_ACTIONS: readonly HistoryAction[] = [OPENING, ...ACTIES, ...GEBEURTENISSEN];

export function isHistoryAction(value: unknown): value is HistoryAction {
  return (HISTORY_ACTIONS as readonly unknown[]).includes(value);
}

export function isGebeurtenis(action: string): action is Gebeurtenis {
  return (GEBEURTENISSEN as readonly string[]).includes(action);
}

/** Whether a history row still counts as the last transition: a phase transition, neither a correction nor corrected. */
export function isInEffect(row: { action: string; correctsId: string | null; corrected: boolean }): boolean {
  return row.correctsId === null && !row.corrected && !isGebeurtenis(row.action);
}
