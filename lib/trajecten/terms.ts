// The handbook's terms, computed from the dates of the transitions. Pure: no I/O, no framework.
// Days are calendar days at UTC midnight (see lib/calendar.ts); day 1 of a phase is its start day.
import { daysBetween, plusDays, plusMonths, plusWeeks } from "../calendar";
import type { Fase, FollowUpMoment } from "../generated/prisma/enums";

export const ONDERZOEK_WEEKS = 4;
export const INTENSIEF_PLANNED_WEEKS = 12;
export const INTENSIEF_MAX_WEEKS = 16;
export const BORGING_MONTHS = 3;
export const FOLLOW_UP_MONTHS: Record<FollowUpMoment, number> = { DRIE_MAANDEN: 3, TWAALF_MAANDEN: 12 };
/** A term is "bijna verlopen" from this many days before its last day. */
export const ALMOST_DUE_DAYS = 7;

export type TermStatus = "OP_SCHEMA" | "BIJNA_VERLOPEN" | "VERLOPEN";

export interface TermFacts {
  fase: Fase;
  onderzoekStart: Date | null;
  intensiefStart: Date | null;
  intensiefWeken: number;
  borgingStart: Date | null;
  followUpStart: Date | null;
  followUpsDone: readonly FollowUpMoment[];
}

export interface Term {
  /** The last day of the running term, or the day a follow-up is due. */
  dueOn: Date;
  status: TermStatus;
  /** For the phases that run in weeks: which week today is, of how many. */
  week: { current: number; of: number } | null;
  /** Which follow-up is due, in FOLLOW_UP. */
  followUp: FollowUpMoment | null;
  /** INTENSIEF past its hard maximum of 16 weeks. */
  pastMaximum: boolean;
}

/** The last day of INTENSIEF as planned: `weken` weeks from its first day. */
export function intensiefGeplandTot(intensiefStart: Date, weken: number): Date {
  return plusDays(plusWeeks(intensiefStart, weken), -1);
}

export function statusFor(dueOn: Date, today: Date): TermStatus {
  const left = daysBetween(today, dueOn);
  if (left < 0) return "VERLOPEN";
  return left <= ALMOST_DUE_DAYS ? "BIJNA_VERLOPEN" : "OP_SCHEMA";
}

function weekTerm(start: Date, lastDay: Date, today: Date): Pick<Term, "dueOn" | "status" | "week"> {
  const of = Math.ceil((daysBetween(start, lastDay) + 1) / 7);
  const current = Math.max(1, Math.floor(daysBetween(start, today) / 7) + 1);
  return { dueOn: lastDay, status: statusFor(lastDay, today), week: { current, of } };
}

/** The running term of a traject on `today`, or null where its phase has none. */
export function currentTerm(facts: TermFacts, today: Date): Term | null {
  const base = { followUp: null, pastMaximum: false };
  switch (facts.fase) {
    case "ONDERZOEK": {
      if (!facts.onderzoekStart) return null;
      const lastDay = plusDays(plusWeeks(facts.onderzoekStart, ONDERZOEK_WEEKS), -1);
      return { ...base, ...weekTerm(facts.onderzoekStart, lastDay, today) };
    }
    case "INTENSIEF": {
      if (!facts.intensiefStart) return null;
      const weeks = Math.min(facts.intensiefWeken, INTENSIEF_MAX_WEEKS);
      const lastDay = intensiefGeplandTot(facts.intensiefStart, weeks);
      const maxDay = intensiefGeplandTot(facts.intensiefStart, INTENSIEF_MAX_WEEKS);
      return { ...base, ...weekTerm(facts.intensiefStart, lastDay, today), pastMaximum: daysBetween(maxDay, today) > 0 };
    }
    case "BORGING": {
      if (!facts.borgingStart) return null;
      const lastDay = plusDays(plusMonths(facts.borgingStart, BORGING_MONTHS), -1);
      return { ...base, ...weekTerm(facts.borgingStart, lastDay, today) };
    }
    case "FOLLOW_UP": {
      if (!facts.followUpStart) return null;
      const moment = (["DRIE_MAANDEN", "TWAALF_MAANDEN"] as const).find((m) => !facts.followUpsDone.includes(m));
      if (!moment) return null;
      const dueOn = plusMonths(facts.followUpStart, FOLLOW_UP_MONTHS[moment]);
      return { ...base, dueOn, status: statusFor(dueOn, today), week: null, followUp: moment };
    }
    default:
      return null;
  }
}

/** The last day of the running term, which lists sort by and `Traject.termijnOp` stores; it does not depend on today. */
export function termijnEinde(facts: TermFacts): Date | null {
  return currentTerm(facts, new Date(0))?.dueOn ?? null;
}
