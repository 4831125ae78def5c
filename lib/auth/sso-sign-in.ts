// Signing in through an identity provider: only an existing, active account matches, by its
// verified address; there is no self-registration. A refusal is an audit row and a Dutch message
// on the sign-in page. The app's own second factor is asked afterwards, unless the provider
// reports MFA: then the session starts without it.
import "server-only";
import { recordAudit } from "../audit";
import { db } from "../db";
import { addressKey } from "./rate-limit";
import { makeRoomForSession } from "./sessions";
import { ssoIdentiteit, ssoProvidersFromEnv } from "./sso";

export type SsoUitkomst = { userId: string; sid: string } | { weigering: "onbekend" | "geen-adres" | "tenant" };

export async function checkSsoSignIn(providerId: string, claims: Record<string, unknown>, ip: string | null, now = new Date()): Promise<SsoUitkomst> {
  const provider = ssoProvidersFromEnv().find((p) => p.id === providerId);
  const identiteit = provider ? ssoIdentiteit(provider, claims) : ({ weigering: "geen-adres", email: null } as const);
  const fail = async (weigering: "onbekend" | "geen-adres" | "tenant", email: string | null) => {
    await recordAudit(db(), {
      actor: null,
      action: "SIGN_IN_FAILED",
      onderdeel: `aanmelden: ${providerId} (${weigering})`,
      outcome: "DENIED",
      ip,
      subject: email ? `email:${addressKey(email)}` : null,
    });
    return { weigering };
  };
  if ("weigering" in identiteit) return fail(identiteit.weigering, identiteit.email);
  const user = await db().user.findUnique({ where: { email: identiteit.email } });
  if (!user || !user.active) return fail("onbekend", identiteit.email);
  const session = await db().$transaction(async (tx) => {
    await makeRoomForSession(tx, user.id, now);
    // A second factor of the app's own is still owed when the provider did none.
    const created = await tx.authSession.create({ data: { userId: user.id, codeNodig: !identiteit.mfa && user.totpEnabledAt !== null } });
    await recordAudit(tx, { actor: { ...user, sessionId: created.id }, action: "SIGN_IN", onderdeel: `aanmelden: ${providerId}${identiteit.mfa ? " (mfa)" : ""}`, outcome: "ALLOWED", ip });
    return created;
  });
  return { userId: user.id, sid: session.id };
}
