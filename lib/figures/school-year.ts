// The yearly report of one school, for the SWV's yearly evaluation with it: the school's
// requests, trajecten, outcomes and satisfaction over a school year (1 August to 31 July), beside
// the two years before, as the same rows as the quarterly figures, its own small counts
// suppressed. A PDF, audited as a figures read.
import "server-only";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay, formatDay } from "../calendar";
import { db } from "../db";
import { berekenTijdvakken, type PerPeriode, type Tijdvak } from "./dashboard";
import type { Rapport } from "./dashboard-export";
import { dashboardSecties } from "./dashboard-rows";

/** The school year that `dag` falls in, by the year it starts in (August). */
export const schooljaarVan = (dag: Date): number => (dag.getUTCMonth() >= 7 ? dag.getUTCFullYear() : dag.getUTCFullYear() - 1);

export const schooljaarLabel = (start: number) => `schooljaar ${start}-${start + 1}`;

export const schooljaarTijdvak = (start: number): Tijdvak => ({ van: new Date(Date.UTC(start, 7, 1)), tot: new Date(Date.UTC(start + 1, 7, 1)) });

// A team's caseload is not the school's: the yearly report leaves it out.
const NIET_VOOR_SCHOOL = "Caseload en capaciteit per Topteam (einde schooljaar)";

/** The report of school `schoolId` for the school year starting in `start`; null for an unknown school. */
export async function schoolJaarverslag(ctx: RequestContext, schoolId: string, start: number, today = amsterdamDay()): Promise<Rapport | null> {
  const audit = { action: "FIGURES_READ", onderdeel: "jaarverslag school" } as const;
  await authorize(ctx, "figures:read", audit);
  const school = await db().school.findUnique({ where: { id: schoolId }, select: { naam: true } });
  if (!school) return null;
  const jaren: PerPeriode<number> = { huidig: start, vorig: start - 1, jaarEerder: start - 2 };
  const figuren = await berekenTijdvakken({ huidig: schooljaarTijdvak(start), vorig: schooljaarTijdvak(start - 1), jaarEerder: schooljaarTijdvak(start - 2) }, { schoolId });
  await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", ip: ctx.ip });
  const lopend = schooljaarTijdvak(start).tot.getTime() > today.getTime();
  const kop = (jaar: number) => `${jaar}-${jaar + 1}${jaar === start && lopend ? " (tot nu toe)" : ""}`;
  return {
    titel: `Jaarverslag Toptrajecten, ${schooljaarLabel(start)}${lopend ? " (tot nu toe)" : ""}`,
    filter: `School: ${school.naam}`,
    koppen: { huidig: kop(jaren.huidig), vorig: kop(jaren.vorig), jaarEerder: kop(jaren.jaarEerder) },
    onvolledig: lopend ? `Dit schooljaar loopt nog: de cijfers gaan tot en met ${formatDay(today)} en zijn nog niet volledig.` : null,
    secties: dashboardSecties(figuren, "schooljaar").filter((s) => s.titel !== NIET_VOOR_SCHOOL),
  };
}
