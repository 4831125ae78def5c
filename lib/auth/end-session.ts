// Ending a server-side session, the one way every sign-out takes: the app's own button and
// Auth.js's `POST /api/auth/signout` (its signOut event). Once the row is ended, the cookie that
// names it is worthless, whether or not the browser drops it.
import "server-only";
import { recordAudit } from "../audit";
import { actorFromUser } from "../authz";
import { db } from "../db";

export async function endSession(sessionId: string, ip: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
    if (count === 0) return;
    const { user } = await tx.authSession.findUniqueOrThrow({ where: { id: sessionId }, include: { user: true } });
    await recordAudit(tx, { actor: actorFromUser(user, sessionId), action: "SIGN_OUT", onderdeel: "aanmelden", outcome: "ALLOWED", ip });
  });
}
