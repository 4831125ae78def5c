// The app's own second factor after single sign-on, when the identity provider did no MFA: the
// session exists but opens nothing until the code is given (AuthSession.codeNodig). Five wrong
// codes end the session; the user signs in again.
import "server-only";
import { recordAudit } from "../audit";
import { actorFromUser } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { open } from "./secret-box";
import { verifyTotp } from "./totp";
import { claimTotpStep } from "./totp-step";

const MAX_FOUTE_CODES = 5;

export async function confirmPendingCode(sid: string, code: string, ip: string | null, now = new Date()): Promise<void> {
  const session = await db().authSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!session || session.endedAt || !session.codeNodig) throw new AppError("NIET_GEVONDEN", "Meld u opnieuw aan.");
  const { user } = session;
  const actor = actorFromUser(user, sid);
  const step = user.totpSecret ? verifyTotp(open(user.totpSecret), code.trim(), user.totpLastStep, now.getTime()) : null;
  if (step === null) {
    await recordAudit(db(), { actor, action: "SIGN_IN_FAILED", onderdeel: "aanmelden: code na single sign-on", outcome: "DENIED", ip, subject: `user:${user.id}` });
    const fouten = await db().auditLog.count({ where: { action: "SIGN_IN_FAILED", subject: `user:${user.id}`, at: { gte: session.createdAt } } });
    if (fouten >= MAX_FOUTE_CODES) {
      await db().authSession.update({ where: { id: sid }, data: { endedAt: now } });
      throw new AppError("VOORWAARDE", "Te vaak een verkeerde code. Meld u opnieuw aan.", "code");
    }
    throw new AppError("VOORWAARDE", "De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.", "code");
  }
  await db().$transaction(async (tx) => {
    if (!(await claimTotpStep(tx, user.id, step))) throw new AppError("VOORWAARDE", "De code is al gebruikt. Wacht op de volgende code.", "code");
    await tx.authSession.update({ where: { id: sid }, data: { codeNodig: false } });
    await recordAudit(tx, { actor, action: "SIGN_IN", onderdeel: "aanmelden: code na single sign-on", outcome: "ALLOWED", ip });
  });
}
