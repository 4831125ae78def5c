// The session id read from Auth.js's own cookie, as Auth.js writes it (its own encode).
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionCookieName, sessionIdFromCookies } from "@/lib/auth/session-cookie";

const SECRET = "a-secret-of-at-least-thirty-two-chars";
const NAME = sessionCookieName(false);

async function cookie(sid: string, { secret = SECRET, secure = false, maxAge = 3600 } = {}) {
  return encode({ token: { sid, sub: "user" }, secret, salt: sessionCookieName(secure), maxAge });
}

describe("sessionIdFromCookies", () => {
  it("reads the sid of Auth.js's cookie, among other cookies", async () => {
    const token = await cookie("sessie-1");
    expect(await sessionIdFromCookies(`andere=1; ${NAME}=${token}; nog=2`, SECRET, Date.now(), false)).toBe("sessie-1");
    // A second read is remembered, and gives the same.
    expect(await sessionIdFromCookies(`${NAME}=${token}`, SECRET, Date.now(), false)).toBe("sessie-1");
  });

  it("uses the __Secure- name on https, and only that name", async () => {
    const token = await cookie("sessie-2", { secure: true });
    expect(await sessionIdFromCookies(`__Secure-authjs.session-token=${token}`, SECRET, Date.now(), true)).toBe("sessie-2");
    expect(await sessionIdFromCookies(`authjs.session-token=${token}`, SECRET, Date.now(), true)).toBeNull();
  });

  it("joins a cookie that Auth.js split into chunks", async () => {
    const token = await cookie("sessie-3");
    const half = Math.floor(token.length / 2);
    expect(await sessionIdFromCookies(`${NAME}.1=${token.slice(half)}; ${NAME}.0=${token.slice(0, half)}`, SECRET, Date.now(), false)).toBe("sessie-3");
  });

  it("refuses a cookie made with another secret, also after it was read with its own", async () => {
    const token = await cookie("sessie-4");
    expect(await sessionIdFromCookies(`${NAME}=${token}`, SECRET, Date.now(), false)).toBe("sessie-4");
    expect(await sessionIdFromCookies(`${NAME}=${token}`, "another-secret-of-thirty-two-chars!", Date.now(), false)).toBeNull();
    const foreign = await cookie("sessie-5", { secret: "another-secret-of-thirty-two-chars!" });
    expect(await sessionIdFromCookies(`${NAME}=${foreign}`, SECRET, Date.now(), false)).toBeNull();
  });

  it("refuses a changed cookie", async () => {
    const token = await cookie("sessie-6");
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await sessionIdFromCookies(`${NAME}=${parts.join(".")}`, SECRET, Date.now(), false)).toBeNull();
    expect(await sessionIdFromCookies(`${NAME}=not-a-token`, SECRET, Date.now(), false)).toBeNull();
  });

  it("stops counting a cookie when it expires, also one it remembered", async () => {
    const token = await cookie("sessie-7", { maxAge: 60 });
    const now = Date.now();
    expect(await sessionIdFromCookies(`${NAME}=${token}`, SECRET, now, false)).toBe("sessie-7");
    expect(await sessionIdFromCookies(`${NAME}=${token}`, SECRET, now + 61_000, false)).toBeNull();
    // Gone from memory too: decrypting it again finds it expired.
    expect(await sessionIdFromCookies(`${NAME}=${token}`, SECRET, now + 61_000, false)).toBeNull();
    const expired = await cookie("sessie-8", { maxAge: -60 });
    expect(await sessionIdFromCookies(`${NAME}=${expired}`, SECRET, now, false)).toBeNull();
  });

  it("is null without a cookie or without a secret", async () => {
    const token = await cookie("sessie-9");
    expect(await sessionIdFromCookies(null, SECRET, Date.now(), false)).toBeNull();
    expect(await sessionIdFromCookies("andere=1", SECRET, Date.now(), false)).toBeNull();
    expect(await sessionIdFromCookies(`${NAME}=${token}`, undefined, Date.now(), false)).toBeNull();
  });
});
