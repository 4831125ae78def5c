// What "Mijn taken" needs of a traject, for many trajecten in one statement: its own columns and
// the relations each rule looks at, folded per traject by PostgreSQL. Read only for the ids the
// scoped query (lib/tasks/queries.ts) found readable. A start page may compute tasks for
// thousands of trajecten; one query per relation with thousands of ids each cost far more in the
// client than the database's own work.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AanmeldingStap, Fase, FollowUpMoment, ToestemmingBron, ToestemmingDoor } from "../generated/prisma/enums";

// Set-based: each relation is aggregated once over all the ids and joined, rather than looked
// up per traject (11 subqueries times thousands of rows took 400 ms at 7,500 trajecten).
const TAAK_FEITEN_SQL = `
WITH gevraagd AS (SELECT DISTINCT unnest($1::text[]) AS id)
SELECT json_build_object(
  'id', t.id, 'nummer', t.nummer, 'fase', t.fase, 'aanmeldingStap', t."aanmeldingStap", 'topteamId', t."topteamId",
  'aanvraagOp', t."aanvraagOp", 'goedgekeurdOp', t."goedgekeurdOp", 'afgeslotenOp', t."afgeslotenOp",
  'aangemeldOp', t."aangemeldOp", 'kenmerk', t.kenmerk, 'onderzoekStart', t."onderzoekStart",
  'intensiefStart', t."intensiefStart", 'intensiefWeken', t."intensiefWeken", 'borgingStart', t."borgingStart",
  'followUpStart', t."followUpStart",
  'schoolId', t."schoolId", 'school', sc.naam,
  'student', CASE WHEN s.id IS NOT NULL THEN json_build_object('voornaam', s.voornaam, 'achternaam', s.achternaam, 'geboortedatum', s.geboortedatum) END,
  'followUps', coalesce(fu.momenten, '[]'),
  'consents', coalesce(c.staand, '[]'),
  'ingetrokkenOp', c.ingetrokken,
  'infoVragen', coalesce(q.vragen, '[]'),
  'vooroverleg', CASE WHEN v.id IS NOT NULL THEN json_build_object('geplandOp', v."geplandOp", 'gehoudenOp', v."gehoudenOp") END,
  'laatsteEvaluatie', e.laatste,
  'eigenDoelen', coalesce(d.doelen, '[]'),
  'exitVerstuurd', x."trajectId" IS NOT NULL,
  'afspraken', coalesce(a.aantal, 0)
) AS feiten
FROM gevraagd
JOIN "Traject" t ON t.id = gevraagd.id
JOIN "School" sc ON sc.id = t."schoolId"
LEFT JOIN "Student" s ON s.id = t."studentId"
LEFT JOIN "Vooroverleg" v ON v."trajectId" = t.id
LEFT JOIN (SELECT "trajectId", json_agg(moment) AS momenten FROM "FollowUp" WHERE "trajectId" = ANY($1) GROUP BY 1) fu ON fu."trajectId" = t.id
LEFT JOIN (SELECT "trajectId", max("ingetrokkenOp") AS ingetrokken,
                  json_agg(json_build_object('gegevenDoor', "gegevenDoor", 'bron', bron)) FILTER (WHERE "ingetrokkenOp" IS NULL) AS staand
           FROM "Consent" WHERE "trajectId" = ANY($1) GROUP BY 1) c ON c."trajectId" = t.id
LEFT JOIN (SELECT "trajectId", json_agg(json_build_object('gesteldOp', "gesteldOp", 'beantwoordOp', "beantwoordOp")) AS vragen
           FROM "InfoVraag" WHERE "trajectId" = ANY($1) GROUP BY 1) q ON q."trajectId" = t.id
LEFT JOIN (SELECT "trajectId", max(datum) AS laatste FROM "Evaluatie" WHERE "trajectId" = ANY($1) GROUP BY 1) e ON e."trajectId" = t.id
LEFT JOIN (SELECT d."trajectId", json_agg(json_build_object('omschrijving', d.omschrijving, 'laatsteEvaluatie', de.laatste, 'eigenaarId', d."eigenaarId") ORDER BY d."createdAt", d.id) AS doelen
           FROM "Doel" d
           -- Per goal, on its index: grouped beforehand, every goal's evaluations ever recorded were read.
           LEFT JOIN LATERAL (SELECT max(ev.datum) AS laatste FROM "DoelEvaluatie" de JOIN "Evaluatie" ev ON ev.id = de."evaluatieId" WHERE de."doelId" = d.id) de ON true
           WHERE d."trajectId" = ANY($1) AND d.status = 'ACTIEF' AND ($2::text IS NULL AND d."eigenaarId" IS NOT NULL OR d."eigenaarId" = $2) GROUP BY 1) d ON d."trajectId" = t.id
LEFT JOIN (SELECT DISTINCT "trajectId" FROM "ExitLink" WHERE "trajectId" = ANY($1)) x ON x."trajectId" = t.id
LEFT JOIN (SELECT "trajectId", count(*) AS aantal FROM "Afspraak" WHERE "trajectId" = ANY($1) GROUP BY 1) a ON a."trajectId" = t.id`;

