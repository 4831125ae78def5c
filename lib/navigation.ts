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

/** The roles whose start page lists trajecten: the header's search box searches that list. */
export const ZOEKT_TRAJECTEN: readonly Role[] = ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "COORDINATOR"];

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
