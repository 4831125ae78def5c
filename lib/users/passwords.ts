// Choosing and changing passwords: through a single-use link by e-mail (a new account's
// invitation, "Wachtwoord vergeten?") or by the signed-in user. A link's secret is never stored
// (lib/users/token-link.ts); a used or expired link, or one that never existed, gets one answer.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { hashPassword, verifyPassword } from "../auth/password";
import { wachtwoordBezwaar } from "../auth/password-strength";
import { addressKey } from "../auth/rate-limit";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { TokenDoel } from "../generated/prisma/enums";
import { queueMail } from "../mail/outbox";
import { ROLE_LABEL } from "../navigation";
import { HERSTEL_UREN, UITNODIGING_DAGEN } from "./password-rules";
import { hashToken, linkPlaceholder, tokenFor } from "./token-link";

/** Reset mails per account per hour; more are asked for silently in vain, so a stranger cannot flood an inbox. */
const HERSTEL_PER_UUR = 3;

/** What a link's secret looks like (base64url of 32 bytes); anything else is not looked up. */
const TOKEN_VORM = /^[A-Za-z0-9_-]{20,100}$/;

const ONGELDIGE_LINK = "Deze link werkt niet (meer): hij is al gebruikt, verlopen of onvolledig. Vraag een nieuwe aan via “Wachtwoord vergeten?” op de aanmeldpagina.";

/** Makes a link for `userId`, ending any earlier unused one for the same purpose. Returns the row's id. */
async function issueToken(tx: Prisma.TransactionClient, userId: string, doel: TokenDoel, now: Date): Promise<string> {
  await tx.accountToken.updateMany({ where: { userId, doel, usedAt: null }, data: { usedAt: now } });
  const id = randomUUID();
  const geldig = doel === "UITNODIGING" ? UITNODIGING_DAGEN * 86_400_000 : HERSTEL_UREN * 3_600_000;
  await tx.accountToken.create({ data: { id, userId, doel, tokenHash: hashToken(tokenFor(id)), createdAt: now, expiresAt: new Date(now.getTime() + geldig) } });
  return id;
}

/** Inside the account's creation: the invitation mail with its link. */
export async function invite(tx: Prisma.TransactionClient, user: { id: string; email: string; naam: string; role: keyof typeof ROLE_LABEL }, now = new Date()): Promise<void> {
  const tokenId = await issueToken(tx, user.id, "UITNODIGING", now);
  await queueMail(tx, [user.email], "uitnodiging", { naam: user.naam, rol: ROLE_LABEL[user.role].toLowerCase(), url: linkPlaceholder(tokenId) });
}

/**
 * "Wachtwoord vergeten?": a link by mail when the address belongs to an active account. The
 * caller says the same either way, and the work done is about the same (one audit row, one
 * lookup), so the answer tells nothing about which addresses exist.
 */
export async function requestPasswordReset(email: string, ip: string | null, now = new Date()): Promise<void> {
  const adres = email.trim().toLowerCase();
  await db().$transaction(async (tx) => {
    await recordAudit(tx, { actor: null, action: "PASSWORD_RESET_REQUEST", onderdeel: "wachtwoord", outcome: "ALLOWED", ip, subject: `email:${addressKey(adres)}` });
    const user = await tx.user.findUnique({ where: { email: adres }, select: { id: true, email: true, active: true } });
    if (!user?.active) return;
    const recent = await tx.accountToken.count({ where: { userId: user.id, doel: "HERSTEL", createdAt: { gt: new Date(now.getTime() - 3_600_000) } } });
    if (recent >= HERSTEL_PER_UUR) return;
    const tokenId = await issueToken(tx, user.id, "HERSTEL", now);
    await queueMail(tx, [user.email], "wachtwoordHerstel", { url: linkPlaceholder(tokenId), uren: HERSTEL_UREN });
  });
}

export interface LinkStatus {
  naam: string;
  doel: TokenDoel;
}

/** Whom a link is for, while it works; null otherwise. */
export async function linkStatus(token: string, now = new Date()): Promise<LinkStatus | null> {
  if (!TOKEN_VORM.test(token)) return null;
  const row = await db().accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { doel: true, usedAt: true, expiresAt: true, user: { select: { naam: true, active: true } } } });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { naam: row.user.naam, doel: row.doel };
}

/**
 * Sets the password of the link's account and uses the link up, in one step: of two tries with
 * one link, one wins. Every session of the account ends (a reset is often because someone else
 * may know the old password). Returns the account's address, for the sign-in form.
 */
export async function setPasswordWithLink(token: string, password: string, ip: string | null, now = new Date()): Promise<string> {
  return db().$transaction(async (tx) => {
    const row = TOKEN_VORM.test(token)
      ? await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, doel: true, user: { select: { id: true, email: true, naam: true, active: true } } } })
      : null;
    if (!row || !row.user.active) throw new AppError("NIET_GEVONDEN", ONGELDIGE_LINK);
    const bezwaar = wachtwoordBezwaar(password, [row.user.email, row.user.naam]);
    if (bezwaar) throw new AppError("VOORWAARDE", bezwaar, "password");
    const used = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) throw new AppError("NIET_GEVONDEN", ONGELDIGE_LINK);
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash: await hashPassword(password) } });
    await tx.authSession.updateMany({ where: { userId: row.user.id, endedAt: null }, data: { endedAt: now } });
    await recordAudit(tx, {
      actor: null,
      action: "PASSWORD_CHANGE",
      onderdeel: row.doel === "UITNODIGING" ? "wachtwoord: uitnodiging" : "wachtwoord: vergeten",
      outcome: "ALLOWED",
      ip,
      subject: `user:${row.user.id}`,
    });
    return row.user.email;
  });
}

/** The signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(ctx: RequestContext, huidig: string, nieuw: string): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { passwordHash: true, email: true, naam: true } });
  if (!(await verifyPassword(user.passwordHash, huidig))) {
    await recordAudit(db(), { actor: ctx.actor, action: "PASSWORD_CHANGE", onderdeel: "wachtwoord: eigen", outcome: "DENIED", ip: ctx.ip, subject: `user:${ctx.actor.id}` });
    throw new AppError("VOORWAARDE", "Dit is niet uw huidige wachtwoord.", "huidig");
  }
  const bezwaar = wachtwoordBezwaar(nieuw, [user.email, user.naam]);
  if (bezwaar) throw new AppError("VOORWAARDE", bezwaar, "nieuw");
  if (nieuw === huidig) throw new AppError("VOORWAARDE", "Kies een ander wachtwoord dan uw huidige.", "nieuw");
  const passwordHash = await hashPassword(nieuw);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.actor.id }, data: { passwordHash } });
    await tx.authSession.updateMany({ where: { userId: ctx.actor.id, endedAt: null, id: { not: ctx.actor.sessionId } }, data: { endedAt: new Date() } });
    await recordAudit(tx, { actor: ctx.actor, action: "PASSWORD_CHANGE", onderdeel: "wachtwoord: eigen", outcome: "ALLOWED", ip: ctx.ip, subject: `user:${ctx.actor.id}` });
  });
}
