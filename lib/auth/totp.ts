// TOTP second factor (RFC 6238, 30-second steps, 6 digits) with otpauth. A code is accepted one
// step either side of now, and never twice: the step it belongs to must be past the last used.
import { Secret, TOTP } from "otpauth";
import type { Role } from "../generated/prisma/enums";

const ISSUER = "Toptrajecten";
const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secretBase32), period: PERIOD }).toString();
}

/** The time step a valid, unused `code` belongs to, or null. */
export function verifyTotp(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secretBase32), period: PERIOD, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Roles that must have a second factor: TOTP_REQUIRED_ROLES (comma-separated, or "none"); admins by default. */
export function totpRequiredRoles(env: Record<string, string | undefined> = process.env): Role[] {
  const raw = env.TOTP_REQUIRED_ROLES;
  if (raw === undefined) return ["ADMIN", "PRIVACY_OFFICER"];
  if (raw.trim().toLowerCase() === "none") return [];
  return raw.split(",").map((r) => r.trim().toUpperCase()).filter(Boolean) as Role[];
}

export function mustSetUpTotp(user: { role: Role; totpEnabledAt: Date | null }, required = totpRequiredRoles()): boolean {
  return required.includes(user.role) && user.totpEnabledAt === null;
}
