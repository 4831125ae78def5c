import "server-only";
import { db } from "../db";
import { authorize } from "../access";
import type { RequestContext } from "../authz";
import type { OrganisationOptions } from "./organisation-options";

/** The active schools, windstreken and Topteams an account can belong to, for the account forms. */
export async function organisationOptions(ctx: RequestContext): Promise<OrganisationOptions> {
  await authorize(ctx, "users:manage", { action: "USER_LIST", onderdeel: "gebruiker" });
  const [scholen, windstreken, topteams] = await Promise.all([
    db().school.findMany({ where: { actief: true }, select: { id: true, naam: true, brin: true }, orderBy: { naam: "asc" } }),
    db().windstreek.findMany({ where: { actief: true }, select: { id: true, naam: true }, orderBy: { naam: "asc" } }),
    db().topteam.findMany({ where: { actief: true }, select: { id: true, naam: true }, orderBy: { naam: "asc" } }),
  ]);
  return {
    scholen: Object.fromEntries(scholen.map((s) => [s.id, `${s.naam} (${s.brin})`])),
    windstreken: Object.fromEntries(windstreken.map((w) => [w.id, w.naam])),
    topteams: Object.fromEntries(topteams.map((t) => [t.id, t.naam])),
  };
}
