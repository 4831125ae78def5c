import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { mayVisit } from "../access";
import { actorFromUser, type Actor, type RequestContext } from "../authz";
import type { Role } from "../generated/prisma/enums";
import { START_PAGE } from "../navigation";
import { db } from "../db";
import { clientIp } from "../request";
import { sessionIdFromCookies } from "./session-cookie";
import { readSession } from "./session-read";
import { isSessionLive, LAST_SEEN_RESOLUTION_MS, sessionPolicyFromEnv } from "./session-policy";
import { mustSetUpTotp } from "./totp";

interface SignIn {
  actor: Actor;
  totpMissing: boolean;
  codeNodig: boolean;
  /** The name of the actor's school, Topteam or windstreek, read with the session. */
  organisatie: string | null;
}

/**
 * The signed-in user for this request, or null. Checks the server-side session every time: a
 * session that was ended, timed out, or whose user was deactivated is closed here and counts
 * as signed out, whatever the cookie says.
 */
const currentSignIn = cache(async (): Promise<SignIn | null> => {
  const sid = await sessionIdFromCookies((await headers()).get("cookie"), process.env.AUTH_SECRET);
  if (!sid) return null;
  const session = await readSession(sid);
  if (!session) return null;
  const now = new Date();
  if (!isSessionLive({ ...session, userActive: session.user.active }, now, sessionPolicyFromEnv())) {
    if (!session.endedAt) await db().authSession.update({ where: { id: sid }, data: { endedAt: now } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db().authSession.update({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  return { actor: actorFromUser(session.user, session.id), totpMissing: mustSetUpTotp(session.user), codeNodig: session.codeNodig, organisatie: session.organisatie };
});

/** The signed-in user, or null; also null while a code is still owed after single sign-on. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const signIn = await currentSignIn();
  return signIn && !signIn.codeNodig ? signIn.actor : null;
});

/** The name of the signed-in user's school, Topteam or windstreek, for page titles: read with the session. */
export async function organisationName(): Promise<string | null> {
  return (await currentSignIn())?.organisatie ?? null;
}

/** The session that still owes its code after single sign-on, for the code page. */
export async function pendingCodeSession(): Promise<string | null> {
  const signIn = await currentSignIn();
  return signIn?.codeNodig ? signIn.actor.sessionId : null;
}

export interface AccessOptions {
  /** For the second-factor set-up itself: reachable before the second factor is set up. */
  withoutSecondFactor?: boolean;
}

/**
 * The signed-in user; anyone else is sent to the sign-in page. A user whose role requires a
 * second factor they have not set up is sent to set it up, for every page and action.
 */
export async function requireActor(options: AccessOptions = {}): Promise<Actor> {
  const signIn = await currentSignIn();
  if (!signIn) redirect("/login");
  if (signIn.codeNodig) redirect("/login/code");
  if (signIn.totpMissing && !options.withoutSecondFactor) redirect("/account/tweestaps");
  return signIn.actor;
}

export async function requireContext(options: AccessOptions = {}): Promise<RequestContext> {
  const actor = await requireActor(options);
  return { actor, ip: clientIp(await headers()) };
}

/** The context for page `pagina`, which is for `roles` only; anyone else is logged and sent to their start page. */
export async function requireRole(pagina: string, ...roles: Role[]): Promise<RequestContext> {
  const ctx = await requireContext();
  if (!(await mayVisit(ctx, pagina, roles))) redirect(START_PAGE[ctx.actor.role]);
  return ctx;
}
