// Consent covers sharing with the SWV and the Topteam; the school holds the data regardless.
// Pure: every read that shows a student's data asks this first.
import type { Actor } from "../authz";

/** Without valid consent only the school sees who the student is and what the dossier says. */
export function isAfgeschermd(row: { student: unknown; consents: unknown[] }, actor: Pick<Actor, "role">): boolean {
  return actor.role !== "ZORGCOORDINATOR" && row.student !== null && row.consents.length === 0;
}
