// What the traject page's work sections show (the team, goals and evaluations, advice, the
// handover, the network, activities, notes, agreements, escalations and the exit questionnaire),
// in one statement: every relation as JSON, built by PostgreSQL (docs/decisions/0019). Read only
// after the scoped check (lib/access.ts) found the traject readable. Prisma read these with a
// statement per relation, nineteen round trips for one page.
import "server-only";
import { db } from "../db";
import type {
  ActiviteitSoort,
  AdviesVoor,
  AfspraakPartij,
  DoelBesluit,
  DoelGebied,
  DoelStatus,
  ExitVoor,
  JaNeeOnbekend,
  NetwerkSoort,
  ObservatieSituatie,
  OverdrachtAan,
  Role,
  Zichtbaarheid,
} from "../generated/prisma/enums";
import { datum, misschien, utc, type Datum } from "./page-read";

const PERSOON = (u: string) => `json_build_object('id', ${u}.id, 'naam', ${u}.naam, 'role', ${u}.role)`;

/**
 * The statement. Parameters: $1 the traject's id; $2 the one visibility the reader may see of
 * notes, contacts, activities and escalations, or null for all (authz's zichtbaarWhere decides);
 * $3 whether to read the exit questionnaire; $4 whether to list the team members not yet
 * assigned. Orders are those the page shows, with the id last so that ties always fall alike.
 */
const WERK_RELATIES_SQL = `
SELECT
  (SELECT coalesce(json_agg(${PERSOON("u")} ORDER BY a."assignedAt", a."userId"), '[]')
     FROM "TrajectAssignment" a JOIN "User" u ON u.id = a."userId" WHERE a."trajectId" = t.id) AS toegewezen,
  (SELECT coalesce(json_agg(${PERSOON("u")} ORDER BY u.naam, u.id), '[]')
     FROM "User" u
     WHERE $4 AND u."topteamId" = t."topteamId" AND u.active AND u.role IN ('TOPDOCENT', 'HULPVERLENER')
       AND NOT EXISTS (SELECT 1 FROM "TrajectAssignment" a WHERE a."trajectId" = t.id AND a."userId" = u.id)) AS beschikbaar,
  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'omschrijving', d.omschrijving, 'gebied', d.gebied, 'status', d.status,
            'eigenaar', CASE WHEN u.id IS NULL THEN NULL ELSE ${PERSOON("u")} END)
          ORDER BY d."afgesprokenOp", d."createdAt", d.id), '[]')
     FROM "Doel" d LEFT JOIN "User" u ON u.id = d."eigenaarId" WHERE d."trajectId" = t.id) AS doelen,
  (SELECT coalesce(json_agg(json_build_object('id', e.id, 'datum', e.datum, 'deelnemers', e.deelnemers,
            'doelen', (SELECT coalesce(json_agg(json_build_object('doelId', de."doelId", 'voortgang', de.voortgang, 'besluit', de.besluit,
                         'toelichting', de.toelichting) ORDER BY de."doelId"), '[]')
                       FROM "DoelEvaluatie" de WHERE de."evaluatieId" = e.id))
          ORDER BY e.datum, e."createdAt", e.id), '[]')
     FROM "Evaluatie" e WHERE e."trajectId" = t.id) AS evaluaties,
  (SELECT coalesce(json_agg(json_build_object('id', h.id, 'voor', h.voor, 'tekst', h.tekst, 'getest', h.getest, 'werkt', h.werkt, 'inOpp', h."inOpp")
          ORDER BY h."createdAt", h.id), '[]')
     FROM "Handelingsadvies" h WHERE h."trajectId" = t.id) AS adviezen,
  (SELECT coalesce(json_agg(json_build_object('aan', o.aan, 'datum', o.datum, 'notitie', o.notitie) ORDER BY o.datum, o.id), '[]')
     FROM "Overdracht" o WHERE o."trajectId" = t.id) AS overdrachten,
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'soort', c.soort, 'naam', c.naam, 'organisatie', c.organisatie, 'zichtbaarheid', c.zichtbaarheid)
          ORDER BY c."createdAt", c.id), '[]')
     FROM "NetwerkContact" c WHERE c."trajectId" = t.id AND ($2::text IS NULL OR c.zichtbaarheid::text = $2)) AS netwerk,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'soort', a.soort, 'datum', a.datum, 'deelnemers', a.deelnemers, 'situatie', a.situatie,
            'notitie', a.notitie, 'zichtbaarheid', a.zichtbaarheid, 'gesprekMet', c.naam, 'gesprekMetZichtbaarheid', c.zichtbaarheid)
          ORDER BY a.datum, a."createdAt", a.id), '[]')
     FROM "Activiteit" a LEFT JOIN "NetwerkContact" c ON c.id = a."gesprekMetId"
     WHERE a."trajectId" = t.id AND ($2::text IS NULL OR a.zichtbaarheid::text = $2)) AS activiteiten,
  (SELECT coalesce(json_agg(json_build_object('id', n.id, 'datum', n.datum, 'tekst', n.tekst, 'zichtbaarheid', n.zichtbaarheid, 'door', coalesce(u.naam, ''))
          ORDER BY n.datum, n."createdAt", n.id), '[]')
     FROM "Notitie" n LEFT JOIN "User" u ON u.id = n."createdById"
     WHERE n."trajectId" = t.id AND ($2::text IS NULL OR n.zichtbaarheid::text = $2)) AS notities,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'partij', a.partij, 'afspraak', a.afspraak) ORDER BY a."createdAt", a.id), '[]')
     FROM "Afspraak" a WHERE a."trajectId" = t.id) AS afspraken,
  (SELECT coalesce(json_agg(json_build_object('id', e.id, 'datum', e.datum, 'niveau', e.niveau, 'kwestie', e.kwestie, 'wie', e.wie,
            'oplossing', e.oplossing, 'opgelostOp', e."opgelostOp", 'zichtbaarheid', e.zichtbaarheid)
          ORDER BY e.datum, e."createdAt", e.id), '[]')
     FROM "Escalatie" e WHERE e."trajectId" = t.id AND ($2::text IS NULL OR e.zichtbaarheid::text = $2)) AS escalaties,
  (SELECT coalesce(json_agg(json_build_object('voor', l.voor, 'verlooptOp', ${utc(`l."verlooptOp"`)}, 'gebruiktOp', ${utc(`l."gebruiktOp"`)})
          ORDER BY l."createdAt" DESC, l.id), '[]')
     FROM "ExitLink" l WHERE $3 AND l."trajectId" = t.id) AS "exitLinks",
  (SELECT coalesce(json_agg(json_build_object('voor', x.voor, 'tevredenheid', x.tevredenheid, 'samenwerking', x.samenwerking,
            'bruikbaarheid', x.bruikbaarheid, 'resultaat', x.resultaat, 'opmerking', x.opmerking, 'ingevuldOp', ${utc(`x."ingevuldOp"`)})
          ORDER BY x."ingevuldOp", x.id), '[]')
     FROM "ExitAntwoord" x WHERE $3 AND x."trajectId" = t.id) AS "exitAntwoorden"
FROM "Traject" t
WHERE t.id = $1`;

