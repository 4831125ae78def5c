// Calendar days. Terms count whole days in Europe/Amsterdam; a day is stored as a Postgres
// `date`, which Prisma hands over as a Date at UTC midnight. Keeping every day at UTC midnight
// makes day arithmetic immune to daylight-saving changes; only "today" needs the time zone.
import { TZDate } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Amsterdam";

/** The calendar day, in Amsterdam, of the instant `now`. */
export function amsterdamDay(now: Date = new Date()): Date {
  const local = new TZDate(now.getTime(), TIME_ZONE);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

export function day(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a calendar day: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00Z`);
}

// Day arithmetic is plain integer arithmetic on UTC days: every day sits at UTC midnight, so no
// time zone is involved, and a list computing thousands of terms builds no time-zone objects
// (TZDate constructs an Intl.DateTimeFormat each time, which was most of a list page's CPU).
const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
}

/** The Monday of the (ISO) week `day` falls in. */
export function mondayOf(day: Date): Date {
  // getUTCDay: Sunday 0, Monday 1, …; a Sunday belongs to the week that began six days before.
  return plusDays(day, -((day.getUTCDay() + 6) % 7));
}

export function plusWeeks(from: Date, weeks: number): Date {
  return plusDays(from, weeks * 7);
}

/** Calendar months; a day that does not exist in the target month clamps to its last day. */
export function plusMonths(from: Date, months: number): Date {
  const target = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), target + 1, 0)).getUTCDate();
  const result = new Date(from.getTime());
  result.setUTCFullYear(from.getUTCFullYear(), target, Math.min(from.getUTCDate(), lastDay));
  return result;
}

export function plusDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

const dutchDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "3 mrt 2026": for calendar days stored at UTC midnight. */
export function formatDay(value: Date): string {
  return dutchDay.format(value);
}
