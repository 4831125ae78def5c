// Single sign-on (OpenID Connect), configured by environment variables only: Microsoft Entra ID
// for the SWV's and Altra's Microsoft 365 tenants, and one generic OIDC provider (Entree Federatie
// for schools, or any other). Pure: which providers there are, and what an identity provider's
// claims mean for signing in — the verified address, the tenant, and whether it did MFA.

export interface SsoProvider {
  /** Auth.js's provider id: the callback is /api/auth/callback/<id>. */
  id: string;
  /** On the sign-in button: "Aanmelden met <naam>". */
  naam: string;
  soort: "entra" | "oidc";
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Entra only: the tenant whose users this provider signs in. */
  tenant?: string;
}

type Env = Record<string, string | undefined>;

/**
 * AUTH_MICROSOFT_ENTRA_ID_ID/_SECRET with AUTH_MICROSOFT_ENTRA_ID_TENANTS ("<tenant id>=<naam>,…"):
 * one provider per tenant, because Entra's multi-tenant endpoint has no single issuer to check the
 * token against. OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET with OIDC_NAME: the generic one.
 */
export function ssoProvidersFromEnv(env: Env = process.env): SsoProvider[] {
  const providers: SsoProvider[] = [];
  const entraId = env.AUTH_MICROSOFT_ENTRA_ID_ID;
  const entraSecret = env.AUTH_MICROSOFT_ENTRA_ID_SECRET;
  if (entraId && entraSecret) {
    for (const entry of (env.AUTH_MICROSOFT_ENTRA_ID_TENANTS ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
      const [tenant, naam] = entry.split("=").map((p) => p.trim());
      if (!tenant || !/^[0-9a-f-]{36}$/i.test(tenant)) continue;
      providers.push({
        id: `entra-${tenant.toLowerCase()}`,
        naam: naam || "Microsoft",
        soort: "entra",
        issuer: `https://login.microsoftonline.com/${tenant.toLowerCase()}/v2.0`,
        clientId: entraId,
        clientSecret: entraSecret,
        tenant: tenant.toLowerCase(),
      });
    }
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({ id: "oidc", naam: env.OIDC_NAME || "single sign-on", soort: "oidc", issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET });
  }
  return providers;
}

export type SsoWeigering = "geen-adres" | "tenant";

export type SsoIdentiteit = { email: string; mfa: boolean } | { weigering: SsoWeigering; email: string | null };

/** Methods in the `amr` claim (RFC 8176) that mean a second factor was used. */
const MFA_METHODS = new Set(["mfa", "otp", "hwk", "swk", "sms", "fpt", "face", "iris", "retina", "vbm", "sc"]);

/**
 * Whom the claims identify. Only a verified address counts: the generic provider must say
 * email_verified; Entra's address belongs to its own tenant, which must be the configured one.
 */
export function ssoIdentiteit(provider: SsoProvider, claims: Record<string, unknown>): SsoIdentiteit {
  const raw = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
  if (provider.soort === "entra" && String(claims.tid ?? "").toLowerCase() !== provider.tenant) return { weigering: "tenant", email: raw };
  const verified = provider.soort === "entra" || claims.email_verified === true || claims.email_verified === "true";
  if (!raw || !verified) return { weigering: "geen-adres", email: raw };
  const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
  return { email: raw, mfa: amr.some((m) => MFA_METHODS.has(m.toLowerCase())) };
}
