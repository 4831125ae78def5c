// The parts of the SWV's yearly audit pack for one school year, as tables of aggregates: term
// adherence, outcomes, follow-up, satisfaction, escalations, consent, the access log, retention
// and erasure; and, for the functioneel beheerder's copy only, the accounts for the rights
// review. Every count from 1 to 4 is "<5", and a total beside hidden parts is "•"; no table has
// a total across its rows, so nothing hidden can be worked out from a neighbour.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { ROLE_LABEL } from "../navigation";
import { EXIT_VOOR_LABEL, FOLLOW_UP_LABEL } from "../labels";
import { ONDERZOEK_EINDE, trajectenSql, type Tijdvak } from "./dashboard";
import { NIET_GETOOND, SUPPRESS_BELOW, suppressSmall, suppressWithTotal, type ShownTotal } from "./suppress";

export type Cel = string | number | null;

export interface Onderdeel {
  /** The sheet's name (at most 31 characters) and the PDF's heading. */
  blad: string;
  titel: string;
  kolommen: string[];
  rijen: Cel[][];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const n = (v: unknown) => Number(v ?? 0);
type Rij = Record<string, unknown>;

/** A total and its parts, suppressed together: [total, ...parts]. */
const metDelen = (totaal: number, delen: number[]): ShownTotal[] => {
  const s = suppressWithTotal(totaal, delen);
  return [s.totaal, ...s.delen];
};

/** An average shown only over 5 or more. */
const gemiddelde = (v: unknown, over: number): Cel => (over === 0 ? null : over < SUPPRESS_BELOW ? "<5" : Math.round(Number(v) * 10) / 10);

async function termijnenEnUitkomsten(t: Tijdvak): Promise<Onderdeel[]> {
  const inJaar = (kolom: Prisma.Sql) => Prisma.sql`(${kolom} >= ${iso(t.van)}::date AND ${kolom} < ${iso(t.tot)}::date)`;
  const rows = await db().$queryRaw<Rij[]>`
    WITH ${trajectenSql({}, t)}
    SELECT tt."naam" AS topteam,
      count(*) FILTER (WHERE ${inJaar(ONDERZOEK_EINDE)} AND f."onderzoekStart" IS NOT NULL) AS "onderzoekKlaar",
      count(*) FILTER (WHERE ${inJaar(ONDERZOEK_EINDE)} AND ${ONDERZOEK_EINDE} - f."onderzoekStart" > 28) AS "onderzoekTeLang",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."borgingStart"`)} AND f."intensiefStart" IS NOT NULL) AS "intensiefKlaar",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."borgingStart"`)} AND f."borgingStart" - f."intensiefStart" > f."intensiefWeken" * 7) AS "intensiefTeLang",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."followUpStart"`)} AND f."borgingStart" IS NOT NULL) AS "borgingKlaar",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."followUpStart"`)} AND f."followUpStart" > (f."borgingStart" + interval '3 months')::date) AS "borgingTeLang",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."afgeslotenOp"`)} AND f."fase" = 'AFGEROND') AS afgerond,
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."afgeslotenOp"`)} AND f."stopReden" = 'NIET_PASSEND_NA_ONDERZOEK') AS "naOnderzoek",
      count(*) FILTER (WHERE ${inJaar(Prisma.sql`f."afgeslotenOp"`)} AND f."fase" = 'GESTOPT' AND f."stopReden" IS DISTINCT FROM 'NIET_PASSEND_NA_ONDERZOEK') AS gestopt
    FROM f JOIN "Topteam" tt ON tt."id" = f."topteamId"
    GROUP BY tt."naam" ORDER BY tt."naam"`;
  const fase = (r: Rij, klaar: string, teLang: string) => metDelen(n(r[klaar]), [n(r[klaar]) - n(r[teLang]), n(r[teLang])]);
  return [
    {
      blad: "Termijnen",
      titel: "Termijnen per fase en Topteam (fasen afgesloten in het schooljaar)",
      kolommen: ["Topteam", "Onderzoek afgesloten", "binnen 28 dagen", "over de termijn", "Intensief afgesloten", "binnen de geplande duur", "over de geplande duur", "Borging afgesloten", "binnen 3 maanden", "over de termijn"],
      rijen: rows.map((r) => [String(r.topteam), ...fase(r, "onderzoekKlaar", "onderzoekTeLang"), ...fase(r, "intensiefKlaar", "intensiefTeLang"), ...fase(r, "borgingKlaar", "borgingTeLang")]),
    },
    {
      blad: "Uitkomsten",
      titel: "Uitkomsten per Topteam (trajecten afgesloten in het schooljaar)",
      kolommen: ["Topteam", "Afgesloten", "Afgerond", "Beëindigd na onderzoek", "Voortijdig gestopt"],
      rijen: rows.map((r) => [String(r.topteam), ...metDelen(n(r.afgerond) + n(r.naOnderzoek) + n(r.gestopt), [n(r.afgerond), n(r.naOnderzoek), n(r.gestopt)])]),
    },
  ];
}

