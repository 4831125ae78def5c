// Account management by the functioneel beheerder. No dossier content passes through here.
import "server-only";
import { recordAudit } from "../audit";
import { authorize } from "../access";
import { db } from "../db";
import { AppError } from "../errors";
import type { RequestContext } from "../authz";
import { createHash } from "node:crypto";
import type { Role } from "../generated/prisma/enums";
import { assertOneGedragswetenschapper, membershipOf } from "./accounts";

export async function listUsers(ctx: RequestContext) {
  await authorize(ctx, "users:manage", { action: "USER_LIST", onderdeel: "gebruiker" });
  await recordAudit(db(), { actor: ctx.actor, action: "USER_LIST", onderdeel: "gebruiker", outcome: "ALLOWED", ip: ctx.ip });
  const users = await db().user.findMany({
    select: {
      id: true,
      naam: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      school: { select: { naam: true } },
      windstreek: { select: { naam: true } },
      topteam: { select: { naam: true } },
    },
    orderBy: [{ role: "asc" }, { naam: "asc" }],
  });
  // Whether a password was chosen, not the hash, leaves this module.
  return users.map(({ passwordHash, ...user }) => ({ ...user, uitgenodigd: passwordHash === null }));
}

/**
 * Activates or deactivates an account. Deactivating also ends every session of that user, in
 * the same transaction, so they are signed out on their next request.
 */
export async function setUserActive(ctx: RequestContext, userId: string, active: boolean): Promise<void> {
  await authorize(ctx, "users:manage", { action: "USER_UPDATE", onderdeel: "gebruiker" });
  // So that Beheer never loses its last admin by a slip: another admin can do it.
  if (userId === ctx.actor.id && !active) throw new AppError("VOORWAARDE", "U kunt uw eigen account niet deactiveren.");
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

export interface AccountWijziging {
  userId: string;
  naam: string;
  role: Role;
  schoolId?: string;
  windstreekId?: string;
  topteamId?: string;
  /** The account as the form showed it (accountStand): a change by someone else since is refused. */
  stand: string;
}

type AccountVelden = { naam: string; role: Role; schoolId: string | null; windstreekId: string | null; topteamId: string | null };

/** A short fingerprint of what the edit form showed, sent back with the change. */
export function accountStand(user: AccountVelden): string {
  return createHash("sha256").update(JSON.stringify([user.naam, user.role, user.schoolId, user.windstreekId, user.topteamId])).digest("base64url").slice(0, 16);
}

/**
 * Changes an account's name, role or membership. The role decides which membership it needs
 * (lib/users/membership.ts). A new role or membership changes what the user may see, so their
 * sessions end and they sign in again. The audit row names the account and carries old → new.
 */
export async function updateAccount(ctx: RequestContext, input: AccountWijziging): Promise<void> {
  await authorize(ctx, "users:manage", { action: "USER_UPDATE", onderdeel: "gebruiker" });
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { naam: true, role: true, schoolId: true, windstreekId: true, topteamId: true } });
    if (!before) throw new AppError("NIET_GEVONDEN", "Dit account bestaat niet (meer).");
    if (accountStand(before) !== input.stand) throw new AppError("CONFLICT", "Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.");
    if (input.userId === ctx.actor.id && input.role !== before.role) throw new AppError("VOORWAARDE", "U kunt uw eigen rol niet wijzigen; dat doet een andere functioneel beheerder.", "role");
    const links = await membershipOf(tx, input.role, input);
    await assertOneGedragswetenschapper(tx, input.role, links.topteamId, input.userId);
    const after: AccountVelden = { naam: input.naam, role: input.role, ...links };
    const wijziging = Object.fromEntries(
      (Object.keys(after) as (keyof AccountVelden)[]).filter((k) => after[k] !== before[k]).map((k) => [k, [before[k], after[k]] as [unknown, unknown]]),
    );
    if (Object.keys(wijziging).length === 0) return;
    await tx.user.update({ where: { id: input.userId }, data: after });
    const scope = ["role", "schoolId", "windstreekId", "topteamId"].some((k) => k in wijziging);
    if (scope) await tx.authSession.updateMany({ where: { userId: input.userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, { actor: ctx.actor, action: "USER_UPDATE", onderdeel: "gebruiker: gewijzigd", outcome: "ALLOWED", ip: ctx.ip, subject: `user:${input.userId}`, wijziging });
  });
}

/** One account, for its edit page. */
export async function getAccount(ctx: RequestContext, userId: string) {
  await authorize(ctx, "users:manage", { action: "USER_LIST", onderdeel: "gebruiker" });
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, naam: true, email: true, role: true, active: true, schoolId: true, windstreekId: true, topteamId: true, passwordHash: true, totpEnabledAt: true },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, uitgenodigd: passwordHash === null, stand: accountStand(user) };
}
