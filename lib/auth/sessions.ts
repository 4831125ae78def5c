// A user's own sessions: how many may be open at once (the oldest ends when a new one would go
// over), the list under "Mijn sessies", and signing out everywhere else.
import "server-only";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isSessionLive, sessionPolicyFromEnv } from "./session-policy";

/** SESSION_MAX_OPEN, default 5: a sixth sign-in ends the oldest session. */
export function maxOpenSessions(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.SESSION_MAX_OPEN ?? 5);
  return Number.isInteger(n) && n >= 1 ? n : 5;
}

/** Inside the sign-in's transaction, before its session is made: ends the oldest beyond the cap. */
export async function makeRoomForSession(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  const open = await tx.authSession.findMany({ where: { userId, endedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  const surplus = open.slice(maxOpenSessions() - 1).map((s) => s.id);
  if (surplus.length > 0) await tx.authSession.updateMany({ where: { id: { in: surplus } }, data: { endedAt: now } });
}

export interface EigenSessie {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  dezeSessie: boolean;
}

/** The user's sessions that still work, newest first. */
export async function ownSessions(ctx: RequestContext, now = new Date()): Promise<EigenSessie[]> {
  const rows = await db().authSession.findMany({ where: { userId: ctx.actor.id, endedAt: null }, orderBy: { createdAt: "desc" } });
  const policy = sessionPolicyFromEnv();
  return rows
    .filter((s) => isSessionLive({ ...s, userActive: true }, now, policy))
    .map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, dezeSessie: s.id === ctx.actor.sessionId }));
}

/** Ends every session of the user but this one ("elders afmelden"). */
export async function endOtherSessions(ctx: RequestContext): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({ where: { userId: ctx.actor.id, endedAt: null, id: { not: ctx.actor.sessionId } }, data: { endedAt: new Date() } });
    await recordAudit(tx, { actor: ctx.actor, action: "SIGN_OUT", onderdeel: `elders afgemeld: ${count} sessie(s)`, outcome: "ALLOWED", ip: ctx.ip, subject: `user:${ctx.actor.id}` });
    return count;
  });
}
