import { describe, expect, it } from "vitest";
import { NIET_GETOOND, suppressSmall, suppressWithTotal } from "@/lib/figures/suppress";

it("shows counts from 1 to 4 as <5, and 0 and 5 and up as they are", () => {
  expect([0, 1, 4, 5, 12].map(suppressSmall)).toEqual([0, "<5", "<5", 5, 12]);
});

describe("complementary suppression of a total and its parts", () => {
  const row = (parts: number[]) => suppressWithTotal(parts.reduce((a, b) => a + b, 0), parts);

  it("withholds the totals of the two leaks found on /cijfers", () => {
    // "<5, <5, <5, <5, totaal 16": each must be 4.
    expect(row([4, 4, 4, 4])).toEqual({ totaal: NIET_GETOOND, delen: ["<5", "<5", "<5", "<5"] });
    // "6, <5, <5, 5, totaal 19": the hidden two sum to 8, so both are 4.
    expect(row([6, 4, 4, 5])).toEqual({ totaal: NIET_GETOOND, delen: [6, "<5", "<5", 5] });
    // One hidden part beside a total is always known.
    expect(row([7, 2, 9]).totaal).toBe(NIET_GETOOND);
  });

  it("keeps the total where no part is hidden, itself suppressed when small", () => {
    expect(row([6, 0, 9])).toEqual({ totaal: 15, delen: [6, 0, 9] });
    expect(row([0, 0, 0])).toEqual({ totaal: 0, delen: [0, 0, 0] });
    expect(row([6, 2, 3, 5]).totaal).toBe(NIET_GETOOND);
  });

  it("lets no hidden part be worked out from what is shown, tried by brute force over every table of four parts from 0 to 9", () => {
    // The attacker sees only the shown row; every table that would show the same row is possible.
    const shown = new Map<string, number[][]>();
    for (let n = 0; n < 10 ** 4; n++) {
      const parts = [0, 1, 2, 3].map((i) => Math.floor(n / 10 ** i) % 10);
      const key = JSON.stringify(row(parts));
      shown.set(key, [...(shown.get(key) ?? []), parts]);
    }
    let hiddenCells = 0;
    for (const [key, tables] of shown) {
      const { delen } = JSON.parse(key) as ReturnType<typeof row>;
      delen.forEach((d, i) => {
        if (d !== "<5") return;
        hiddenCells++;
        const possible = new Set(tables.map((t) => t[i]));
        expect(possible.size, `${key}: part ${i} is always ${[...possible][0]}`).toBeGreaterThan(1);
      });
    }
    expect(hiddenCells).toBeGreaterThan(1000);
  });
});
