import { describe, expect, it } from "vitest";
import { ssoIdentiteit, ssoProvidersFromEnv } from "@/lib/auth/sso";

const SWV = "11111111-2222-3333-4444-555555555555";
const ALTRA = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const env = {
  AUTH_MICROSOFT_ENTRA_ID_ID: "app-id",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "app-secret",
  AUTH_MICROSOFT_ENTRA_ID_TENANTS: `${SWV}=SWV, ${ALTRA}=Altra, niet-een-tenant=X`,
  OIDC_ISSUER: "https://entree.example.nl",
  OIDC_CLIENT_ID: "c",
  OIDC_CLIENT_SECRET: "s",
  OIDC_NAME: "Entree Federatie",
};

describe("single sign-on", () => {
  const [swv, altra, oidc] = ssoProvidersFromEnv(env);

  it("has one Entra provider per configured tenant, and the generic one; none without configuration", () => {
    expect(ssoProvidersFromEnv(env).map((p) => [p.id, p.naam, p.issuer])).toEqual([
      [`entra-${SWV}`, "SWV", `https://login.microsoftonline.com/${SWV}/v2.0`],
      [`entra-${ALTRA}`, "Altra", `https://login.microsoftonline.com/${ALTRA}/v2.0`],
      ["oidc", "Entree Federatie", "https://entree.example.nl"],
    ]);
    expect(ssoProvidersFromEnv({})).toEqual([]);
  });

  it("takes Entra's address only from its own tenant", () => {
    expect(ssoIdentiteit(swv!, { email: "A@SWV.nl", tid: SWV })).toEqual({ email: "a@swv.nl", mfa: false });
    expect(ssoIdentiteit(swv!, { email: "a@altra.nl", tid: ALTRA })).toEqual({ weigering: "tenant", email: "a@altra.nl" });
    expect(ssoIdentiteit(altra!, { email: "a@altra.nl", tid: ALTRA })).toMatchObject({ email: "a@altra.nl" });
  });

  it("takes the generic provider's address only when it says it is verified", () => {
    expect(ssoIdentiteit(oidc!, { email: "zc@school.nl", email_verified: true })).toEqual({ email: "zc@school.nl", mfa: false });
    expect(ssoIdentiteit(oidc!, { email: "zc@school.nl" })).toEqual({ weigering: "geen-adres", email: "zc@school.nl" });
    expect(ssoIdentiteit(oidc!, { email_verified: true })).toEqual({ weigering: "geen-adres", email: null });
  });

  it("counts a second factor in the amr claim as MFA, a password alone not", () => {
    expect(ssoIdentiteit(oidc!, { email: "x@y.nl", email_verified: true, amr: ["pwd", "mfa"] })).toMatchObject({ mfa: true });
    expect(ssoIdentiteit(oidc!, { email: "x@y.nl", email_verified: true, amr: ["pwd", "otp"] })).toMatchObject({ mfa: true });
    expect(ssoIdentiteit(oidc!, { email: "x@y.nl", email_verified: true, amr: ["pwd"] })).toMatchObject({ mfa: false });
  });
});
