import { describe, expect, it } from "vitest";
import { amsterdamDay, day } from "@/lib/calendar";
import { currentTerm, statusFor, type TermFacts } from "@/lib/trajecten/terms";

const facts = (over: Partial<TermFacts>): TermFacts => ({
  fase: "ONDERZOEK",
  onderzoekStart: null,
  intensiefStart: null,
  intensiefWeken: 12,
  borgingStart: null,
  followUpStart: null,
  followUpsDone: [],
  ...over,
});

describe("onderzoek: 4 weeks", () => {
  const start = day("2026-03-02");
  it("is on schedule in week 1", () => {
    const term = currentTerm(facts({ onderzoekStart: start }), start)!;
    expect(term.dueOn).toEqual(day("2026-03-29"));
    expect(term.week).toEqual({ current: 1, of: 4 });
    expect(term.status).toBe("OP_SCHEMA");
  });
  it("is almost due on day 28, its last day", () => {
    const term = currentTerm(facts({ onderzoekStart: start }), day("2026-03-29"))!;
    expect(term.week).toEqual({ current: 4, of: 4 });
    expect(term.status).toBe("BIJNA_VERLOPEN");
  });
  it("is over term on day 29, across the change to summer time", () => {
    const term = currentTerm(facts({ onderzoekStart: start }), day("2026-03-30"))!;
    expect(term.status).toBe("VERLOPEN");
    expect(term.week).toEqual({ current: 5, of: 4 });
  });
});

describe("intensief: planned 12 weeks, at most 16", () => {
  const start = day("2026-01-05");
  it("ends its planned term after 12 weeks", () => {
    expect(currentTerm(facts({ fase: "INTENSIEF", intensiefStart: start }), day("2026-03-29"))!.status).toBe("BIJNA_VERLOPEN");
    const over = currentTerm(facts({ fase: "INTENSIEF", intensiefStart: start }), day("2026-03-30"))!;
    expect(over.status).toBe("VERLOPEN");
    expect(over.pastMaximum).toBe(false);
  });
  it("runs to 16 weeks with an extension, and is flagged past that", () => {
    const extended = facts({ fase: "INTENSIEF", intensiefStart: start, intensiefWeken: 16 });
    expect(currentTerm(extended, day("2026-04-26"))!).toMatchObject({ status: "BIJNA_VERLOPEN", pastMaximum: false, week: { current: 16, of: 16 } });
    expect(currentTerm(extended, day("2026-04-27"))!).toMatchObject({ status: "VERLOPEN", pastMaximum: true });
  });
});

describe("borging and follow-ups count calendar months", () => {
  it("clamps a borging that starts on 30 November to the end of February in a leap year", () => {
    const term = currentTerm(facts({ fase: "BORGING", borgingStart: day("2027-11-30") }), day("2027-12-01"))!;
    expect(term.dueOn).toEqual(day("2028-02-28"));
  });
  it("dues the 3-month follow-up first, then the 12-month one", () => {
    const f = facts({ fase: "FOLLOW_UP", followUpStart: day("2026-05-31") });
    expect(currentTerm(f, day("2026-06-01"))).toMatchObject({ dueOn: day("2026-08-31"), followUp: "DRIE_MAANDEN", week: null });
    expect(currentTerm({ ...f, followUpsDone: ["DRIE_MAANDEN"] }, day("2026-09-01"))).toMatchObject({ dueOn: day("2027-05-31"), followUp: "TWAALF_MAANDEN" });
    expect(currentTerm({ ...f, followUpsDone: ["DRIE_MAANDEN", "TWAALF_MAANDEN"] }, day("2027-06-01"))).toBeNull();
  });
  it("has no term in AANMELDING or when closed", () => {
    expect(currentTerm(facts({ fase: "AANMELDING" }), day("2026-01-01"))).toBeNull();
    expect(currentTerm(facts({ fase: "AFGEROND" }), day("2026-01-01"))).toBeNull();
  });
});