interface Persoon {
  id: string;
  naam: string;
  role: Role;
}

/** The rows as the statement returns them, with `D` for a date: its JSON text, or the Date read from it. */
export interface WerkRijen<D = Date> {
  toegewezen: Persoon[];
  /** The team's Topdocenten and hulpverleners not yet assigned; only for who leads. */
  beschikbaar: Persoon[];
  doelen: { id: string; omschrijving: string; gebied: DoelGebied; status: DoelStatus; eigenaar: Persoon | null }[];
  evaluaties: { id: string; datum: D; deelnemers: string; doelen: { doelId: string; voortgang: number; besluit: DoelBesluit; toelichting: string }[] }[];
  adviezen: { id: string; voor: AdviesVoor; tekst: string; getest: boolean; werkt: JaNeeOnbekend; inOpp: boolean }[];
  overdrachten: { aan: OverdrachtAan; datum: D; notitie: string }[];
  netwerk: { id: string; soort: NetwerkSoort; naam: string; organisatie: string; zichtbaarheid: Zichtbaarheid }[];
  activiteiten: {
    id: string;
    soort: ActiviteitSoort;
    datum: D;
    deelnemers: string;
    situatie: ObservatieSituatie | null;
    notitie: string;
    zichtbaarheid: Zichtbaarheid;
    /** The contact the conversation was with, and who may see that contact. */
    gesprekMet: string | null;
    gesprekMetZichtbaarheid: Zichtbaarheid | null;
  }[];
  notities: { id: string; datum: D; tekst: string; zichtbaarheid: Zichtbaarheid; door: string }[];
  afspraken: { id: string; partij: AfspraakPartij; afspraak: string }[];
  escalaties: { id: string; datum: D; niveau: number; kwestie: string; wie: string; oplossing: string | null; opgelostOp: D | null; zichtbaarheid: Zichtbaarheid }[];
  exitLinks: { voor: ExitVoor; verlooptOp: D; gebruiktOp: D | null }[];
  exitAntwoorden: { voor: ExitVoor; tevredenheid: number; samenwerking: number; bruikbaarheid: number; resultaat: number; opmerking: string; ingevuldOp: D }[];
}

export interface WerkLezen {
  /** The one visibility the reader sees, or null for all: `zichtbaarWhere(actor).zichtbaarheid`. */
  zichtbaarheid: Zichtbaarheid | null;
  exit: boolean;
  beschikbaar: boolean;
}

/** The traject's work records with their dates as Date; null only if the traject vanished meanwhile. */
export async function leesWerkRelaties(trajectId: string, lezen: WerkLezen): Promise<WerkRijen | null> {
  const [rij] = await db().$queryRawUnsafe<WerkRijen<Datum>[]>(WERK_RELATIES_SQL, trajectId, lezen.zichtbaarheid, lezen.exit, lezen.beschikbaar);
  if (!rij) return null;
  return {
    ...rij,
    evaluaties: rij.evaluaties.map((e) => ({ ...e, datum: datum(e.datum) })),
    overdrachten: rij.overdrachten.map((o) => ({ ...o, datum: datum(o.datum) })),
    activiteiten: rij.activiteiten.map((a) => ({ ...a, datum: datum(a.datum) })),
    notities: rij.notities.map((n) => ({ ...n, datum: datum(n.datum) })),
    escalaties: rij.escalaties.map((e) => ({ ...e, datum: datum(e.datum), opgelostOp: misschien(e.opgelostOp) })),
    exitLinks: rij.exitLinks.map((l) => ({ ...l, verlooptOp: datum(l.verlooptOp), gebruiktOp: misschien(l.gebruiktOp) })),
    exitAntwoorden: rij.exitAntwoorden.map((x) => ({ ...x, ingevuldOp: datum(x.ingevuldOp) })),
  };
}
