// The handbook's process as a table: each transition, the places it starts from, the roles
// that may make it, and where it leads. Pure, so the whole table is tested directly; decide.ts
// checks a request against it and its guards, transitions.ts applies the decision.
import type { Role, StopReden } from "../generated/prisma/enums";
import { AppError, MELDING } from "../errors";
import { ACTIES, type Actie } from "./history";
import { AANMELDING_OPEN, GESLOTEN, TEAM_FASEN, type Stand } from "./stand";

interface Regel {
  van: readonly Stand[];
  rollen: readonly Role[];
}

/**
 * Where an action leads: one place; one of several, by its outcome; "blijft" for an action that
 * records without moving; "terug" for a correction, which restores the place before.
 */
export type Naar = Stand | readonly Stand[] | "blijft" | "terug";

interface Overgang {
  naar: Naar;
  /** Several rules where who may make it depends on where the traject is. */
  regels: readonly Regel[];
}

/**
 * The transition table. Stopping early in AANMELDING is the school's or the onderwijsadviseur's
 * call; later it is the gedragswetenschapper's.
 */
export const REGELS: Record<Actie, Overgang> = {
  // Preventief advies comes from the gedragswetenschapper or the onderwijsadviseur (handbook, Stap 1).
  ADVIES_GEGEVEN: { naar: ["VOOROVERLEG", "GESTOPT"], regels: [{ van: ["ADVIES"], rollen: ["GEDRAGSWETENSCHAPPER", "ONDERWIJSADVISEUR"] }] },
  // The school organises the vooroverleg (handbook, Stap 2), with or without an advice first;
  // planning again moves the date. Recording it decides: a request, or other support.
  VOOROVERLEG_GEPLAND: { naar: "VOOROVERLEG", regels: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }] },
  VOOROVERLEG_GEHOUDEN: { naar: ["AANVRAAG", "GESTOPT"], regels: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }] },
  AANVRAAG_GESTART: { naar: "AANVRAAG", regels: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }] },
  AANVRAAG_INGEDIEND: { naar: "DOSSIERCHECK", regels: [{ van: ["AANVRAAG"], rollen: ["ZORGCOORDINATOR"] }] },
  AANVRAAG_GOEDGEKEURD: { naar: "GOEDGEKEURD", regels: [{ van: ["DOSSIERCHECK"], rollen: ["ONDERWIJSADVISEUR"] }] },
  AANVRAAG_AFGEWEZEN: { naar: "GESTOPT", regels: [{ van: ["DOSSIERCHECK"], rollen: ["ONDERWIJSADVISEUR"] }] },
  ONDERZOEK_GESTART: { naar: "ONDERZOEK", regels: [{ van: ["GOEDGEKEURD"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  ONDERZOEK_AFGESLOTEN: { naar: "GESTOPT", regels: [{ van: ["ONDERZOEK"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  INTENSIEF_GESTART: { naar: "INTENSIEF", regels: [{ van: ["ONDERZOEK"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  INTENSIEF_VERLENGD: { naar: "blijft", regels: [{ van: ["INTENSIEF"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  BORGING_GESTART: { naar: "BORGING", regels: [{ van: ["INTENSIEF"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  FOLLOW_UP_GESTART: { naar: "FOLLOW_UP", regels: [{ van: ["BORGING"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  FOLLOW_UP_VASTGELEGD: { naar: "blijft", regels: [{ van: ["FOLLOW_UP"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  AFGEROND: { naar: "AFGEROND", regels: [{ van: ["FOLLOW_UP"], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
  GESTOPT: {
    naar: "GESTOPT",
    regels: [
      { van: AANMELDING_OPEN, rollen: ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] },
      { van: ["GOEDGEKEURD", ...TEAM_FASEN], rollen: ["GEDRAGSWETENSCHAPPER"] },
    ],
  },
  // A correction undoes the last transition; the gedragswetenschapper may undo their own kind.
  CORRECTIE: { naar: "terug", regels: [{ van: [...TEAM_FASEN, ...GESLOTEN], rollen: ["GEDRAGSWETENSCHAPPER"] }] },
};

/** The reasons a person may pick when stopping early; the others follow from the action. */
export const STOP_REDENEN_KEUZE = ["TERUGGETROKKEN_OUDERS_LEERLING", "TERUGGETROKKEN_SCHOOL", "LEERLING_VERHUISD", "ANDERS"] as const satisfies readonly StopReden[];

/** Where the action may be made from, and by whom; throws the refusal that fits otherwise. */
export function checkRegel(actie: Actie, stand: Stand, role: Role): void {
  const regels = REGELS[actie].regels.filter((regel) => regel.van.includes(stand));
  if (regels.length === 0) throw new AppError("VERKEERDE_FASE", "Deze stap kan niet in de huidige fase van het traject.");
  if (!regels.some((regel) => regel.rollen.includes(role))) throw new AppError("NIET_TOEGESTAAN", MELDING.NIET_TOEGESTAAN);
}

/** The actions `role` may try from `stand`; guards are checked when one is made. */
export function actiesVoor(stand: Stand, role: Role): Actie[] {
  return ACTIES.filter((actie) => REGELS[actie].regels.some((regel) => regel.van.includes(stand) && regel.rollen.includes(role)));
}

/**
 * The step a school usually takes next on the way advies → vooroverleg → aanvraag, which the
 * page names as such; the others stay available for the cases that need them.
 */
export const GEBRUIKELIJKE_STAP: Partial<Record<Stand, Actie>> = {
  ADVIES: "VOOROVERLEG_GEPLAND",
  VOOROVERLEG: "VOOROVERLEG_GEHOUDEN",
  AANVRAAG: "AANVRAAG_INGEDIEND",
};

/** A correction undoes a transition that `role` could have made itself. */
export function isCorrigeerbaar(actie: string, role: Role): boolean {
  const bekend = (ACTIES as readonly string[]).includes(actie) && actie !== "CORRECTIE";
  return bekend && REGELS[actie as Actie].regels.some((regel) => regel.rollen.includes(role));
}

/** The places an action may lead to from `van`; a correction's is whatever its snapshot holds. */
export function bestemmingen(actie: Actie, van: Stand): readonly Stand[] | "terug" {
  const naar = REGELS[actie].naar;
  if (naar === "terug") return "terug";
  if (naar === "blijft") return [van];
  return typeof naar === "string" ? [naar] : naar;
}
