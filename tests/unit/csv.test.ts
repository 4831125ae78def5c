import { describe, expect, it } from "vitest";
import { neutraliseer } from "@/lib/figures/dashboard-export";

describe("the CSV writer", () => {
  it("neutralises a cell that a spreadsheet would run as a formula, and leaves numbers alone", () => {
    for (const danger of ["=SUM(A1)", "+31 20", "-2+3", "@cmd", "\tx", "\rx"]) expect(neutraliseer(danger)).toBe(`'${danger}`);
    for (const safe of ["12", "-3", "12,5%", "<5", "—", "Aanvragen"]) expect(neutraliseer(safe)).toBe(safe);
  });
});
