// What every start page with trajecten reads: its list's state from the URL, "Mijn taken", one
// page of the list and its filters' choices. Each read is scoped by its own module; the page's
// access-log rows are written together, in one statement.
import "server-only";
import { auditLater } from "../audit";
import type { RequestContext } from "../authz";
import { db } from "../db";
import { toonMijnTaken } from "../tasks/queries";
import { lijstKeuzes, lijstTrajecten } from "./list";
import type { SearchParams } from "./list-params";
import { lijstParamsVoor } from "./search-term";

/** `onderdeel` names the page in the access log. */
export async function startpagina(ctx: RequestContext, searchParams: SearchParams, onderdeel: string) {
  const params = lijstParamsVoor(searchParams, ctx.actor.id);
  const audit = auditLater(db());
  const [taken, lijst, keuzes] = await Promise.all([
    toonMijnTaken(ctx, params.taken, undefined, audit.sink),
    lijstTrajecten(ctx, params, onderdeel, undefined, audit.sink),
    lijstKeuzes(ctx),
  ]);
  await audit.write();
  return { params, taken, lijst, keuzes };
}
