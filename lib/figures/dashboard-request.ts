// What the dashboard is asked for, from the page's query string (or the export link, which
// carries the same): a quarter, and at most one of windstreek, Topteam and school.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import { amsterdamDay, formatDay } from "../calendar";
import { db } from "../db";
import type { RequestContext } from "../authz";
import { quarterlyDashboard, type Dashboard, type Filter } from "./dashboard";
import { dashboardSecties } from "./dashboard-rows";
import type { Rapport } from "./dashboard-export";
import { isLopend, kwartaalCode, kwartaalKop, kwartaalVan, laatsteVolledige, parseKwartaal, verschuif, type Kwartaal } from "./quarter";

const id = z.string().trim().max(64).optional().catch(undefined);
const ZVraag = z.object({ kwartaal: z.string().max(10).optional().catch(undefined), windstreek: id, topteam: id, school: id });

export interface DashboardVraag {
  kwartaal: Kwartaal;
  filter: Filter;
}

export function leesVraag(params: Record<string, string | string[] | undefined>, today = amsterdamDay()): DashboardVraag {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const raw = ZVraag.parse({ kwartaal: first(params.kwartaal), windstreek: first(params.windstreek), topteam: first(params.topteam), school: first(params.school) });
  const lopend = kwartaalVan(today);
  const gevraagd = parseKwartaal(raw.kwartaal);
  // The running quarter may be asked for ("tot nu toe"); the default is the last complete one, and
  // a quarter in the future falls back to it.
  const kwartaal = gevraagd && gevraagd.jaar * 4 + gevraagd.nummer <= lopend.jaar * 4 + lopend.nummer ? gevraagd : laatsteVolledige(today);
  return { kwartaal, filter: { windstreekId: raw.windstreek || undefined, topteamId: raw.topteam || undefined, schoolId: raw.school || undefined } };
}

/** The query string of a request: for the export links, which must show what the page shows. */
export function queryVan(vraag: DashboardVraag): string {
  const params = new URLSearchParams({ kwartaal: kwartaalCode(vraag.kwartaal) });
  if (vraag.filter.windstreekId) params.set("windstreek", vraag.filter.windstreekId);
  if (vraag.filter.topteamId) params.set("topteam", vraag.filter.topteamId);
  if (vraag.filter.schoolId) params.set("school", vraag.filter.schoolId);
  return params.toString();
}

export interface Opties {
  kwartalen: { code: string; label: string }[];
  windstreken: { id: string; naam: string }[];
  topteams: { id: string; naam: string }[];
  scholen: { id: string; naam: string }[];
}

/** What the filters offer: organisations by name, never a person. */
export async function dashboardOpties(ctx: RequestContext, today = amsterdamDay()): Promise<Opties> {
  await authorize(ctx, "figures:read", { action: "FIGURES_READ", onderdeel: "kwartaaldashboard" });
  const lopend = kwartaalVan(today);
  const [windstreken, topteams, scholen] = await Promise.all([
    db().windstreek.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db().topteam.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db().school.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
  ]);
  // The running quarter so far, then ten school years back, as far as the figures go.
  const kwartalen = Array.from({ length: 41 }, (_, i) => verschuif(lopend, -i)).map((k) => ({ code: kwartaalCode(k), label: kwartaalKop(k, today) }));
  return { kwartalen, windstreken, topteams, scholen };
}

/** The figures of a request as the page, and every file made from it, show them. */
export async function rapport(ctx: RequestContext, vraag: DashboardVraag, opties: Opties): Promise<Rapport> {
  return rapportVan(await quarterlyDashboard(ctx, vraag.kwartaal, vraag.filter), vraag, opties);
}

/** The rows and headings of figures already fetched. */
export function rapportVan(dashboard: Dashboard, vraag: DashboardVraag, opties: Opties, today = amsterdamDay()): Rapport {
  const naam = (lijst: { id: string; naam: string }[], id?: string) => lijst.find((o) => o.id === id)?.naam ?? "onbekend";
  // The filters combine; the heading names every one that applies.
  const delen = [
    vraag.filter.windstreekId ? `Windstreek ${naam(opties.windstreken, vraag.filter.windstreekId)}` : null,
    vraag.filter.topteamId ? naam(opties.topteams, vraag.filter.topteamId) : null,
    vraag.filter.schoolId ? `School: ${naam(opties.scholen, vraag.filter.schoolId)}` : null,
  ].filter((d): d is string => d !== null);
  const filter = delen.length > 0 ? delen.join(", ") : "Alle windstreken";
  return {
    titel: `Toptrajecten: ${kwartaalKop(vraag.kwartaal, today)}`,
    filter,
    koppen: { huidig: kwartaalKop(dashboard.kwartalen.huidig, today), vorig: kwartaalKop(dashboard.kwartalen.vorig, today), jaarEerder: kwartaalKop(dashboard.kwartalen.jaarEerder, today) },
    onvolledig: isLopend(vraag.kwartaal, today)
      ? `Dit kwartaal loopt nog: de cijfers gaan tot en met ${formatDay(today)} en zijn nog niet volledig. Vergelijk ze daarom niet één op één met hele kwartalen.`
      : null,
    secties: dashboardSecties(dashboard),
  };
}
