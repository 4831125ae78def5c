// Cohorts: the trajecten that started (the kennismakingsgesprek) in each of the last eight
// quarters, per Topteam, followed to where they are now: how they ended, the median days per
// phase against its term, and the follow-up results. Read from the trajecten's phase dates, so a
// correction in the history counts as corrected. No total over teams or quarters is shown, so no
// hidden cell can be worked out from its neighbours.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { ONDERZOEK_EINDE, trajectenSql, type Filter } from "./dashboard";
import type { Waarde } from "./dashboard-rows";
import { grenzen, kwartaalLabel, kwartaalVan, type Kwartaal } from "./quarter";
import { NIET_GETOOND, SUPPRESS_BELOW, suppressSmall, suppressWithTotal } from "./suppress";
import { trendKwartalen } from "./trend";

interface Mediaan {
  mediaan: number | null;
  /** Over how many trajecten that ended the phase. */
  n: number;
}

interface FollowUpUitkomst {
  n: number;
  opNiveau: number;
  diploma: number;
}

export interface CohortTelling {
  cohort: Kwartaal;
  topteam: string;
  gestart: number;
  afgerond: number;
  naOnderzoek: number;
  gestopt: number;
  onderzoek: Mediaan;
  intensief: Mediaan;
  borging: Mediaan;
  drieMaanden: FollowUpUitkomst;
  twaalfMaanden: FollowUpUitkomst;
}

export const COHORT_KOLOMMEN = [
  "Gestart",
  "Afgerond",
  "Beëindigd na onderzoek",
  "Voortijdig gestopt",
  "Loopt nog",
  "Onderzoek: mediaan dagen (termijn 28)",
  "Intensief: mediaan dagen (gepland 84)",
  "Borging: mediaan dagen (termijn 92)",
  "Na 3 maanden op uitstroomniveau",
  "Na 3 maanden diploma verwacht",
  "Na 12 maanden op uitstroomniveau",
  "Na 12 maanden diploma verwacht",
] as const;

export interface CohortRij {
  cohort: string;
  topteam: string;
  /** One value per column of COHORT_KOLOMMEN; shares in %, medians in days. */
  waarden: Waarde[];
}

const share = (deel: number, geheel: number) => Math.round((deel / geheel) * 1000) / 10;

/** A share of `n` that shows neither the part nor the rest when either is 1 to 4. */
function veiligAandeel(deel: number, n: number): Waarde {
  if (n === 0) return null;
  if (n < SUPPRESS_BELOW || suppressSmall(deel) === "<5" || suppressSmall(n - deel) === "<5") return "<5";
  return share(deel, n);
}

const mediaan = (m: Mediaan): Waarde => (m.n === 0 ? null : m.n < SUPPRESS_BELOW ? "<5" : m.mediaan);

/**
 * One row per cohort and team, suppressed. The outcomes are shares of those started; when any
 * outcome is hidden, the other shares and the number started go too (with them the hidden one
 * could be worked out). Pure.
 */
export function cohortRijen(tellingen: CohortTelling[]): CohortRij[] {
  return tellingen.map((t) => {
    const delen = [t.afgerond, t.naOnderzoek, t.gestopt, t.gestart - t.afgerond - t.naOnderzoek - t.gestopt];
    const { totaal, delen: getoond } = suppressWithTotal(t.gestart, delen);
    const verborgen = totaal === NIET_GETOOND;
    const uitkomsten = delen.map((deel, i): Waarde => (getoond[i] === "<5" ? "<5" : verborgen ? NIET_GETOOND : t.gestart === 0 ? null : share(deel, t.gestart)));
    return {
      cohort: kwartaalLabel(t.cohort),
      topteam: t.topteam,
      waarden: [
        totaal,
        ...uitkomsten,
        mediaan(t.onderzoek),
        mediaan(t.intensief),
        mediaan(t.borging),
        veiligAandeel(t.drieMaanden.opNiveau, t.drieMaanden.n),
        veiligAandeel(t.drieMaanden.diploma, t.drieMaanden.n),
        veiligAandeel(t.twaalfMaanden.opNiveau, t.twaalfMaanden.n),
        veiligAandeel(t.twaalfMaanden.diploma, t.twaalfMaanden.n),
      ],
    };
  });
}

