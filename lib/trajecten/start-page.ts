// What every start page with trajecten reads: its list's state from the URL, "Mijn taken", one
// page of the list and its filters' choices. Each read is scoped and logged by its own module.
import "server-only";
import type { RequestContext } from "../authz";
import { toonMijnTaken } from "../tasks/queries";
import { lijstKeuzes, lijstTrajecten } from "./list";
import type { SearchParams } from "./list-params";
import { lijstParamsVoor } from "./search-term";

/** `onderdeel` names the page in the access log. */
export async function startpagina(ctx: RequestContext, searchParams: SearchParams, onderdeel: string) {
  const params = lijstParamsVoor(searchParams, ctx.actor.id);
  const [taken, lijst, keuzes] = await Promise.all([toonMijnTaken(ctx, params.taken), lijstTrajecten(ctx, params, onderdeel), lijstKeuzes(ctx)]);
  return { params, taken, lijst, keuzes };
}
