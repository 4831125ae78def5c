import { describe, expect, it } from "vitest";
import { pairDelaySeconds, rateLimitPolicyFromEnv, waitSeconds } from "@/lib/auth/rate-limit";
import { isSessionLive } from "@/lib/auth/session-policy";

const policy = { idleMinutes: 30, maxHours: 12 };
const start = new Date("2026-11-22T08:00:00Z");
const live = { createdAt: start, lastSeenAt: start, endedAt: null, userActive: true };
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("a server-side session", () => {
  it("lives while used", () => expect(isSessionLive(live, at(30), policy)).toBe(true));
  it("ends after 30 minutes idle", () => expect(isSessionLive(live, at(31), policy)).toBe(false));
  it("ends after 12 hours however active", () => {
    expect(isSessionLive({ ...live, lastSeenAt: at(12 * 60) }, at(12 * 60 + 1), policy)).toBe(false);
  });
  it("ends when signed out", () => expect(isSessionLive({ ...live, endedAt: at(1) }, at(2), policy)).toBe(false));
  it("ends when the user is deactivated", () => expect(isSessionLive({ ...live, userActive: false }, at(1), policy)).toBe(false));
});

describe("sign-in throttling", () => {
  const policy = rateLimitPolicyFromEnv({ SIGNIN_MAX_FAILURES_PAIR: "x" });
  const none = { pair: 0, lastPairFailureAt: null, ip: 0, account: 0, knownAddress: false };
  const now = new Date("2026-11-22T08:00:00Z");
  const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

  it("has documented defaults; a bad value falls back", () => {
    expect(policy).toEqual({ freeFailures: 3, perPair: 10, perIp: 100, perAccount: 50, windowMinutes: 15, maxDelaySeconds: 300 });
  });
  it("lets a few typing errors pass, then doubles the wait, then locks the pair for the window", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((f) => pairDelaySeconds(f, policy))).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 900]);
  });
  it("counts the wait from the pair's last failure", () => {
    expect(waitSeconds({ ...none, pair: 5, lastPairFailureAt: secondsAgo(3) }, policy, now)).toBe(5);
    expect(waitSeconds({ ...none, pair: 5, lastPairFailureAt: secondsAgo(8) }, policy, now)).toBe(0);
    expect(waitSeconds({ ...none, pair: 10, lastPairFailureAt: secondsAgo(60) }, policy, now)).toBe(840);
  });
  it("pauses an address only at the high per-address limit", () => {
    expect(waitSeconds({ ...none, ip: 99 }, policy, now)).toBe(0);
    expect(waitSeconds({ ...none, ip: 100 }, policy, now)).toBe(900);
  });
  it("pauses an account guessed at from many addresses, but not where it signed in before", () => {
    expect(waitSeconds({ ...none, account: 50 }, policy, now)).toBe(900);
    expect(waitSeconds({ ...none, account: 50, knownAddress: true }, policy, now)).toBe(0);
  });
});
