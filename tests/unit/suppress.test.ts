import { expect, it } from "vitest";
import { suppressSmall } from "@/lib/figures/suppress";

it("shows counts from 1 to 4 as <5, and 0 and 5 and up as they are", () => {
  expect([0, 1, 4, 5, 12].map(suppressSmall)).toEqual([0, "<5", "<5", 5, 12]);
});