type Datum = string;

interface Feiten {
  id: string;
  nummer: number;
  fase: Fase;
  aanmeldingStap: AanmeldingStap | null;
  topteamId: string | null;
  aanvraagOp: Datum | null;
  goedgekeurdOp: Datum | null;
  afgeslotenOp: Datum | null;
  aangemeldOp: Datum;
  kenmerk: string | null;
  onderzoekStart: Datum | null;
  intensiefStart: Datum | null;
  intensiefWeken: number;
  borgingStart: Datum | null;
  followUpStart: Datum | null;
  schoolId: string;
  school: string;
  student: { voornaam: string; achternaam: string; geboortedatum: Datum } | null;
  followUps: FollowUpMoment[];
  consents: { gegevenDoor: ToestemmingDoor; bron: ToestemmingBron }[];
  ingetrokkenOp: Datum | null;
  infoVragen: { gesteldOp: Datum; beantwoordOp: Datum | null }[];
  vooroverleg: { geplandOp: Datum | null; gehoudenOp: Datum | null } | null;
  laatsteEvaluatie: Datum | null;
  eigenDoelen: { omschrijving: string; laatsteEvaluatie: Datum | null; eigenaarId: string }[];
  exitVerstuurd: boolean;
  afspraken: number;
}

// Calendar days, as JSON renders a date column: "2026-03-02", read as UTC midnight like Prisma's.
const dag = (value: Datum | null) => (value === null ? null : new Date(value));

export type TaakTraject = ReturnType<typeof omzetten>;

function omzetten(f: Feiten) {
  return {
    id: f.id,
    nummer: f.nummer,
    fase: f.fase,
    aanmeldingStap: f.aanmeldingStap,
    topteamId: f.topteamId,
    aanvraagOp: dag(f.aanvraagOp),
    goedgekeurdOp: dag(f.goedgekeurdOp),
    afgeslotenOp: dag(f.afgeslotenOp),
    aangemeldOp: new Date(f.aangemeldOp),
    kenmerk: f.kenmerk,
    onderzoekStart: dag(f.onderzoekStart),
    intensiefStart: dag(f.intensiefStart),
    intensiefWeken: f.intensiefWeken,
    borgingStart: dag(f.borgingStart),
    followUpStart: dag(f.followUpStart),
    schoolId: f.schoolId,
    school: { naam: f.school },
    student: f.student && { ...f.student, geboortedatum: new Date(f.student.geboortedatum) },
    followUpsDone: f.followUps,
    consents: f.consents,
    ingetrokkenOp: dag(f.ingetrokkenOp),
    infoVragen: f.infoVragen.map((v) => ({ gesteldOp: new Date(v.gesteldOp), beantwoordOp: dag(v.beantwoordOp) })),
    vooroverleg: f.vooroverleg && { geplandOp: dag(f.vooroverleg.geplandOp), gehoudenOp: dag(f.vooroverleg.gehoudenOp) },
    laatsteEvaluatie: dag(f.laatsteEvaluatie),
    eigenDoelen: f.eigenDoelen.map((d) => ({ omschrijving: d.omschrijving, laatsteEvaluatie: dag(d.laatsteEvaluatie), eigenaarId: d.eigenaarId })),
    exitVerstuurd: f.exitVerstuurd,
    afspraken: Number(f.afspraken),
  };
}

/**
 * The trajecten `ids` with what their tasks are computed from; the goals are those `eigenaarId`
 * owns and still works on, or with null every active goal that has an owner (to store the tasks
 * of all). A traject erased since its id was read is simply left out. `client` is a write's own
 * transaction, which must see what it changed.
 */
export async function leesTaakFeiten(ids: readonly string[], eigenaarId: string | null, client: Pick<Prisma.TransactionClient, "$queryRawUnsafe"> = db()): Promise<TaakTraject[]> {
  if (ids.length === 0) return [];
  const rows = await client.$queryRawUnsafe<{ feiten: Feiten }[]>(TAAK_FEITEN_SQL, ids, eigenaarId);
  return rows.map((row) => omzetten(row.feiten));
}
