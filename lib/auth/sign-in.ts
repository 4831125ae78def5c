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
import { claimTotpStep } from "./totp-step";
import { addressKey, emailHash, KNOWN_ADDRESS_DAYS, rateLimitPolicyFromEnv, waitSeconds, type RateLimitPolicy, type RecentFailures } from "./rate-limit";

/** Thrown to Auth.js so that the sign-in form can say why, unlike a wrong password. */
export const RATE_LIMITED_CODE = "rate_limited";

export class RateLimitedSignIn extends CredentialsSignin {
  override code = RATE_LIMITED_CODE;
  constructor(readonly waitSeconds: number) {
    super();
  }
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

async function recentFailures(tx: Prisma.TransactionClient, hash: string, ip: string | null, now: Date, policy: RateLimitPolicy): Promise<RecentFailures> {
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lastSuccess = (where: Prisma.SignInAttemptWhereInput, after: Date) =>
    tx.signInAttempt.findFirst({ where: { ...where, succeeded: true, at: { gte: after } }, orderBy: { at: "desc" }, select: { at: true } });
  const [accountSuccess, pairSuccess] = await Promise.all([
    lastSuccess({ emailHash: hash }, since),
    ip ? lastSuccess({ emailHash: hash, ip }, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000)) : null,
  ]);
  const after = (success: { at: Date } | null) => (success && success.at > since ? success.at : since);
  const [account, pairFailures, fromIp] = await Promise.all([
    tx.signInAttempt.count({ where: { emailHash: hash, succeeded: false, at: { gt: after(accountSuccess) } } }),
    ip
      ? tx.signInAttempt.findMany({ where: { emailHash: hash, ip, succeeded: false, at: { gt: after(pairSuccess) } }, orderBy: { at: "desc" }, select: { at: true } })
      : [],
    ip ? tx.signInAttempt.count({ where: { ip, succeeded: false, at: { gt: since } } }) : 0,
  ]);
  return { pair: pairFailures.length, lastPairFailureAt: pairFailures[0]?.at ?? null, ip: fromIp, account, knownAddress: pairSuccess !== null };
}

/**
 * Counts the recent failures and, when the attempt may go ahead, records it as a failure, in one
 * step per account: under an advisory lock on the address's hash, so that thirty attempts at once
 * are counted one after the other and only as many as the pair's delay allows get their password
 * checked. A success turns its attempt into a success afterwards. An attempt that must wait is
 * not recorded here (it would make the wait longer for someone who merely tries again too soon);
 * the audit log has it.
 */
async function reserveAttempt(hash: string, ip: string | null, now: Date): Promise<{ id: bigint | null; wait: number }> {
  const policy = rateLimitPolicyFromEnv();
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${hash}))`;
    const wait = waitSeconds(await recentFailures(tx, hash, ip, now, policy), policy, now);
    if (wait > 0) return { id: null, wait };
    const attempt = await tx.signInAttempt.create({ data: { emailHash: hash, ip, succeeded: false, at: now }, select: { id: true } });
    return { id: attempt.id, wait: 0 };
  });
}

/**
 * The session id for valid credentials, or null. Throws RateLimitedSignIn, with the seconds to
 * wait, while the pair, the address or the account is paused; then the password is not checked.
 */
export async function checkSignIn(raw: unknown, ip: string | null, now = new Date()): Promise<{ userId: string; sid: string } | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const hash = emailHash(email);
  const { id: attemptId, wait } = await reserveAttempt(hash, ip, now);
  // The account tried, as a keyed hash: the log can tell attempts on one address apart and match
  // them to it, without holding the address.
  const fail = () => recordAudit(db(), { actor: null, action: "SIGN_IN_FAILED", onderdeel: "aanmelden", outcome: "DENIED", ip, subject: `email:${addressKey(email)}` });
  if (attemptId === null) {
    await fail();
    throw new RateLimitedSignIn(wait);
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
    if (step !== null && !(await claimTotpStep(tx, user.id, step))) return null;
    await tx.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
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
