import "server-only";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";

const ORDER: Role[] = ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "COORDINATOR", "SWV", "ADMIN", "PRIVACY_OFFICER"];

/**
 * The seeded demo accounts, for the sign-in page in demo mode: per role, the accounts of the
 * first two schools, windstreken or teams, which is enough to try every view and its limits.
 */
export async function listDemoAccounts(): Promise<{ email: string; role: Role; organisatie: string | null }[]> {
  const users = await db().user.findMany({
    where: { active: true, email: { endsWith: "@demo.toptrajecten.nl" } },
    select: { email: true, role: true, school: { select: { naam: true } }, windstreek: { select: { naam: true } }, topteam: { select: { naam: true } } },
    orderBy: { email: "asc" },
  });
  return ORDER.flatMap((role) =>
    users
      .filter((u) => u.role === role)
      .slice(0, 2)
      .map((u) => ({ email: u.email, role: u.role, organisatie: u.school?.naam ?? u.topteam?.naam ?? u.windstreek?.naam ?? null })),
  );
}
