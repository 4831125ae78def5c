// Calendar days. Terms count whole days in Europe/Amsterdam; a day is stored as a Postgres
// `date`, which Prisma hands over as a Date at UTC midnight. Keeping every day at UTC midnight
// makes day arithmetic immune to daylight-saving changes; only "today" needs the time zone.
import { TZDate, tz } from "@date-fns/tz";
import { addMonths, addWeeks, differenceInCalendarDays } from "date-fns";

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

// Day arithmetic runs in UTC whatever the process's time zone, since days sit at UTC midnight.
const inUtc = { in: tz("UTC") };

export function daysBetween(from: Date, to: Date): number {
  return differenceInCalendarDays(to, from, inUtc);
}

export function plusWeeks(from: Date, weeks: number): Date {
  return new Date(addWeeks(from, weeks, inUtc).getTime());
}

/** Calendar months; a day that does not exist in the target month clamps to its last day. */
export function plusMonths(from: Date, months: number): Date {
  return new Date(addMonths(from, months, inUtc).getTime());
}

export function plusDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

const dutchDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "3 mrt 2026": for calendar days stored at UTC midnight. */
export function formatDay(value: Date): string {
  return dutchDay.format(value);
}
