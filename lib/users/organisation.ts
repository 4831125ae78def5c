import "server-only";
import { db } from "../db";
import type { Actor } from "../authz";

/** The name of the school, windstreek or Topteam the actor works for, for page titles. */
export async function organisationName(actor: Actor): Promise<string | null> {
  if (actor.schoolId) return (await db().school.findUnique({ where: { id: actor.schoolId }, select: { naam: true } }))?.naam ?? null;
  if (actor.topteamId) return (await db().topteam.findUnique({ where: { id: actor.topteamId }, select: { naam: true } }))?.naam ?? null;
  if (actor.windstreekId) return (await db().windstreek.findUnique({ where: { id: actor.windstreekId }, select: { naam: true } }))?.naam ?? null;
  return null;
}