const dagen = (tot: Prisma.Sql, van: Prisma.Sql) => Prisma.sql`(${tot} - ${van})::float8`;

/** The cohorts of the eight quarters up to `kwartaal`, as counted now. For a caller that authorized and logs the view. */
export async function cohortTellingen(kwartaal: Kwartaal, filter: Filter): Promise<CohortTelling[]> {
  const kwartalen = trendKwartalen(kwartaal);
  const van = grenzen(kwartalen[0]!).van.toISOString().slice(0, 10);
  const tot = grenzen(kwartaal).tot.toISOString().slice(0, 10);
  const onderzoek = dagen(ONDERZOEK_EINDE, Prisma.sql`f."onderzoekStart"`);
  const intensief = dagen(Prisma.sql`f."borgingStart"`, Prisma.sql`f."intensiefStart"`);
  const borging = dagen(Prisma.sql`f."followUpStart"`, Prisma.sql`f."borgingStart"`);
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    WITH ${trajectenSql(filter, { van: new Date(van), tot: new Date(tot) })}
    SELECT to_char(date_trunc('quarter', f."onderzoekStart"), 'YYYY-MM-DD') AS cohort, tt."naam" AS topteam,
      count(*) AS gestart,
      count(*) FILTER (WHERE f."fase" = 'AFGEROND') AS afgerond,
      count(*) FILTER (WHERE f."fase" = 'GESTOPT' AND f."stopReden" = 'NIET_PASSEND_NA_ONDERZOEK') AS "naOnderzoek",
      count(*) FILTER (WHERE f."fase" = 'GESTOPT' AND f."stopReden" IS DISTINCT FROM 'NIET_PASSEND_NA_ONDERZOEK') AS gestopt,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${onderzoek}) AS "onderzoekMediaan", count(${onderzoek}) AS "onderzoekN",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${intensief}) AS "intensiefMediaan", count(${intensief}) AS "intensiefN",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${borging}) AS "borgingMediaan", count(${borging}) AS "borgingN",
      count(fu3."id") AS "fu3N", count(*) FILTER (WHERE fu3."opUitstroomniveau" = 'JA') AS "fu3Niveau", count(*) FILTER (WHERE fu3."diplomaVerwacht" = 'JA') AS "fu3Diploma",
      count(fu12."id") AS "fu12N", count(*) FILTER (WHERE fu12."opUitstroomniveau" = 'JA') AS "fu12Niveau", count(*) FILTER (WHERE fu12."diplomaVerwacht" = 'JA') AS "fu12Diploma"
    FROM f JOIN "Topteam" tt ON tt."id" = f."topteamId"
    LEFT JOIN "FollowUp" fu3 ON fu3."trajectId" = f."id" AND fu3."moment" = 'DRIE_MAANDEN'
    LEFT JOIN "FollowUp" fu12 ON fu12."trajectId" = f."id" AND fu12."moment" = 'TWAALF_MAANDEN'
    WHERE f."onderzoekStart" >= ${van}::date AND f."onderzoekStart" < ${tot}::date
    GROUP BY 1, 2
    ORDER BY 1 DESC, 2`;
  const getal = (v: unknown) => Number(v ?? 0);
  const m = (v: unknown, n: unknown): Mediaan => ({ mediaan: v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10, n: getal(n) });
  return rows.map((r) => ({
    cohort: kwartaalVan(new Date(`${String(r.cohort)}T00:00:00Z`)),
    topteam: String(r.topteam),
    gestart: getal(r.gestart),
    afgerond: getal(r.afgerond),
    naOnderzoek: getal(r.naOnderzoek),
    gestopt: getal(r.gestopt),
    onderzoek: m(r.onderzoekMediaan, r.onderzoekN),
    intensief: m(r.intensiefMediaan, r.intensiefN),
    borging: m(r.borgingMediaan, r.borgingN),
    drieMaanden: { n: getal(r.fu3N), opNiveau: getal(r.fu3Niveau), diploma: getal(r.fu3Diploma) },
    twaalfMaanden: { n: getal(r.fu12N), opNiveau: getal(r.fu12Niveau), diploma: getal(r.fu12Diploma) },
  }));
}
