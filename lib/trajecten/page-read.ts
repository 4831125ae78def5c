// What the traject page shows beside the traject's own columns, in one statement: every relation
// as JSON, built by PostgreSQL. Read only after the scoped check (lib/access.ts) found the traject
// readable. One round trip instead of one per relation, and no per-relation query planning in
// the client: on a 2-core machine that planning cost more than the database's own work.
import "server-only";
import { db } from "../db";
import type {
  AanmeldingStap,
  DoelgroepGebied,
  Fase,
  FollowUpMoment,
  LinkAntwoord,
  NietPassend,
  Role,
  ToestemmingBron,
  ToestemmingDoor,
  VooroverlegBesluit,
} from "../generated/prisma/enums";

// Timestamps without a zone hold UTC (as Prisma writes them): rendered with their zone, so that
// JavaScript's Date reads the instant rather than a local time.
export const utc = (kolom: string) => `(${kolom} AT TIME ZONE 'UTC')`;

// Columns of a statement over "Traject" t, shared with a list's rows (list-read.ts).
export const LEERLING_SQL = `(SELECT json_build_object('id', s.id, 'voornaam', s.voornaam, 'achternaam', s.achternaam, 'geboortedatum', s.geboortedatum)
     FROM "Student" s WHERE s.id = t."studentId") AS student`;
export const TOPTEAM_SQL = `(SELECT tt.naam FROM "Topteam" tt WHERE tt.id = t."topteamId") AS topteam`;
export const FOLLOW_UPS_SQL = `(SELECT coalesce(json_agg(f.moment), '[]') FROM "FollowUp" f WHERE f."trajectId" = t.id) AS "followUps"`;

/**
 * The statement, for a traject id as its one parameter. Exported so that the bench runs the
 * very same read bare. Orders are those the page shows: history as recorded, documents newest
 * first, questions as asked, consents as given, consent requests newest first, contacts by role
 * and name.
 */
export const PAGINA_RELATIES_SQL = `
SELECT
  ${LEERLING_SQL},
  sc.naam AS school,
  sc."windstreekId" AS "windstreekId",
  ${TOPTEAM_SQL},
  ${FOLLOW_UPS_SQL},
  (SELECT coalesce(json_agg(c ORDER BY c."gegevenOp", c.id), '[]') FROM (
     SELECT id, "gegevenDoor", "naamGever", "gegevenOp", "ingetrokkenOp", bron, "tekstVersie"
     FROM "Consent" WHERE "trajectId" = t.id) c) AS consents,
  (SELECT coalesce(json_agg(l ORDER BY l."createdAt" DESC), '[]') FROM (
     SELECT id, voor, "createdAt", "verlooptOp", antwoord, "antwoordOp"
     FROM "ToestemmingLink" WHERE "trajectId" = t.id) l) AS "toestemmingLinks",
  (SELECT row_to_json(v) FROM (
     SELECT "geplandOp", "gehoudenOp", deelnemers, anoniem, "hoeGaatHet", "ingezetteHulp", "betrokkenInstanties",
            motivatie, afspraken, gebieden, "nietPassend", besluit, "andereOndersteuning"
     FROM "Vooroverleg" WHERE "trajectId" = t.id) v) AS vooroverleg,
  (SELECT coalesce(json_agg(d ORDER BY d."uploadedAt" DESC, d.id), '[]') FROM (
     SELECT id, bestandsnaam, grootte, ${utc(`"uploadedAt"`)} AS "uploadedAt"
     FROM "Document" WHERE "trajectId" = t.id) d) AS documenten,
  (SELECT coalesce(json_agg(q ORDER BY q."gesteldOp", q."createdAt"), '[]') FROM (
     SELECT id, vraag, "gesteldOp", antwoord, "beantwoordOp", "createdAt"
     FROM "InfoVraag" WHERE "trajectId" = t.id) q) AS "infoVragen",
  (SELECT coalesce(json_agg(h ORDER BY h."recordedAt", h.id), '[]') FROM (
     SELECT h.id, h.action, h."vanFase", h."vanStap", h."naarFase", h."naarStap", h.datum,
            ${utc(`h."recordedAt"`)} AS "recordedAt", h.notitie, h."correctsId",
            h."voorToestand" IS NOT NULL AS "heeftVoorToestand", u.naam AS door, c.id IS NOT NULL AS teruggedraaid
     FROM "TrajectTransition" h JOIN "User" u ON u.id = h."actorId"
     LEFT JOIN "TrajectTransition" c ON c."correctsId" = h.id
     WHERE h."trajectId" = t.id) h) AS history,
  (SELECT coalesce(json_agg(u ORDER BY u.role, u.naam), '[]') FROM (
     SELECT u.role, u.naam, u.email FROM "User" u
     WHERE u.active AND (
       (u.role = 'GEDRAGSWETENSCHAPPER' AND u."topteamId" = t."topteamId")
       OR EXISTS (SELECT 1 FROM "TrajectAssignment" a WHERE a."trajectId" = t.id AND a."userId" = u.id)
       OR (u.role = 'ZORGCOORDINATOR' AND u."schoolId" = t."schoolId")
       OR (u.role = 'ONDERWIJSADVISEUR' AND u."windstreekId" = sc."windstreekId"))) u) AS contacten
FROM "Traject" t JOIN "School" sc ON sc.id = t."schoolId"
WHERE t.id = $1`;