async function followUpEnTevredenheid(t: Tijdvak): Promise<Onderdeel[]> {
  const [followUps, exit] = await Promise.all([
    db().$queryRaw<Rij[]>`
      SELECT "moment",
        count(*) AS totaal,
        count(*) FILTER (WHERE "opUitstroomniveau" = 'JA') AS "niveauJa", count(*) FILTER (WHERE "opUitstroomniveau" = 'NEE') AS "niveauNee",
        count(*) FILTER (WHERE "diplomaVerwacht" = 'JA') AS "diplomaJa", count(*) FILTER (WHERE "diplomaVerwacht" = 'NEE') AS "diplomaNee"
      FROM "FollowUp" WHERE "contactOp" >= ${iso(t.van)}::date AND "contactOp" < ${iso(t.tot)}::date
      GROUP BY "moment" ORDER BY "moment"`,
    db().$queryRaw<Rij[]>`
      SELECT "voor", count(*) AS antwoorden, avg("tevredenheid") AS tevredenheid, avg("samenwerking") AS samenwerking,
        avg("bruikbaarheid") AS bruikbaarheid, avg("resultaat") AS resultaat
      FROM "ExitAntwoord" WHERE "ingevuldOp" >= ${t.van} AND "ingevuldOp" < ${t.tot}
      GROUP BY "voor" ORDER BY "voor"`,
  ]);
  return [
    {
      blad: "Follow-up",
      titel: "Follow-up (contacten in het schooljaar)",
      kolommen: ["Moment", "Vastgelegd", "Op uitstroomniveau: ja", "nee", "onbekend", "Diploma verwacht: ja", "nee", "onbekend"],
      rijen: followUps.map((r) => {
        const totaal = n(r.totaal);
        const niveau = metDelen(totaal, [n(r.niveauJa), n(r.niveauNee), totaal - n(r.niveauJa) - n(r.niveauNee)]);
        const diploma = metDelen(totaal, [n(r.diplomaJa), n(r.diplomaNee), totaal - n(r.diplomaJa) - n(r.diplomaNee)]);
        // One total for both groups: withheld when either hides a part.
        const getoond = niveau[0] === NIET_GETOOND || diploma[0] === NIET_GETOOND ? NIET_GETOOND : niveau[0]!;
        return [FOLLOW_UP_LABEL[r.moment as keyof typeof FOLLOW_UP_LABEL], getoond, ...niveau.slice(1), ...diploma.slice(1)];
      }),
    },
    {
      blad: "Tevredenheid",
      titel: "Tevredenheid bij afsluiting (exit-vragenlijsten in het schooljaar, score 1 tot 5)",
      kolommen: ["Ingevuld door", "Vragenlijsten", "Tevredenheid", "Samenwerking", "Bruikbaarheid adviezen", "Resultaat"],
      rijen: exit.map((r) => {
        const aantal = n(r.antwoorden);
        return [EXIT_VOOR_LABEL[r.voor as keyof typeof EXIT_VOOR_LABEL], suppressSmall(aantal), ...["tevredenheid", "samenwerking", "bruikbaarheid", "resultaat"].map((k) => gemiddelde(r[k], aantal))];
      }),
    },
  ];
}

async function escalatiesEnToestemming(t: Tijdvak): Promise<Onderdeel[]> {
  const [escalaties, [toestemming]] = await Promise.all([
    db().$queryRaw<Rij[]>`SELECT "niveau", count(*) AS aantal FROM "Escalatie" WHERE "datum" >= ${iso(t.van)}::date AND "datum" < ${iso(t.tot)}::date GROUP BY "niveau"`,
    db().$queryRaw<Rij[]>`
      SELECT
        (SELECT count(*) FROM "Consent" WHERE "gegevenOp" >= ${iso(t.van)}::date AND "gegevenOp" < ${iso(t.tot)}::date AND "bron" = 'PAPIER') AS papier,
        (SELECT count(*) FROM "Consent" WHERE "gegevenOp" >= ${iso(t.van)}::date AND "gegevenOp" < ${iso(t.tot)}::date AND "bron" = 'LINK') AS link,
        (SELECT count(*) FROM "Consent" WHERE "ingetrokkenOp" >= ${iso(t.van)}::date AND "ingetrokkenOp" < ${iso(t.tot)}::date) AS ingetrokken,
        (SELECT count(*) FROM "ToestemmingLink" WHERE "antwoord" = 'GEWEIGERD' AND "antwoordOp" >= ${t.van} AND "antwoordOp" < ${t.tot}) AS geweigerd`,
  ]);
  const perNiveau = [1, 2, 3, 4].map((niveau) => n(escalaties.find((r) => n(r.niveau) === niveau)?.aantal));
  const gegeven = metDelen(n(toestemming?.papier) + n(toestemming?.link), [n(toestemming?.papier), n(toestemming?.link)]);
  return [
    {
      blad: "Escalaties",
      titel: "Stappen op de escalatieladder in het schooljaar",
      kolommen: ["Stappen", "1 mentor of docententeam", "2 zorgcoördinator", "3 schoolleiding", "4 samenwerkingsverband"],
      rijen: [metDelen(perNiveau.reduce((a, b) => a + b, 0), perNiveau)],
    },
    {
      blad: "Toestemming",
      titel: "Toestemming in het schooljaar",
      kolommen: ["Gegeven", "op papier", "via de link", "Ingetrokken", "Geweigerd via de link"],
      rijen: [[...gegeven, suppressSmall(n(toestemming?.ingetrokken)), suppressSmall(n(toestemming?.geweigerd))]],
    },
  ];
}

