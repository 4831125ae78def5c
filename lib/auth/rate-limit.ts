// Sign-in rate limiting, per account and per IP address (OWASP ASVS 5.0, V6.3). The rule is
// pure; the counts come from SignInAttempt rows, so every server process sees the same ones.
import { createHash, createHmac } from "node:crypto";

export interface RateLimitPolicy {
  /** Failures on one e-mail address, since its last success, before it is paused. */
  perAccount: number;
  /** Failures from one IP address, on any account, before it is paused. */
  perIp: number;
  windowMinutes: number;
}

export function rateLimitPolicyFromEnv(env: Record<string, string | undefined> = process.env): RateLimitPolicy {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perAccount: positive(env.SIGNIN_MAX_FAILURES_ACCOUNT, 5),
    perIp: positive(env.SIGNIN_MAX_FAILURES_IP, 20),
    windowMinutes: positive(env.SIGNIN_WINDOW_MINUTES, 15),
  };
}

export interface RecentFailures {
  account: number;
  ip: number;
}

export function isRateLimited(failures: RecentFailures, policy: RateLimitPolicy): boolean {
  return failures.account >= policy.perAccount || failures.ip >= policy.perIp;
}

/** Attempts are stored under a hash of the normalised address, never the address itself. */
export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** A keyed hash of the normalised address (HMAC with AUTH_SECRET), for the audit log: not reversible by a dictionary without the key. */
export function addressKey(email: string, secret = process.env.AUTH_SECRET ?? ""): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}
