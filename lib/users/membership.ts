// Which part of the organisation an account belongs to follows from its role: a zorgcoördinator
// works for a school, an onderwijsadviseur for a windstreek, the Topteam's people for their team,
// (and so for its windstreek too), and the SWV-wide roles for no single part. trajectWhere
// (lib/authz.ts) scopes by the same fields.
import type { Role } from "../generated/prisma/enums";

export type Lidmaatschap = "school" | "windstreek" | "topteam" | null;

export const LIDMAATSCHAP: Record<Role, Lidmaatschap> = {
  ZORGCOORDINATOR: "school",
  ONDERWIJSADVISEUR: "windstreek",
  GEDRAGSWETENSCHAPPER: "topteam",
  TOPDOCENT: "topteam",
  HULPVERLENER: "topteam",
  COORDINATOR: null,
  SWV: null,
  ADMIN: null,
  PRIVACY_OFFICER: null,
};
