// What a list's rows show beside the trajecten's own columns, in one statement: each row's
// relations as JSON, built by PostgreSQL (docs/decisions/0019). Read only for the ids the list's
// scoped query (lib/trajecten/list.ts) returned. One round trip instead of one per relation: a
// start page is served by one Node process, whose time per statement set how many users it served.
import "server-only";
import { db } from "../db";
import type { FollowUpMoment, ToestemmingBron, ToestemmingDoor } from "../generated/prisma/enums";
import { FOLLOW_UPS_SQL, LEERLING_SQL, TOPTEAM_SQL } from "./page-read";

/** The statement, for an array of traject ids as its one parameter. */
const LIJST_RELATIES_SQL = `
SELECT t.id,
  ${LEERLING_SQL},
  (SELECT sc.naam FROM "School" sc WHERE sc.id = t."schoolId") AS school,
  ${TOPTEAM_SQL},
  ${FOLLOW_UPS_SQL},
  (SELECT coalesce(json_agg(json_build_object('gegevenDoor', c."gegevenDoor", 'bron', c.bron)), '[]')
     FROM "Consent" c WHERE c."trajectId" = t.id AND c."ingetrokkenOp" IS NULL) AS consents,
  (SELECT coalesce(json_agg(u.naam ORDER BY u.naam), '[]')
     FROM "TrajectAssignment" a JOIN "User" u ON u.id = a."userId" WHERE a."trajectId" = t.id) AS toegewezen
FROM "Traject" t
WHERE t.id = ANY($1)`;

interface Rij {
  id: string;
  student: { id: string; voornaam: string; achternaam: string; geboortedatum: string } | null;
  school: string;
  topteam: string | null;
  followUps: FollowUpMoment[];
  consents: { gegevenDoor: ToestemmingDoor; bron: ToestemmingBron }[];
  toegewezen: string[];
}

export interface LijstRelaties {
  student: { id: string; voornaam: string; achternaam: string; geboortedatum: Date } | null;
  school: { naam: string };
  topteam: { naam: string } | null;
  followUps: { moment: FollowUpMoment }[];
  /** The consents not withdrawn. */
  consents: { gegevenDoor: ToestemmingDoor; bron: ToestemmingBron }[];
  /** The names of the team members assigned, in alphabetical order. */
  toegewezen: string[];
}

/** The relations of trajecten `ids`, by id; a traject erased meanwhile is missing. */
export async function leesLijstRelaties(ids: readonly string[]): Promise<Map<string, LijstRelaties>> {
  if (ids.length === 0) return new Map();
  const rijen = await db().$queryRawUnsafe<Rij[]>(LIJST_RELATIES_SQL, ids);
  return new Map(
    rijen.map((rij) => [
      rij.id,
      {
        // A calendar day as JSON renders it, "2010-03-02": midnight UTC, as Prisma reads a date.
        student: rij.student && { ...rij.student, geboortedatum: new Date(rij.student.geboortedatum) },
        school: { naam: rij.school },
        topteam: rij.topteam === null ? null : { naam: rij.topteam },
        followUps: rij.followUps.map((moment) => ({ moment })),
        consents: rij.consents,
        toegewezen: rij.toegewezen,
      },
    ]),
  );
}
