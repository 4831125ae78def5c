// Auth.js: e-mail and password only. The signed cookie carries nothing but the id of a
// server-side AuthSession row; lib/auth/current-actor.ts checks that row on every request,
// which is what lets logging out or deactivating a user end the session at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "../db/availability";
import { isHttps } from "../http/deployment";
import { errorFields, log } from "../log";
import { clientIp } from "../request";
import { endSession } from "./end-session";
import { sessionPolicyFromEnv } from "./session-policy";
import { checkSignIn } from "./sign-in";

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
  ],
  events: {
    // Auth.js's own sign-out route clears the cookie only; the session row must end too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid, null);
    },
  },
  callbacks: {
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
