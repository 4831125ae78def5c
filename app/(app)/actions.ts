"use server";

import { headers } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";
import { clientIp } from "@/lib/request";

/** Ends the server-side session first, so the cookie is worthless even if it survives. */
export async function signOutAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (actor) await endSession(actor.sessionId, clientIp(await headers()));
  await signOut({ redirectTo: "/login" });
}
