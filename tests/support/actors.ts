import { actorFromUser, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The Actor for a seeded account, as the server would build it after sign-in. */
export async function actorFor(prisma: PrismaClient, email: string): Promise<Actor> {
  return actorFromUser(await prisma.user.findUniqueOrThrow({ where: { email } }), "test-session");
}
