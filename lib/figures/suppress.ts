// Small counts can point at one student. The SWV sees aggregates only, and a count from 1 to 4
// is shown as "<5" (AVG; the privacy rule in DOMAIN.md).
export const SUPPRESS_BELOW = 5;

export type ShownCount = number | "<5";

export function suppressSmall(count: number): ShownCount {
  return count > 0 && count < SUPPRESS_BELOW ? "<5" : count;
}
