// Where a traject is, and the sets of places in which something may happen, each named once.
// Pure: the rules table, the dossier writes, the queries and the figures all ask these.
import type { AanmeldingStap, Fase } from "../generated/prisma/enums";

/** Where a traject is: a step of AANMELDING, or a later phase. */
export type Stand = AanmeldingStap | Exclude<Fase, "AANMELDING">;

/** Every place in order, from the first question to closure. */
export const STANDEN = [
  "ADVIES",
  "VOOROVERLEG",
  "AANVRAAG",
  "DOSSIERCHECK",
  "GOEDGEKEURD",
  "ONDERZOEK",
  "INTENSIEF",
  "BORGING",
  "FOLLOW_UP",
  "AFGEROND",
  "GESTOPT",
] as const satisfies readonly Stand[];

export function standOf(fase: Fase, aanmeldingStap: AanmeldingStap | null): Stand {
  return fase === "AANMELDING" ? (aanmeldingStap ?? "ADVIES") : fase;
}

/** The traject's phase and step for a place. */
export function toestandOf(stand: Stand): { fase: Fase; aanmeldingStap: AanmeldingStap | null } {
  return STANDEN.indexOf(stand) <= STANDEN.indexOf("GOEDGEKEURD")
    ? { fase: "AANMELDING", aanmeldingStap: stand as AanmeldingStap }
    : { fase: stand as Fase, aanmeldingStap: null };
}

/** The phases of a traject that has not closed. */
export const OPEN_FASEN = ["AANMELDING", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const satisfies readonly Fase[];

/** Every place of a traject that has not closed. */
export const OPEN_STANDEN = STANDEN.filter((stand) => stand !== "AFGEROND" && stand !== "GESTOPT");

/** A closed traject: completed or stopped. */
export const GESLOTEN = ["AFGEROND", "GESTOPT"] as const satisfies readonly Stand[];

/** The aanmelding while it is still the school's request: before the onderwijsadviseur decides. */
export const AANMELDING_OPEN = ["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK"] as const satisfies readonly Stand[];

/** Every step of the aanmelding, approval included. */
export const AANMELDING = [...AANMELDING_OPEN, "GOEDGEKEURD"] as const satisfies readonly Stand[];

/** The Topteam's phases, from the kennismakingsgesprek to the last follow-up. */
export const TEAM_FASEN = ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const satisfies readonly Stand[];

/** The Topteam works with the student and the school: onderzoek, intensief and borging. */
export const LOPEND = ["ONDERZOEK", "INTENSIEF", "BORGING"] as const satisfies readonly Stand[];

/**
 * A team's occupancy (DOMAIN.md): every traject assigned to it from approval — waiting for the
 * kennismakingsgesprek included — until borging ends. FOLLOW_UP takes no place. The one
 * definition for the assignment, the coördinator's screen and the figures.
 */
export const BEZETTING = ["GOEDGEKEURD", ...LOPEND] as const satisfies readonly Stand[];

/** The Prisma filter for trajecten in one of `standen`. */
export function standenWhere(standen: readonly Stand[]): { OR: { fase: Fase; aanmeldingStap?: AanmeldingStap }[] } {
  return { OR: standen.map((stand) => { const t = toestandOf(stand); return t.aanmeldingStap ? { fase: t.fase, aanmeldingStap: t.aanmeldingStap } : { fase: t.fase }; }) };
}
