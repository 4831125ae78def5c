// Waiting time in the aanmelding, for the traject page and the SWV's figures. Pure.
import { daysBetween } from "../calendar";

/**
 * Days from the request to approval (or to `today` while undecided), and how many of those the
 * request waited for the school's answers. A still-open question counts up to `today`.
 */
export function wachttijd(
  aanvraagOp: Date,
  goedgekeurdOp: Date | null,
  vragen: readonly { gesteldOp: Date; beantwoordOp: Date | null }[],
  today: Date,
): { dagen: number; wachtOpSchool: number } {
  const eind = goedgekeurdOp ?? today;
  const wachtOpSchool = vragen.reduce((sum, v) => sum + Math.max(0, daysBetween(v.gesteldOp, v.beantwoordOp ?? eind)), 0);
  return { dagen: Math.max(0, daysBetween(aanvraagOp, eind)), wachtOpSchool };
}
