import { describe, expect, it } from "vitest";
import { isRateLimited, rateLimitPolicyFromEnv } from "@/lib/auth/rate-limit";
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

describe("sign-in rate limit", () => {
  it("pauses at the configured number of failures, per account or per address", () => {
    const policy = rateLimitPolicyFromEnv({ SIGNIN_MAX_FAILURES_ACCOUNT: "3", SIGNIN_MAX_FAILURES_IP: "x" });
    expect(policy).toEqual({ perAccount: 3, perIp: 20, windowMinutes: 15 });
    expect(isRateLimited({ account: 2, ip: 19 }, policy)).toBe(false);
    expect(isRateLimited({ account: 3, ip: 0 }, policy)).toBe(true);
    expect(isRateLimited({ account: 0, ip: 20 }, policy)).toBe(true);
  });
});
