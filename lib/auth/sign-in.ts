// Checking a sign-in: the rate limit first, then the password, then the account. Every attempt
// is recorded for the rate limit and in the audit log; a success opens a server-side session.
import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { recordAudit } from "../audit";
import { db } from "../db";
import { verifyPassword } from "./password";
import { open } from "./secret-box";
import { verifyTotp } from "./totp";
import { emailHash, isRateLimited, rateLimitPolicyFromEnv } from "./rate-limit";

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

async function recentFailures(hash: string, ip: string | null, now: Date) {
  const policy = rateLimitPolicyFromEnv();
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lastSuccess = await db().signInAttempt.findFirst({
    where: { emailHash: hash, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const account = await db().signInAttempt.count({
    where: { emailHash: hash, succeeded: false, at: { gt: lastSuccess?.at ?? since } },
  });
  const fromIp = ip ? await db().signInAttempt.count({ where: { ip, succeeded: false, at: { gt: since } } }) : 0;
  return { failures: { account, ip: fromIp }, policy };
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
  const { failures, policy } = await recentFailures(hash, ip, now);
  const fail = async () => {
    await db().signInAttempt.create({ data: { emailHash: hash, ip, succeeded: false, at: now } });
    await recordAudit(db(), { actor: null, action: "SIGN_IN_FAILED", onderdeel: "aanmelden", outcome: "DENIED", ip });
  };
  if (isRateLimited(failures, policy)) {
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
    await tx.signInAttempt.create({ data: { emailHash: hash, ip, succeeded: true, at: now } });
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
