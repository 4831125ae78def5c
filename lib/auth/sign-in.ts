// Checking a sign-in: the rate limit first, then the password, then the account. Every attempt
// is recorded for the rate limit and in the audit log; a success opens a server-side session.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { recordAudit } from "../audit";
import { db } from "../db";
import { verifyPassword } from "./password";
import { makeRoomForSession } from "./sessions";
import { open } from "./secret-box";
import { verifyTotp } from "./totp";
import { addressKey, emailHash, isRateLimited, rateLimitPolicyFromEnv } from "./rate-limit";

/** Thrown to Auth.js so that the sign-in form can say why, unlike a wrong password. */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

/** The password was right; the account has a second factor and no code came with it. */
export class TotpRequiredSignIn extends CredentialsSignin {
  override code = "totp_required";
}

export class TotpInvalidSignIn extends CredentialsSignin {
  override code = "totp_invalid";
}

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(12).optional(),
});

async function recentFailures(tx: Prisma.TransactionClient, hash: string, ip: string | null, now: Date) {
  const policy = rateLimitPolicyFromEnv();
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { emailHash: hash, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const account = await tx.signInAttempt.count({
    where: { emailHash: hash, succeeded: false, at: { gt: lastSuccess?.at ?? since } },
  });
  const fromIp = ip ? await tx.signInAttempt.count({ where: { ip, succeeded: false, at: { gt: since } } }) : 0;
  return { failures: { account, ip: fromIp }, policy };
}

/**
 * Counts the recent failures and records this attempt as one, in one step per account: under an
 * advisory lock on the address's hash, so that thirty attempts at once are counted one after the
 * other and only as many as the limit allows get their password checked. A success turns its
 * attempt into a success afterwards.
 */
async function reserveAttempt(hash: string, ip: string | null, now: Date): Promise<{ id: bigint; limited: boolean }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${hash}))`;
    const { failures, policy } = await recentFailures(tx, hash, ip, now);
    const attempt = await tx.signInAttempt.create({ data: { emailHash: hash, ip, succeeded: false, at: now }, select: { id: true } });
    return { id: attempt.id, limited: isRateLimited(failures, policy) };
  });
}

/**
 * The session id for valid credentials, or null. Throws RateLimitedSignIn while the account or
 * the address is paused; then the password is not even checked.
 */
export async function checkSignIn(raw: unknown, ip: string | null, now = new Date()): Promise<{ userId: string; sid: string } | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const hash = emailHash(email);
  const attempt = await reserveAttempt(hash, ip, now);
  // The account tried, as a keyed hash: the log can tell attempts on one address apart and match
  // them to it, without holding the address.
  const fail = () => recordAudit(db(), { actor: null, action: "SIGN_IN_FAILED", onderdeel: "aanmelden", outcome: "DENIED", ip, subject: `email:${addressKey(email)}` });
  if (attempt.limited) {
    await fail();
    throw new RateLimitedSignIn();
  }
  const user = await db().user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.active) {
    await fail();
    return null;
  }
  let step: number | null = null;
  if (user.totpEnabledAt && user.totpSecret) {
    if (!code) throw new TotpRequiredSignIn();
    step = verifyTotp(open(user.totpSecret), code, user.totpLastStep, now.getTime());
    if (step === null) {
      await fail();
      throw new TotpInvalidSignIn();
    }
  }
  const session = await db().$transaction(async (tx) => {
    if (step !== null) {
      // Conditional, so that two sign-ins with one code at the same moment cannot both pass.
      const used = await tx.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (used.count !== 1) return null;
    }
    await tx.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
    await makeRoomForSession(tx, user.id, now);
    const created = await tx.authSession.create({ data: { userId: user.id } });
    await recordAudit(tx, { actor: { ...user, sessionId: created.id }, action: "SIGN_IN", onderdeel: "aanmelden", outcome: "ALLOWED", ip });
    return created;
  });
  if (!session) {
    await fail();
    throw new TotpInvalidSignIn();
  }
  return { userId: user.id, sid: session.id };
}