describe("status", () => {
  it("is bijna verlopen within 7 days, verlopen after the last day", () => {
    const due = day("2026-10-25");
    expect(statusFor(due, day("2026-10-17"))).toBe("OP_SCHEMA");
    expect(statusFor(due, day("2026-10-18"))).toBe("BIJNA_VERLOPEN");
    expect(statusFor(due, day("2026-10-25"))).toBe("BIJNA_VERLOPEN");
    expect(statusFor(due, day("2026-10-26"))).toBe("VERLOPEN");
  });
});

describe("today in Amsterdam", () => {
  it("is already the next day at 23:30 UTC in summer", () => {
    expect(amsterdamDay(new Date("2026-07-01T23:30:00Z"))).toEqual(day("2026-07-02"));
  });
  it("is still the same day at 22:30 UTC in winter", () => {
    expect(amsterdamDay(new Date("2026-01-01T22:30:00Z"))).toEqual(day("2026-01-01"));
  });
});

describe("boundaries", () => {
  const intensief = (over: Partial<TermFacts>) => facts({ fase: "INTENSIEF", intensiefStart: day("2026-09-07"), ...over });
  it("counts week 12 of 12 on days 78 to 84, and week 13 of 12 on day 85", () => {
    expect(currentTerm(intensief({}), day("2026-11-23"))!.week).toEqual({ current: 12, of: 12 });
    expect(currentTerm(intensief({}), day("2026-11-29"))!).toMatchObject({ week: { current: 12, of: 12 }, status: "BIJNA_VERLOPEN" });
    expect(currentTerm(intensief({}), day("2026-11-30"))!).toMatchObject({ week: { current: 13, of: 12 }, status: "VERLOPEN", pastMaximum: false });
  });
  it("is past the maximum from day 113, across the change to winter time, however far it was extended", () => {
    expect(currentTerm(intensief({ intensiefWeken: 16 }), day("2026-12-27"))!).toMatchObject({ week: { current: 16, of: 16 }, pastMaximum: false });
    expect(currentTerm(intensief({ intensiefWeken: 16 }), day("2026-12-28"))!).toMatchObject({ status: "VERLOPEN", pastMaximum: true });
    expect(currentTerm(intensief({ intensiefWeken: 20 }), day("2026-12-28"))!).toMatchObject({ week: { current: 17, of: 16 }, pastMaximum: true });
  });
  it("ends an onderzoek started on 29 October 2026 on 25 November, whatever the clocks did", () => {
    const term = currentTerm(facts({ onderzoekStart: day("2026-10-29") }), day("2026-11-25"))!;
    expect(term.dueOn).toEqual(day("2026-11-25"));
    expect(term.week).toEqual({ current: 4, of: 4 });
  });
  it("runs a borging from 31 January 2028 to 29 April, and from 29 February to 28 May", () => {
    expect(currentTerm(facts({ fase: "BORGING", borgingStart: day("2028-01-31") }), day("2028-02-01"))!.dueOn).toEqual(day("2028-04-29"));
    expect(currentTerm(facts({ fase: "BORGING", borgingStart: day("2028-02-29") }), day("2028-03-01"))!.dueOn).toEqual(day("2028-05-28"));
  });
  it("dues the 12-month follow-up after 29 February 2028 on 28 February 2029", () => {
    const f = facts({ fase: "FOLLOW_UP", followUpStart: day("2028-02-29"), followUpsDone: ["DRIE_MAANDEN"] });
    expect(currentTerm(f, day("2028-06-01"))!.dueOn).toEqual(day("2029-02-28"));
  });
  it("takes today in Amsterdam on the nights the clocks change", () => {
    expect(amsterdamDay(new Date("2026-03-29T00:30:00Z"))).toEqual(day("2026-03-29"));
    expect(amsterdamDay(new Date("2026-03-29T22:30:00Z"))).toEqual(day("2026-03-30"));
    expect(amsterdamDay(new Date("2026-10-25T00:30:00Z"))).toEqual(day("2026-10-25"));
    expect(amsterdamDay(new Date("2026-10-25T22:59:59Z"))).toEqual(day("2026-10-25"));
    expect(amsterdamDay(new Date("2026-10-25T23:00:00Z"))).toEqual(day("2026-10-26"));
  });
});