const ROL = (role: unknown) => (role ? ROLE_LABEL[role as Role] : "Zonder account (aanmeldpogingen, links, taken)");

async function toegangEnBewaren(t: Tijdvak): Promise<Onderdeel[]> {
  const [log, zonderTweestaps, [bewaren]] = await Promise.all([
    db().$queryRaw<Rij[]>`
      SELECT "role",
        count(*) FILTER (WHERE "action" = 'TRAJECT_READ' AND "outcome" = 'ALLOWED') AS inzage,
        count(*) FILTER (WHERE "action" IN ('STUDENT_EXPORT', 'TRAJECT_EXPORT') AND "outcome" = 'ALLOWED') AS exports,
        count(*) FILTER (WHERE "outcome" = 'DENIED') AS geweigerd
      FROM "AuditLog" WHERE "at" >= ${t.van} AND "at" < ${t.tot}
      GROUP BY "role" ORDER BY "role" NULLS LAST`,
    db().$queryRaw<Rij[]>`SELECT "role", count(*) AS aantal FROM "User" WHERE "active" AND "totpEnabledAt" IS NULL GROUP BY "role" ORDER BY "role"`,
    db().$queryRaw<Rij[]>`
      SELECT
        (SELECT count(*) FROM "AuditLog" WHERE "action" = 'RETENTION_RUN' AND "at" >= ${t.van} AND "at" < ${t.tot}) AS runs,
        (SELECT count(*) FROM "AuditLog" WHERE "action" = 'STUDENT_ANONYMISE' AND "onderdeel" LIKE 'bewaartermijn%' AND "at" >= ${t.van} AND "at" < ${t.tot}) AS bewaartermijn,
        (SELECT count(*) FROM "AuditLog" WHERE "action" = 'STUDENT_ANONYMISE' AND "onderdeel" NOT LIKE 'bewaartermijn%' AND "at" >= ${t.van} AND "at" < ${t.tot}) AS verzoek,
        (SELECT count(*) FROM "Vernietiging" WHERE "uitgevoerdOp" >= ${t.van} AND "uitgevoerdOp" < ${t.tot}) AS vernietigingen`,
  ]);
  return [
    {
      blad: "Toegangslog",
      titel: "Toegangslog (NEN 7513) per rol, in het schooljaar",
      kolommen: ["Rol", "Dossiers geopend", "Exports", "Geweigerde pogingen"],
      rijen: log.map((r) => [ROL(r.role), suppressSmall(n(r.inzage)), suppressSmall(n(r.exports)), suppressSmall(n(r.geweigerd))]),
    },
    {
      blad: "Tweestapsverificatie",
      titel: "Actieve accounts zonder tweestapsverificatie, per rol (nu)",
      kolommen: ["Rol", "Accounts"],
      rijen: zonderTweestaps.map((r) => [ROL(r.role), suppressSmall(n(r.aantal))]),
    },
    {
      blad: "Bewaartermijnen",
      titel: "Bewaartermijnen en vernietiging in het schooljaar",
      kolommen: ["Dagelijkse runs", "Leerlingen gewist door de bewaartermijn", "Leerlingen gewist op verzoek", "Verzoeken tot vernietiging"],
      rijen: [[n(bewaren?.runs), suppressSmall(n(bewaren?.bewaartermijn)), suppressSmall(n(bewaren?.verzoek)), suppressSmall(n(bewaren?.vernietigingen))]],
    },
  ];
}

/** The accounts, for the rights review: only in the functioneel beheerder's copy. */
async function accounts(): Promise<Onderdeel> {
  const users = await db().user.findMany({
    where: { active: true },
    select: { naam: true, email: true, role: true, totpEnabledAt: true, school: { select: { naam: true } }, windstreek: { select: { naam: true } }, topteam: { select: { naam: true } } },
    orderBy: [{ role: "asc" }, { naam: "asc" }],
  });
  return {
    blad: "Accounts",
    titel: "Actieve accounts met hun rol, voor de review van de rechten",
    kolommen: ["Naam", "E-mailadres", "Rol", "Organisatie", "Tweestapsverificatie"],
    rijen: users.map((u) => [u.naam, u.email, ROLE_LABEL[u.role], u.school?.naam ?? u.topteam?.naam ?? u.windstreek?.naam ?? "", u.totpEnabledAt ? "aan" : "uit"]),
  };
}

export async function auditPakketOnderdelen(t: Tijdvak, metAccounts: boolean): Promise<Onderdeel[]> {
  const delen = await Promise.all([termijnenEnUitkomsten(t), followUpEnTevredenheid(t), escalatiesEnToestemming(t), toegangEnBewaren(t)]);
  return [...delen.flat(), ...(metAccounts ? [await accounts()] : [])];
}
