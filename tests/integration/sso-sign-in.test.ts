// Signing in through an identity provider: only an existing, active account, by its address; the
// app's own second factor afterwards unless the provider did MFA.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { confirmPendingCode } from "@/lib/auth/pending-code";
import { seal } from "@/lib/auth/secret-box";
import { checkSsoSignIn } from "@/lib/auth/sso-sign-in";
import { day } from "@/lib/calendar";
import { refusal, seededWithCasts } from "../support/trajecten";

const setup = seededWithCasts(day("2026-11-20"));
const db = () => setup.database.prisma;
const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, { OIDC_ISSUER: "https://idp.example.nl", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" }));
afterAll(() => {
  for (const key of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) if (!(key in saved)) delete process.env[key];
});

const claims = (email: string, amr: string[] = ["pwd"]) => ({ sub: email, email, email_verified: true, amr });

describe("single sign-on", () => {
  it("opens a session for an existing, active account, and refuses an unknown, a deactivated or an unverified one", async () => {
    const ok = await checkSsoSignIn("oidc", claims(setup.own.ONDERWIJSADVISEUR.email.toUpperCase()), "192.0.2.120");
    expect(ok).toMatchObject({ userId: setup.own.ONDERWIJSADVISEUR.id, sid: expect.any(String) });
    expect(await checkSsoSignIn("oidc", claims("niemand@example.nl"), "192.0.2.120")).toEqual({ weigering: "onbekend" });
    await db().user.update({ where: { id: setup.foreign.ONDERWIJSADVISEUR.id }, data: { active: false } });
    expect(await checkSsoSignIn("oidc", claims(setup.foreign.ONDERWIJSADVISEUR.email), "192.0.2.120")).toEqual({ weigering: "onbekend" });
    expect(await checkSsoSignIn("oidc", { email: setup.own.ONDERWIJSADVISEUR.email }, "192.0.2.120")).toEqual({ weigering: "geen-adres" });
    expect(await checkSsoSignIn("onbekende-provider", claims(setup.own.ONDERWIJSADVISEUR.email), "192.0.2.120")).toEqual({ weigering: "geen-adres" });
    expect(await db().auditLog.count({ where: { action: "SIGN_IN_FAILED", ip: "192.0.2.120" } })).toBe(4);
  });

  it("owes the app's own code when the provider did no MFA, not when it did", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const user = setup.own.GEDRAGSWETENSCHAPPER;
    await db().user.update({ where: { id: user.id }, data: { totpSecret: seal(secret), totpEnabledAt: new Date(), totpLastStep: null } });
    const withMfa = await checkSsoSignIn("oidc", claims(user.email, ["pwd", "mfa"]), null);
    expect((await db().authSession.findUniqueOrThrow({ where: { id: "sid" in withMfa ? withMfa.sid : "" } })).codeNodig).toBe(false);

    const without = await checkSsoSignIn("oidc", claims(user.email), null);
    const sid = "sid" in without ? without.sid : "";
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).codeNodig).toBe(true);
    expect(await refusal(confirmPendingCode(sid, "000000", null))).toMatchObject({ veld: "code" });
    await confirmPendingCode(sid, TOTP.generate({ secret: Secret.fromBase32(secret) }), null);
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).codeNodig).toBe(false);
  });

  it("ends the session after five wrong codes", async () => {
    const user = setup.foreign.GEDRAGSWETENSCHAPPER;
    await db().user.update({ where: { id: user.id }, data: { totpSecret: seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), totpEnabledAt: new Date() } });
    const result = await checkSsoSignIn("oidc", claims(user.email), null);
    const sid = "sid" in result ? result.sid : "";
    for (let i = 0; i < 5; i++) await refusal(confirmPendingCode(sid, "000000", null));
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).not.toBeNull();
  });
});
