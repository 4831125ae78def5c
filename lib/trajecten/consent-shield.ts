// Consent covers sharing with the SWV and the Topteam; the school holds the data regardless.
// Pure: every read that shows a student's data asks this first.
import type { Actor } from "../authz";
import type { Role } from "../generated/prisma/enums";

/** Shielded for `role`: a named student without valid consent, for anyone but the school. */
export function afgeschermdVoor(role: Role, heeftLeerling: boolean, heeftToestemming: boolean): boolean {
  return role !== "ZORGCOORDINATOR" && heeftLeerling && !heeftToestemming;
}

/** Without valid consent only the school sees who the student is and what the dossier says. */
export function isAfgeschermd(row: { student: unknown; consents: unknown[] }, actor: Pick<Actor, "role">): boolean {
  return afgeschermdVoor(actor.role, row.student !== null, row.consents.length > 0);
}

/**
 * Without valid consent only the school writes in the dossier; the Topteam may still stop the
 * traject (DOMAIN.md, consent). The message of every other write refused for that reason.
 */
export const ALLEEN_SCHOOL_SCHRIJFT =
  "Er is geen geldige toestemming: alleen de school kan in dit dossier schrijven. Het Topteam kan het traject nog voortijdig stoppen, met een reden.";

/** The one transition left to others than the school while the dossier is shielded. */
export const ZONDER_TOESTEMMING = "GESTOPT";
