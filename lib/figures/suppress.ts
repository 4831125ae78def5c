// Small counts can point at one student. The SWV sees aggregates only: a count from 1 to 4 is
// shown as "<5" (primary suppression), and where a total is shown beside its parts, the total
// goes too ("•") when a part is hidden (complementary suppression; DOMAIN.md, small counts).
// Pure, and checked by brute force (tests/unit/suppress.test.ts).
export const SUPPRESS_BELOW = 5;

export type ShownCount = number | "<5";

/** A total withheld because it would give a hidden part away. */
export const NIET_GETOOND = "•";
export type ShownTotal = ShownCount | typeof NIET_GETOOND;

export function suppressSmall(count: number): ShownCount {
  return count > 0 && count < SUPPRESS_BELOW ? "<5" : count;
}

/**
 * A total and its parts as they may be shown. A total beside a hidden part goes too: with it the
 * hidden parts could be worked out (one hidden part is the total minus the rest; several can be
 * pinned by their bounds, "<5, <5, totaal 8"). The rule looks only at what is shown anyway, so
 * withholding the total tells nothing about the hidden values themselves; a rule that withheld it
 * only when a value could be pinned would, by its "•", say which values those are.
 */
export function suppressWithTotal(totaal: number, delen: readonly number[]): { totaal: ShownTotal; delen: ShownCount[] } {
  const shown = delen.map(suppressSmall);
  return { totaal: shown.includes("<5") ? NIET_GETOOND : suppressSmall(totaal), delen: shown };
}
