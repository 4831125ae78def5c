// Auth.js: e-mail and password, and single sign-on through the configured identity providers
// (lib/auth/sso.ts). The signed cookie carries nothing but the id of a server-side AuthSession
// row; lib/auth/current-actor.ts checks that row on every request, which is what lets logging
// out or deactivating a user end the session at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import type { Provider } from "next-auth/providers";
import { headers } from "next/headers";
import { isDatabaseUnavailable } from "../db/availability";
import { isHttps } from "../http/deployment";
import { errorFields, log } from "../log";
import { clientIp } from "../request";
import { endSession } from "./end-session";
import { sessionPolicyFromEnv } from "./session-policy";
import { checkSignIn } from "./sign-in";
import { ssoProvidersFromEnv } from "./sso";
import { checkSsoSignIn } from "./sso-sign-in";

/** One Auth.js provider per configured identity provider. */
function ssoProviders(): Provider[] {
  return ssoProvidersFromEnv().map((p) => {
    // Only the claims; no profile photo from Microsoft Graph.
    const profile = (claims: { sub?: unknown; name?: unknown; email?: unknown }) => ({
      id: String(claims.sub),
      name: typeof claims.name === "string" ? claims.name : null,
      email: typeof claims.email === "string" ? claims.email : null,
    });
    const common = { id: p.id, name: p.naam, clientId: p.clientId, clientSecret: p.clientSecret, issuer: p.issuer, profile };
    return p.soort === "entra"
      ? MicrosoftEntraID({ ...common, authorization: { params: { scope: "openid profile email" } } })
      : { ...common, type: "oidc" as const, authorization: { params: { scope: "openid email profile" } } };
  });
}

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

class DatabaseUnavailable extends CredentialsSignin {
  override code = "unavailable";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The server sets AUTH_URL to APP_URL (scripts/server.ts), so Auth.js builds its URLs from the
  // public origin; the request's host only serves `next dev`.
  trustHost: true,
  // Secure cookies follow from the public origin being https, not from a request header.
  useSecureCookies: isHttps(),
  // A failed sign-in is expected and already in the audit log; anything else is worth a log line.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") log.error({ where: "auth", err: errorFields(error) }, "sign-in error");
    },
  },
  session: { strategy: "jwt", maxAge: sessionPolicyFromEnv().maxHours * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        try {
          const result = await checkSignIn(raw, clientIp(request.headers));
          return result && { id: result.userId, sid: result.sid };
        } catch (error) {
          // Not "check your password": the sign-in form says the service is unavailable.
          if (isDatabaseUnavailable(error)) throw new DatabaseUnavailable();
          throw error;
        }
      },
    }),
    ...ssoProviders(),
  ],
  events: {
    // Auth.js's own sign-out route clears the cookie only; the session row must end too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid, null);
    },
  },
  callbacks: {
    // Single sign-on: the account must exist and be active; a refusal goes back to the sign-in
    // page with its reason (lib/auth/sign-in-messages.ts), and is in the audit log.
    async signIn({ user, account, profile }) {
      if (!account || account.provider === "credentials") return true;
      const result = await checkSsoSignIn(account.provider, (profile ?? {}) as Record<string, unknown>, clientIp(await headers()));
      if ("weigering" in result) return `/login?sso=${result.weigering}`;
      user.sid = result.sid;
      return true;
    },
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
});
