import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The Actor for a seeded account, as the server would build it after sign-in. */
export async function actorFor(prisma: PrismaClient, email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return {
    id: user.id,
    naam: user.naam,
    email: user.email,
    role: user.role,
    schoolId: user.schoolId,
    windstreekId: user.windstreekId,
    topteamId: user.topteamId,
    sessionId: "test-session",
  };
}
