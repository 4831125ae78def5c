// Setting up and removing one's own TOTP second factor. Only ever for the signed-in user; the
// secret is sealed at rest and shown only while the set-up is not yet confirmed.
import "server-only";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import type { RequestContext } from "../authz";
import { open, seal } from "./secret-box";
import { mustSetUpTotp, newTotpSecret, totpRequiredRoles, totpUri, verifyTotp } from "./totp";

export interface SecondFactorStatus {
  enabledAt: Date | null;
  required: boolean;
  /** While set-up is pending: the key to enter in an authenticator app, and its otpauth URI. */
  pending: { secret: string; uri: string } | null;
}

export async function secondFactorStatus(ctx: RequestContext): Promise<SecondFactorStatus> {
  const user = await db().user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { email: true, role: true, totpSecret: true, totpEnabledAt: true } });
  const secret = !user.totpEnabledAt && user.totpSecret ? open(user.totpSecret) : null;
  return {
    enabledAt: user.totpEnabledAt,
    required: totpRequiredRoles().includes(user.role),
    pending: secret ? { secret, uri: totpUri(secret, user.email) } : null,
  };
}

/** A fresh secret to confirm; replaces a pending one, never an active one. */
export async function startSecondFactor(ctx: RequestContext): Promise<void> {
  await db().user.updateMany({ where: { id: ctx.actor.id, totpEnabledAt: null }, data: { totpSecret: seal(newTotpSecret()), totpLastStep: null } });
}

const invalidCode = () => new AppError("VOORWAARDE", "Deze code klopt niet of is al gebruikt. Wacht op de volgende code.", "code");

/** Turns the pending secret on, once the user proves their app produces its codes. */
export async function confirmSecondFactor(ctx: RequestContext, code: string, now = Date.now()): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
    const step = user.totpSecret && !user.totpEnabledAt ? verifyTotp(open(user.totpSecret), code, null, now) : null;
    if (step === null) throw invalidCode();
    await tx.user.update({ where: { id: ctx.actor.id }, data: { totpEnabledAt: new Date(now), totpLastStep: step } });
    await recordAudit(tx, { actor: ctx.actor, action: "SECOND_FACTOR_CHANGE", onderdeel: "tweestapsverificatie", outcome: "ALLOWED", ip: ctx.ip });
  });
}

/** Removes the second factor, with a current code; not for a role that requires one. */
export async function removeSecondFactor(ctx: RequestContext, code: string, now = Date.now()): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { role: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
    if (mustSetUpTotp({ role: user.role, totpEnabledAt: null })) throw new AppError("VOORWAARDE", "Voor uw rol is tweestapsverificatie verplicht; u kunt haar niet uitzetten.", "code");
    const step = user.totpSecret && user.totpEnabledAt ? verifyTotp(open(user.totpSecret), code, user.totpLastStep, now) : null;
    if (step === null) throw invalidCode();
    await tx.user.update({ where: { id: ctx.actor.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await recordAudit(tx, { actor: ctx.actor, action: "SECOND_FACTOR_CHANGE", onderdeel: "tweestapsverificatie", outcome: "ALLOWED", ip: ctx.ip });
  });
}
