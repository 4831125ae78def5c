import type { Role } from "./generated/prisma/enums";

/** The page each role lands on after signing in. */
export const START_PAGE: Record<Role, string> = {
  ZORGCOORDINATOR: "/school",
  ONDERWIJSADVISEUR: "/windstreek",
  GEDRAGSWETENSCHAPPER: "/team",
  TOPDOCENT: "/team",
  HULPVERLENER: "/team",
  COORDINATOR: "/coordinatie",
  SWV: "/cijfers",
  ADMIN: "/beheer",
  PRIVACY_OFFICER: "/privacy",
};

export const ROLE_LABEL: Record<Role, string> = {
  ZORGCOORDINATOR: "Zorgcoördinator",
  ONDERWIJSADVISEUR: "Onderwijsadviseur",
  GEDRAGSWETENSCHAPPER: "Gedragswetenschapper",
  TOPDOCENT: "Topdocent",
  HULPVERLENER: "Ambulant hulpverlener",
  COORDINATOR: "Coördinator Toptrajecten",
  SWV: "Accounthouder samenwerkingsverband",
  ADMIN: "Functioneel beheerder",
  PRIVACY_OFFICER: "Functionaris gegevensbescherming",
};
