// Auth.js: e-mail and password only. The signed cookie carries nothing but the id of a
// server-side AuthSession row; lib/auth/current-actor.ts checks that row on every request,
// which is what lets logging out or deactivating a user end the session at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "../audit";
import { db } from "../db";
import { sessionPolicyFromEnv } from "./session-policy";
import { verifyPassword } from "./password";
import { clientIp } from "../request";

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

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A failed sign-in is expected and already in the audit log; anything else is worth a log line.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: sessionPolicyFromEnv().maxHours * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = await db().user.findUnique({ where: { email } });
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        const ip = clientIp(request.headers);
        if (!user || !ok || !user.active) {
          await recordAudit(db(), { actor: null, action: "SIGN_IN_FAILED", onderdeel: "aanmelden", outcome: "DENIED", ip });
          return null;
        }
        const session = await db().authSession.create({ data: { userId: user.id } });
        await recordAudit(db(), {
          actor: { ...user, sessionId: session.id },
          action: "SIGN_IN",
          onderdeel: "aanmelden",
          outcome: "ALLOWED",
          ip,
        });
        return { id: user.id, sid: session.id };
      },
    }),
  ],
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
