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
  /** The privacy officer's tasks: a student's access log, export and erasure. No other dossier content. */
  "privacy:manage": {
    ADMIN: "ALL",
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

/** The roles of the Topteam, who read its team-only notes, activities and contacts. */
export const TOPTEAM_ROLES: readonly Role[] = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER"];

/**
 * The filter on a traject's notes, activities, contacts and escalations for `actor`: the
 * Topteam reads all of them, everyone else who reads the traject only what is shared.
 */
export function zichtbaarWhere(actor: Pick<Actor, "role">): { zichtbaarheid?: "GEDEELD" } {
  return TOPTEAM_ROLES.includes(actor.role) ? {} : { zichtbaarheid: "GEDEELD" };
}

/**
 * Every server action and route handler, and what it requires: a permission from the table
 * above, a signed-in user, or nothing (sign-in itself). The endpoint test reads the app folder
 * and fails for an endpoint that has no row here.
 */
export const ENDPOINTS = {
  "app/login/actions.ts#signInAction": "PUBLIC",
  "app/api/auth/[...nextauth]/route.ts#GET": "PUBLIC",
  "app/api/auth/[...nextauth]/route.ts#POST": "PUBLIC",
  "app/(app)/actions.ts#signOutAction": "SIGNED_IN",
  "app/(app)/account/tweestaps/actions.ts#startTotpAction": "SIGNED_IN",
  "app/(app)/account/tweestaps/actions.ts#confirmTotpAction": "SIGNED_IN",
  "app/(app)/account/tweestaps/actions.ts#removeTotpAction": "SIGNED_IN",
  "app/(app)/beheer/actions.ts#setUserActiveAction": "users:manage",
  "app/(app)/school/actions.ts#vraagAdviesAction": "aanmelding:write",
  "app/(app)/beheer/privacy/actions.ts#anonymiseStudentAction": "privacy:manage",
  "app/(app)/beheer/privacy/[studentId]/export/route.ts#GET": "privacy:manage",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#recordConsentAction": "aanmelding:write",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#withdrawConsentAction": "aanmelding:write",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#linkStudentAction": "aanmelding:write",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#askInformationAction": "dossiercheck:write",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#answerInformationAction": "aanmelding:write",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#assignTeamAction": "traject:assign",
  "app/(app)/trajecten/[id]/aanmelding-actions.ts#uploadOppAction": "aanmelding:write",
  "app/(app)/trajecten/[id]/documenten/[documentId]/route.ts#GET": "traject:read",
  "app/(app)/trajecten/[id]/werk-actions.ts#assignMemberAction": "traject:staff",
  "app/(app)/trajecten/[id]/werk-actions.ts#unassignMemberAction": "traject:staff",
  "app/(app)/trajecten/[id]/werk-actions.ts#addGoalAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#updateGoalAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#recordEvaluationAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#addAdviceAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#updateAdviceAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#recordHandoverAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#addContactAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#recordActivityAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#addNoteAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#addAgreementAction": "samenwerking:write",
  "app/(app)/trajecten/[id]/werk-actions.ts#recordEscalationAction": "traject:work",
  "app/(app)/trajecten/[id]/werk-actions.ts#resolveEscalationAction": "traject:work",
  "app/(app)/trajecten/[id]/exit-actions.ts#createExitLinksAction": "traject:staff",
  "app/exit/[token]/actions.ts#submitExitAction": "PUBLIC",
  "app/(app)/cijfers/export/route.ts#GET": "figures:read",
  "app/(app)/trajecten/[id]/actions.ts#ADVIES_GEGEVEN": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#VOOROVERLEG_GEPLAND": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#VOOROVERLEG_GEHOUDEN": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#AANVRAAG_GESTART": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#AANVRAAG_INGEDIEND": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#AANVRAAG_GOEDGEKEURD": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#AANVRAAG_AFGEWEZEN": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#ONDERZOEK_GESTART": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#ONDERZOEK_AFGESLOTEN": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#INTENSIEF_GESTART": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#INTENSIEF_VERLENGD": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#BORGING_GESTART": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#FOLLOW_UP_GESTART": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#FOLLOW_UP_VASTGELEGD": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#AFGEROND": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#GESTOPT": "traject:transition",
  "app/(app)/trajecten/[id]/actions.ts#CORRECTIE": "traject:transition",
} as const satisfies Record<string, Permission | "PUBLIC" | "SIGNED_IN">;