export type Datum = string;

interface Rij {
  student: { id: string; voornaam: string; achternaam: string; geboortedatum: Datum } | null;
  school: string;
  windstreekId: string;
  topteam: string | null;
  followUps: FollowUpMoment[];
  consents: { id: string; gegevenDoor: ToestemmingDoor; naamGever: string; gegevenOp: Datum; ingetrokkenOp: Datum | null; bron: ToestemmingBron; tekstVersie: string | null }[];
  toestemmingLinks: { id: string; voor: ToestemmingDoor; createdAt: Datum; verlooptOp: Datum; antwoord: LinkAntwoord | null; antwoordOp: Datum | null }[];
  vooroverleg: {
    geplandOp: Datum | null;
    gehoudenOp: Datum | null;
    deelnemers: string;
    anoniem: boolean;
    hoeGaatHet: string | null;
    ingezetteHulp: string | null;
    betrokkenInstanties: string | null;
    motivatie: string | null;
    afspraken: string | null;
    gebieden: DoelgroepGebied[];
    nietPassend: NietPassend[];
    besluit: VooroverlegBesluit | null;
    andereOndersteuning: string | null;
  } | null;
  documenten: { id: string; bestandsnaam: string; grootte: number; uploadedAt: Datum }[];
  infoVragen: { id: string; vraag: string; gesteldOp: Datum; antwoord: string | null; beantwoordOp: Datum | null }[];
  history: {
    id: string;
    action: string;
    vanFase: Fase | null;
    vanStap: AanmeldingStap | null;
    naarFase: Fase;
    naarStap: AanmeldingStap | null;
    datum: Datum;
    recordedAt: Datum;
    notitie: string;
    correctsId: string | null;
    heeftVoorToestand: boolean;
    door: string;
    teruggedraaid: boolean;
  }[];
  contacten: { role: Role; naam: string; email: string }[];
}

/** Dates as JSON renders them ("2026-03-02" for a calendar day, with its zone for an instant). */
export const datum = (value: Datum) => new Date(value);
export const misschien = (value: Datum | null) => (value === null ? null : datum(value));

/** The traject's relations as the page needs them; null only if the traject vanished meanwhile. */
export async function leesPaginaRelaties(trajectId: string) {
  const [rij] = await db().$queryRawUnsafe<Rij[]>(PAGINA_RELATIES_SQL, trajectId);
  if (!rij) return null;
  const vo = rij.vooroverleg;
  return {
    student: rij.student && { ...rij.student, geboortedatum: datum(rij.student.geboortedatum) },
    school: { naam: rij.school, windstreekId: rij.windstreekId },
    topteam: rij.topteam === null ? null : { naam: rij.topteam },
    followUps: rij.followUps.map((moment) => ({ moment })),
    consents: rij.consents.map((c) => ({ ...c, gegevenOp: datum(c.gegevenOp), ingetrokkenOp: misschien(c.ingetrokkenOp) })),
    toestemmingLinks: rij.toestemmingLinks.map((l) => ({ ...l, createdAt: datum(l.createdAt), verlooptOp: datum(l.verlooptOp), antwoordOp: misschien(l.antwoordOp) })),
    vooroverleg: vo && { ...vo, geplandOp: misschien(vo.geplandOp), gehoudenOp: misschien(vo.gehoudenOp) },
    documenten: rij.documenten.map((d) => ({ ...d, uploadedAt: datum(d.uploadedAt) })),
    infoVragen: rij.infoVragen.map((q) => ({ id: q.id, vraag: q.vraag, gesteldOp: datum(q.gesteldOp), antwoord: q.antwoord, beantwoordOp: misschien(q.beantwoordOp) })),
    history: rij.history.map((h) => ({ ...h, datum: datum(h.datum), recordedAt: datum(h.recordedAt) })),
    contacten: rij.contacten,
  };
}
