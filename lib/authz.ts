// Who may do what: the one table of role × permission → scope, and the query filter each scope
// means. Every page, action and route asks here; the UI only hides what this already refuses.
// Pure: no framework imports, so the rules are tested directly.
import type { Prisma } from "./generated/prisma/client";
import type { Role } from "./generated/prisma/enums";

/** The signed-in user, as the server knows them for this request. */
export interface Actor {
  id: string;
  naam: string;
  email: string;
  role: Role;
  schoolId: string | null;
  windstreekId: string | null;
  topteamId: string | null;
  sessionId: string;
}

/** The Actor for a user row, in the session `sessionId`. */
export function actorFromUser(
  user: Pick<Actor, "id" | "naam" | "email" | "role" | "schoolId" | "windstreekId" | "topteamId">,
  sessionId: string,
): Actor {
  const { id, naam, email, role, schoolId, windstreekId, topteamId } = user;
  return { id, naam, email, role, schoolId, windstreekId, topteamId, sessionId };
}

/** How far a permission reaches for a role. */
export type Scope =
  | "OWN_SCHOOL" // trajecten of students of the user's school
  | "OWN_WINDSTREEK" // trajecten of schools in the user's windstreek
  | "OWN_TEAM" // trajecten assigned to the user's Topteam
  | "ASSIGNED" // trajecten the user is personally assigned to
  | "ALL_TEAMS" // trajecten assigned to any Topteam
  | "AGGREGATE" // counts only, never a record
  | "ALL"; // everything of its kind (no dossier content is ever part of it)

export const PERMISSIONS = {
  /** Open a traject's dossier and see it in lists. */
  "traject:read": {
    ZORGCOORDINATOR: "OWN_SCHOOL",
    ONDERWIJSADVISEUR: "OWN_WINDSTREEK",
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
    TOPDOCENT: "ASSIGNED",
    HULPVERLENER: "ASSIGNED",
    COORDINATOR: "ALL_TEAMS",
  },
  /** Read the figures of trajecten: counts per phase, caseload against capacity. */
  "figures:read": {
    SWV: "AGGREGATE",
    COORDINATOR: "AGGREGATE",
  },
  /** See and manage accounts, schools and teams. */
  "users:manage": {
    ADMIN: "ALL",
  },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Not allowed: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function scopeOf(actor: Pick<Actor, "role">, permission: Permission): Scope | null {
  const byRole: Partial<Record<Role, Scope>> = PERMISSIONS[permission];
  return byRole[actor.role] ?? null;
}

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return scopeOf(actor, permission) !== null;
}

export function assertCan(actor: Pick<Actor, "role">, permission: Permission): Scope {
  const scope = scopeOf(actor, permission);
  if (!scope) throw new ForbiddenError(permission);
  return scope;
}

// Matches no row: for an actor whose membership is missing, so a gap fails closed.
const NOTHING: Prisma.TrajectWhereInput = { id: { in: [] } };

/**
 * The filter that limits trajecten to what `actor` may reach with `permission`. Every query for
 * trajecten includes it, so a list or a lookup cannot leak by construction.
 */
export function trajectWhere(actor: Actor, permission: Permission): Prisma.TrajectWhereInput {
  const scope = assertCan(actor, permission);
  switch (scope) {
    case "OWN_SCHOOL":
      return actor.schoolId ? { schoolId: actor.schoolId } : NOTHING;
    case "OWN_WINDSTREEK":
      return actor.windstreekId ? { school: { windstreekId: actor.windstreekId } } : NOTHING;
    case "OWN_TEAM":
      return actor.topteamId ? { topteamId: actor.topteamId } : NOTHING;
    case "ASSIGNED":
      return { assignments: { some: { userId: actor.id } } };
    case "ALL_TEAMS":
      return { topteamId: { not: null } };
    case "AGGREGATE":
    case "ALL":
      // Neither reaches individual trajecten: aggregates are computed elsewhere.
      return NOTHING;
  }
}
