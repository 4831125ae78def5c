// The one application error. Every expected refusal — out of scope, wrong role, wrong phase, a
// guard, a concurrent change, bad input the schema could not see — is an AppError with a code,
// the Dutch message the user reads and, where it belongs to one, the form field. The action
// transport (lib/http/action.ts) shows it at that field; anything else is unexpected.

export type AppErrorCode =
  /** Unknown, or out of the actor's scope: the two look the same, so a probe learns nothing. */
  | "NIET_GEVONDEN"
  /** The actor may see it but not do this. */
  | "NIET_TOEGESTAAN"
  /** Not in the traject's current phase or step. */
  | "VERKEERDE_FASE"
  /** A rule of the handbook or of the input does not hold. */
  | "VOORWAARDE"
  /** Someone else changed it since the page was loaded. */
  | "CONFLICT";

/** The messages that do not depend on what was attempted. */
export const MELDING = {
  NIET_GEVONDEN: "Dit traject bestaat niet of u heeft er geen toegang toe.",
  NIET_TOEGESTAAN: "Uw rol mag deze stap niet zetten.",
  CONFLICT: "Iemand anders heeft dit traject intussen gewijzigd. Herlaad de pagina en probeer het opnieuw.",
} as const;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly veld?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** A refusal of access (as opposed to a refused rule), which the audit log records as a denial. */
export function isAccessRefusal(error: unknown): error is AppError {
  return error instanceof AppError && (error.code === "NIET_GEVONDEN" || error.code === "NIET_TOEGESTAAN");
}

/** Throws a VOORWAARDE refusal unless `holds`. */
export function guard(holds: boolean, message: string, veld?: string): asserts holds {
  if (!holds) throw new AppError("VOORWAARDE", message, veld);
}
