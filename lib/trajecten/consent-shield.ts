// Consent covers sharing with the SWV and the Topteam; the school holds the data regardless. A
// student under 16 gives it through their parents or guardians; from 16 the student gives it
// themselves, and the parents' consent no longer counts for sharing (DOMAIN.md, consent). The age
// is taken on the date of the step: today for a read, the step's own date for a transition.
// Pure: every read that shows a student's data, and every write, asks this first.
import { differenceInYears } from "date-fns";
import type { Actor } from "../authz";
import { plusMonths } from "../calendar";
import type { Prisma } from "../generated/prisma/client";
import type { ToestemmingBron, ToestemmingDoor, Role } from "../generated/prisma/enums";

/** Students of 16 and older give consent themselves (handbook, Stap 3). */
export const LEEFTIJD_EIGEN_TOESTEMMING = 16;

/** The consents still standing, and what the rule needs of the student: select this with a traject. */
export const TOESTEMMING_SELECT = {
  student: { select: { geboortedatum: true } },
  consents: { where: { ingetrokkenOp: null }, select: { gegevenDoor: true, bron: true } },
} as const satisfies Prisma.TrajectSelect;

export interface ToestemmingFeiten {
  student: { geboortedatum: Date } | null;
  consents: { gegevenDoor: ToestemmingDoor; bron?: ToestemmingBron }[];
}

/** Whose consent counts on `op`: the student's own from 16, the parents' before (or while no student is named). */
export function toestemmingVan(student: ToestemmingFeiten["student"], op: Date): ToestemmingDoor {
  return student && differenceInYears(op, student.geboortedatum) >= LEEFTIJD_EIGEN_TOESTEMMING ? "LEERLING" : "OUDERS";
}

/** The standing consent that counts on `op`: given by whoever must give it on that date. */
export function geldigeToestemming(row: ToestemmingFeiten, op: Date): ToestemmingFeiten["consents"][number] | undefined {
  const nodig = toestemmingVan(row.student, op);
  return row.consents.find((c) => c.gegevenDoor === nodig);
}

/** Valid consent on `op`: one standing consent by whoever must give it on that date. */
export function heeftGeldigeToestemming(row: ToestemmingFeiten, op: Date): boolean {
  return geldigeToestemming(row, op) !== undefined;
}

/** Shielded for `role`: a named student without valid consent, for anyone but the school. */
export function afgeschermdVoor(role: Role, heeftLeerling: boolean, heeftToestemming: boolean): boolean {
  return role !== "ZORGCOORDINATOR" && heeftLeerling && !heeftToestemming;
}

/** Without valid consent (on `op`) only the school sees who the student is and what the dossier says. */
export function isAfgeschermd(row: ToestemmingFeiten, actor: Pick<Actor, "role">, op: Date): boolean {
  return afgeschermdVoor(actor.role, row.student !== null, heeftGeldigeToestemming(row, op));
}

export type ToestemmingStand = "NIET_NODIG" | "GEGEVEN" | "INGETROKKEN" | "ONTBREEKT";

/** What the page's header says of consent on `op`: anonymous needs none yet; else given, withdrawn or missing. */
export function toestemmingStand(row: ToestemmingFeiten, ingetrokken: number, op: Date): ToestemmingStand {
  if (!row.student) return "NIET_NODIG";
  if (heeftGeldigeToestemming(row, op)) return "GEGEVEN";
  return ingetrokken > 0 ? "INGETROKKEN" : "ONTBREEKT";
}

/**
 * The trajecten not shielded on `op`, as a query filter: the same rule as isAfgeschermd, for a
 * search that must not find a shielded dossier by the name it hides.
 */
export function nietAfgeschermdWhere(op: Date): Prisma.TrajectWhereInput {
  // Born on or before this day: 16 or older on `op`, as differenceInYears counts.
  const zestien = plusMonths(op, -12 * LEEFTIJD_EIGEN_TOESTEMMING);
  const staand = (gegevenDoor: ToestemmingDoor) => ({ consents: { some: { ingetrokkenOp: null, gegevenDoor } } });
  return {
    OR: [
      { studentId: null },
      { student: { geboortedatum: { lte: zestien } }, ...staand("LEERLING") },
      { student: { geboortedatum: { gt: zestien } }, ...staand("OUDERS") },
    ],
  };
}

/**
 * Without valid consent only the school writes in the dossier; the Topteam may still stop the
 * traject (DOMAIN.md, consent). The message of every other write refused for that reason.
 */
export const ALLEEN_SCHOOL_SCHRIJFT =
  "Er is geen geldige toestemming: alleen de school kan in dit dossier schrijven. Het Topteam kan het traject nog voortijdig stoppen, met een reden.";

/** The one transition left to others than the school while the dossier is shielded. */
export const ZONDER_TOESTEMMING = "GESTOPT";
