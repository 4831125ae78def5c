// Sign-in throttling (OWASP ASVS 5.0, V6.3). Failures are counted per (account, address) pair:
// each failure beyond a few free ones makes the pair wait twice as long, and only the pair is
// locked at the end, so that a stranger who knows an address cannot lock its owner out elsewhere,
// and one pupil at a school's NAT cannot lock out the school. The per-address limit over all
// accounts is high on purpose (a whole school behind one address); the per-account limit over all
// addresses stops a spread-out guess, but never at an address where the account signed in before.
// The rule is pure; the counts come from SignInAttempt rows, so every server process sees the same.
import { createHash, createHmac } from "node:crypto";

/**
 * How long an account counts as known at an address after a success there: the furthest back a
 * sign-in reads its SignInAttempt rows, and so how long the retention run keeps them.
 */
export const KNOWN_ADDRESS_DAYS = 30;

export interface RateLimitPolicy {
  /** Failures of one pair that cost nothing: typing errors. */
  freeFailures: number;
  /** Failures of one pair after which the pair is locked for the window. */
  perPair: number;
  /** Failures from one address, on any account, after which the address waits out the window. */
  perIp: number;
  /** Failures on one account, from any address, after which addresses new to it wait. */
  perAccount: number;
  windowMinutes: number;
  /** The longest growing delay, before the lock. */
  maxDelaySeconds: number;
}

export function rateLimitPolicyFromEnv(env: Record<string, string | undefined> = process.env): RateLimitPolicy {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    freeFailures: positive(env.SIGNIN_FREE_FAILURES, 3),
    perPair: positive(env.SIGNIN_MAX_FAILURES_PAIR, 10),
    perIp: positive(env.SIGNIN_MAX_FAILURES_IP, 100),
    perAccount: positive(env.SIGNIN_MAX_FAILURES_ACCOUNT, 50),
    windowMinutes: positive(env.SIGNIN_WINDOW_MINUTES, 15),
    maxDelaySeconds: 300,
  };
}

export interface RecentFailures {
  /** This account from this address, since the pair's last success, within the window. */
  pair: number;
  lastPairFailureAt: Date | null;
  /** This address, any account, within the window. */
  ip: number;
  /** This account, any address, since its last success, within the window. */
  account: number;
  /** The account signed in from this address before: the per-account limit does not apply. */
  knownAddress: boolean;
}

/** The wait before the next attempt of a pair with this many failures, in seconds: 2, 4, 8, … */
export function pairDelaySeconds(failures: number, policy: RateLimitPolicy): number {
  if (failures < policy.freeFailures) return 0;
  if (failures >= policy.perPair) return policy.windowMinutes * 60;
  return Math.min(2 ** (failures - policy.freeFailures + 1), policy.maxDelaySeconds);
}

/** Seconds until this attempt may be checked; 0 when it may be now. */
export function waitSeconds(failures: RecentFailures, policy: RateLimitPolicy, now: Date): number {
  const window = policy.windowMinutes * 60;
  if (failures.ip >= policy.perIp) return window;
  if (failures.account >= policy.perAccount && !failures.knownAddress) return window;
  const delay = pairDelaySeconds(failures.pair, policy);
  if (!delay || !failures.lastPairFailureAt) return 0;
  const waited = (now.getTime() - failures.lastPairFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delay - waited));
}

/** Attempts are stored under a hash of the normalised address, never the address itself. */
export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** A keyed hash of the normalised address (HMAC with AUTH_SECRET), for the audit log: not reversible by a dictionary without the key. */
export function addressKey(email: string, secret = process.env.AUTH_SECRET ?? ""): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}
