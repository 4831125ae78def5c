// The integer day arithmetic of lib/calendar.ts against date-fns in UTC, which it replaced: the
// same answer for every day of eleven years, leap days and month ends included.
import { tz } from "@date-fns/tz";
import { addMonths, differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { day, daysBetween, mondayOf, plusDays, plusMonths, plusWeeks } from "@/lib/calendar";

const inUtc = { in: tz("UTC") };
const start = day("2020-01-01");

describe("calendar arithmetic", () => {
  it("finds the Monday of a day's week, a Sunday belonging to the week before", () => {
    expect(mondayOf(day("2027-03-22"))).toEqual(day("2027-03-22"));
    expect(mondayOf(day("2027-03-28"))).toEqual(day("2027-03-22"));
    expect(mondayOf(day("2027-03-29"))).toEqual(day("2027-03-29"));
    expect(mondayOf(day("2027-01-01"))).toEqual(day("2026-12-28"));
  });

  it("adds months as date-fns does, clamping to the month's last day", () => {
    for (let i = 0; i < 4018; i++) {
      const d = plusDays(start, i);
      for (const months of [-12, -3, -1, 1, 3, 12]) {
        expect(plusMonths(d, months).getTime()).toBe(addMonths(d, months, inUtc).getTime());
      }
    }
    expect(plusMonths(day("2024-01-31"), 1)).toEqual(day("2024-02-29"));
    expect(plusMonths(day("2025-11-30"), 3)).toEqual(day("2026-02-28"));
  });

  it("counts calendar days and weeks across daylight-saving changes", () => {
    for (let i = 0; i < 4018; i += 7) {
      const d = plusDays(start, i);
      expect(daysBetween(start, d)).toBe(differenceInCalendarDays(d, start, inUtc));
    }
    expect(daysBetween(day("2026-03-28"), day("2026-03-30"))).toBe(2);
    expect(plusWeeks(day("2026-10-20"), 1)).toEqual(day("2026-10-27"));
  });
});
