import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { open, seal } from "@/lib/auth/secret-box";
import { mustSetUpTotp, newTotpSecret, totpRequiredRoles, totpUri, verifyTotp } from "@/lib/auth/totp";

const secret = newTotpSecret();
const now = Date.UTC(2026, 10, 20, 9, 0, 10);
const code = (at: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

describe("TOTP", () => {
  it("accepts the code of now and of one step either side, once", () => {
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, code(now), null, now)).toBe(step);
    expect(verifyTotp(secret, code(now - 30_000), null, now)).toBe(step - 1);
    expect(verifyTotp(secret, code(now + 30_000), null, now)).toBe(step + 1);
    expect(verifyTotp(secret, code(now - 90_000), null, now)).toBeNull();
    expect(verifyTotp(secret, code(now), step, now)).toBeNull();
    expect(verifyTotp(secret, code(now + 30_000), step, now)).toBe(step + 1);
    expect(verifyTotp(secret, "12345", null, now)).toBeNull();
    expect(verifyTotp(secret, ` ${code(now).slice(0, 3)} ${code(now).slice(3)} `, null, now)).toBe(step);
  });
  it("names the app and the account in the URI for the QR code", () => {
    expect(totpUri(secret, "a@b.nl")).toMatch(/^otpauth:\/\/totp\/Toptrajecten:a%40b\.nl\?.*secret=/);
  });
  it("requires a second factor for the admin and the privacy officer unless configured otherwise", () => {
    expect(totpRequiredRoles({})).toEqual(["ADMIN", "PRIVACY_OFFICER"]);
    expect(totpRequiredRoles({ TOTP_REQUIRED_ROLES: "admin, gedragswetenschapper" })).toEqual(["ADMIN", "GEDRAGSWETENSCHAPPER"]);
    expect(totpRequiredRoles({ TOTP_REQUIRED_ROLES: "none" })).toEqual([]);
    expect(mustSetUpTotp({ role: "ADMIN", totpEnabledAt: null }, ["ADMIN"])).toBe(true);
    expect(mustSetUpTotp({ role: "ADMIN", totpEnabledAt: new Date() }, ["ADMIN"])).toBe(false);
    expect(mustSetUpTotp({ role: "TOPDOCENT", totpEnabledAt: null }, ["ADMIN"])).toBe(false);
  });
  it("keeps secrets sealed: a fresh ciphertext each time, and tampering is detected", () => {
    const a = seal(secret);
    expect(a).not.toContain(secret);
    expect(seal(secret)).not.toBe(a);
    expect(open(a)).toBe(secret);
    const parts = a.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => open(parts.join("."))).toThrow();
  });
});
