"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit";
import { signOut } from "@/lib/auth/config";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/request";

/** Ends the server-side session first, so the cookie is worthless even if it survives. */
export async function signOutAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (actor) {
    await db().$transaction(async (tx) => {
      await tx.authSession.update({ where: { id: actor.sessionId }, data: { endedAt: new Date() } });
      await recordAudit(tx, { actor, action: "SIGN_OUT", onderdeel: "aanmelden", outcome: "ALLOWED", ip: clientIp(await headers()) });
    });
  }
  await signOut({ redirectTo: "/login" });
}
