// How a traject names its student in a list, a task or a page header, for one reader. Pure.
import { formatDay } from "../calendar";

export const AFGESCHERMD_LABEL = "Afgeschermd: geen geldige toestemming";

/** The short code by which a calendar feed or an e-mail names a traject: never the student. */
export function trajectCode(nummer: number): string {
  return `T-${nummer}`;
}

/** `T-1234` or `t1234` as typed in the search box, or null when `term` is not a traject code. */
export function nummerUitCode(term: string): number | null {
  const match = /^t-?(\d{1,9})$/i.exec(term);
  return match ? Number(match[1]) : null;
}

export interface LeerlingFeiten {
  student: { voornaam: string; achternaam: string } | null;
  aangemeldOp: Date;
  kenmerk: string | null;
}

/**
 * The student's name; for an anonymous advice request the school's own label and its date, so
 * that a school's anonymous requests can be told apart; for a shielded dossier only that.
 */
export function leerlingLabel(row: LeerlingFeiten, afgeschermd: boolean): string {
  if (afgeschermd) return AFGESCHERMD_LABEL;
  if (row.student) return `${row.student.voornaam} ${row.student.achternaam}`;
  const kenmerk = row.kenmerk ? `“${row.kenmerk}”, ` : "";
  return `Anoniem (${kenmerk}aangemeld ${formatDay(row.aangemeldOp)})`;
}
