import { describe, expect, it } from "vitest";
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
