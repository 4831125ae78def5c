// Who may do what: the one table of role × permission → scope, and the query filter each scope
// means. Every page, action and route asks here; the UI only hides what this already refuses.
// Pure: no framework imports, so the rules are tested directly.
import type { Prisma } from "./generated/prisma/client";
import type { Role } from "./generated/prisma/enums";
import { AppError, MELDING } from "./errors";

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

/** Who is asking, and from where: what every use case needs for its checks and its audit row. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
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
  | "ALL_TEAMS" // trajecten assigned to any Topteam, and approved ones waiting for one
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
  /** Move a traject through its phases; which transition, from where, is lib/trajecten/workflow.ts. */
  "traject:transition": {
    ZORGCOORDINATOR: "OWN_SCHOOL",
    ONDERWIJSADVISEUR: "OWN_WINDSTREEK",
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
  },
  /**
   * Work in a traject: goals, evaluations, handelingsadviezen and the handover. Topdocenten and
   * hulpverleners only where the gedragswetenschapper assigned them.
   */
  "traject:work": {
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
    TOPDOCENT: "ASSIGNED",
    HULPVERLENER: "ASSIGNED",
  },
  /** The handover document for the OPP: the handelingsadviezen and their evidence, for the school and the Topteam. */
  "overdracht:read": {
    ZORGCOORDINATOR: "OWN_SCHOOL",
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
    TOPDOCENT: "ASSIGNED",
    HULPVERLENER: "ASSIGNED",
  },
  /** The cooperation agreements at the start of a traject: the school's side and the Topteam's. */
  "samenwerking:write": {
    ZORGCOORDINATOR: "OWN_SCHOOL",
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
  },
  /** The gedragswetenschapper's lead: who of the team works in a traject, and the exit questionnaire. */
  "traject:staff": {
    GEDRAGSWETENSCHAPPER: "OWN_TEAM",
  },
  /** The school's part of the aanmelding: consent, linking the student by name. */
  "aanmelding:write": {
    ZORGCOORDINATOR: "OWN_SCHOOL",
  },
  /** The onderwijsadviseur's dossiercheck: asking the school for more information. */
  "dossiercheck:write": {
    ONDERWIJSADVISEUR: "OWN_WINDSTREEK",
  },
  /** Assign an approved traject to a Topteam, another windstreek's included. */
  "traject:assign": {
    COORDINATOR: "ALL_TEAMS",
  },
  /** Read the figures of trajecten: counts per phase, caseload against capacity. */
  "figures:read": {
    SWV: "AGGREGATE",
    COORDINATOR: "AGGREGATE",
  },
  /**
   * The yearly audit pack of a school year: aggregates for the SWV; the functioneel beheerder's
   * copy adds the accounts for the rights review.
   */
  "auditpakket:read": {
    SWV: "AGGREGATE",
    ADMIN: "ALL",
  },
  /** The privacy officer's tasks: a student's access log, export and erasure. No other dossier content. */
  "privacy:manage": {
    PRIVACY_OFFICER: "ALL",
  },
  /** See and manage accounts. */
  "users:manage": {
    ADMIN: "ALL",
  },
  /** Manage the organisation: windstreken, schools, Topteams and their capacity. */
  "org:manage": {
    ADMIN: "ALL",
  },
  /** See the e-mail outbox and send a failed message again. */
  "mail:manage": {
    ADMIN: "ALL",
  },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

/** What a user is told when their role lacks a permission. */
const NIET_TOEGESTAAN = {
  "traject:read": "U heeft geen toegang tot dossiers.",
  "traject:transition": MELDING.NIET_TOEGESTAAN,
  "traject:work": "Uw rol legt geen werk vast in dit traject.",
  "overdracht:read": "Het overdrachtsdocument is alleen voor de school en het Topteam.",
  "samenwerking:write": "Uw rol legt geen samenwerkingsafspraken vast.",
  "traject:staff": "Alleen de gedragswetenschapper van het Topteam mag dit.",
  "aanmelding:write": "Alleen een zorgcoördinator van de school mag dit.",
  "dossiercheck:write": "Alleen de onderwijsadviseur van de windstreek mag dit.",
  "traject:assign": "Alleen de coördinator Toptrajecten wijst een Topteam toe.",
  "figures:read": "U heeft geen toegang tot de cijfers.",
  "auditpakket:read": "Het auditpakket is voor het samenwerkingsverband en de functioneel beheerder.",
  "privacy:manage": "Alleen de functionaris gegevensbescherming mag het toegangslog inzien en leerlinggegevens exporteren of verwijderen.",
  "users:manage": "U mag accounts niet beheren.",
  "org:manage": "Alleen de functioneel beheerder beheert windstreken, scholen en Topteams.",
  "mail:manage": "Alleen de functioneel beheerder ziet de uitgaande e-mail.",
} satisfies Record<Permission, string>;

export function scopeOf(actor: Pick<Actor, "role">, permission: Permission): Scope | null {
  const byRole: Partial<Record<Role, Scope>> = PERMISSIONS[permission];
  return byRole[actor.role] ?? null;
}

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return scopeOf(actor, permission) !== null;
}

export function assertCan(actor: Pick<Actor, "role">, permission: Permission): Scope {
  const scope = scopeOf(actor, permission);
  if (!scope) throw new AppError("NIET_TOEGESTAAN", NIET_TOEGESTAAN[permission]);
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
      if (!actor.topteamId) return NOTHING;
      // The gedragswetenschapper also gives preventief advies and joins the vooroverleg for the
      // schools of the team's windstreek, before any team is assigned.
      return actor.role === "GEDRAGSWETENSCHAPPER" && actor.windstreekId
        ? {
            OR: [
              { topteamId: actor.topteamId },
              { fase: "AANMELDING", aanmeldingStap: { in: ["ADVIES", "VOOROVERLEG"] }, school: { windstreekId: actor.windstreekId } },
            ],
          }
        : { topteamId: actor.topteamId };
    case "ASSIGNED":
      return { assignments: { some: { userId: actor.id } } };
    case "ALL_TEAMS":
      // An approved request whose own team is full waits for the coördinator to assign one.
      return { OR: [{ topteamId: { not: null } }, { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD" }] };
    case "AGGREGATE":
    case "ALL":
      // Neither reaches individual trajecten: aggregates are computed elsewhere.
      return NOTHING;
  }
}

/**
 * The alternatives of a scope from trajectWhere: its branches where it is one OR, else itself. A
 * traject is in the scope when it is in one of them.
 */
export function alternatieven(scope: Prisma.TrajectWhereInput): Prisma.TrajectWhereInput[] {
  return Array.isArray(scope.OR) && Object.keys(scope).length === 1 ? scope.OR : [scope];
}

/** The roles of the Topteam, who read its team-only notes, activities and contacts. */
export const TOPTEAM_ROLES: readonly Role[] = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER"];

/**
 * The filter on a traject's notes, activities, contacts and escalations for `actor`: the
 * Topteam reads all of them, everyone else who reads the traject only what is shared.
 */
export function zichtbaarWhere(actor: Pick<Actor, "role">): { zichtbaarheid?: "GEDEELD" } {
  return TOPTEAM_ROLES.includes(actor.role) ? {} : { zichtbaarheid: "GEDEELD" };
}
