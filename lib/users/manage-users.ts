// Account management by the functioneel beheerder. No dossier content passes through here.
import "server-only";
import { recordAudit } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import { AppError } from "../errors";
import type { RequestContext } from "../authz";

export async function listUsers(ctx: RequestContext) {
  await authorize(ctx, "users:manage", { action: "USER_LIST", onderdeel: "gebruiker" });
  await recordAudit(db(), { actor: ctx.actor, action: "USER_LIST", onderdeel: "gebruiker", outcome: "ALLOWED", ip: ctx.ip });
  return db().user.findMany({
    select: {
      id: true,
      naam: true,
      email: true,
      role: true,
      active: true,
      school: { select: { naam: true } },
      windstreek: { select: { naam: true } },
      topteam: { select: { naam: true } },
    },
    orderBy: [{ role: "asc" }, { naam: "asc" }],
  });
}

/**
 * Activates or deactivates an account. Deactivating also ends every session of that user, in
 * the same transaction, so they are signed out on their next request.
 */
export async function setUserActive(ctx: RequestContext, userId: string, active: boolean): Promise<void> {
  await authorize(ctx, "users:manage", { action: "USER_UPDATE", onderdeel: "gebruiker" });
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!before) throw new AppError("NIET_GEVONDEN", "Dit account bestaat niet (meer).");
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) {
      await tx.authSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    }
    // Which account, and what changed: old → new.
    const staat = (a: boolean) => (a ? "actief" : "gedeactiveerd");
    await recordAudit(tx, { actor: ctx.actor, action: "USER_UPDATE", onderdeel: `gebruiker: ${staat(before.active)} → ${staat(active)}`, outcome: "ALLOWED", ip: ctx.ip, subject: `user:${userId}` });
  });
}
