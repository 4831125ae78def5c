// What the /cijfers page shows in one view: the quarterly figures asked for, their trend and
// cohorts over eight quarters, each team's occupancy and today's phases per windstreek. Authorized once and
// logged as one row: one view, one line in the access log.
import "server-only";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import { can, type RequestContext } from "../authz";
import { db } from "../db";
import { dashboardFigures } from "./dashboard";
import { rapportVan, type DashboardVraag, type Opties } from "./dashboard-request";
import { phaseCounts, teamCaseload } from "./overview";
import { trendFiguren } from "./trend";
import { cohortRijen, cohortTellingen } from "./cohort";

export async function cijfersView(ctx: RequestContext, vraag: DashboardVraag, opties: Opties) {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "kwartaalcijfers" });
  const [dashboard, trend, cohorten, caseload, counts] = await Promise.all([
    dashboardFigures(vraag.kwartaal, vraag.filter),
    trendFiguren(vraag.kwartaal, vraag.filter),
    cohortTellingen(vraag.kwartaal, vraag.filter),
    teamCaseload(),
    phaseCounts(),
  ]);
  await recordAudit(db(), { actor: ctx.actor, action: "FIGURES_READ", onderdeel: "kwartaalcijfers", outcome: "ALLOWED", ip: ctx.ip });
  // The SWV, not the coördinator, takes the yearly audit pack from this page.
  return { rapport: rapportVan(dashboard, vraag, opties), trend, cohorten: cohortRijen(cohorten), caseload, counts, auditpakket: can(ctx.actor, "auditpakket:read") };
}
