// Quarters of the calendar year, as the SWV reports them. A quarter runs from its first day up
// to (not including) the first day of the next; days are calendar days at UTC midnight.
export interface Kwartaal {
  jaar: number;
  /** 1 to 4. */
  nummer: number;
}

export const kwartaalCode = (k: Kwartaal) => `${k.jaar}-K${k.nummer}`;

export function parseKwartaal(code: string | undefined): Kwartaal | null {
  const match = /^(\d{4})-K([1-4])$/.exec(code ?? "");
  return match ? { jaar: Number(match[1]), nummer: Number(match[2]) } : null;
}

export function kwartaalVan(dag: Date): Kwartaal {
  return { jaar: dag.getUTCFullYear(), nummer: Math.floor(dag.getUTCMonth() / 3) + 1 };
}

export function verschuif(k: Kwartaal, kwartalen: number): Kwartaal {
  const index = k.jaar * 4 + (k.nummer - 1) + kwartalen;
  return { jaar: Math.floor(index / 4), nummer: (index % 4) + 1 };
}

/** The last quarter that has ended by `today`: the default, since a running quarter is incomplete. */
export function laatsteVolledige(today: Date): Kwartaal {
  return verschuif(kwartaalVan(today), -1);
}

export function grenzen(k: Kwartaal): { van: Date; tot: Date } {
  return { van: new Date(Date.UTC(k.jaar, (k.nummer - 1) * 3, 1)), tot: new Date(Date.UTC(k.jaar, k.nummer * 3, 1)) };
}

export const kwartaalLabel = (k: Kwartaal) => `${k.nummer}e kwartaal ${k.jaar}`;

/** Whether quarter `k` is still running on `today`: its figures are so far, not final. */
export const isLopend = (k: Kwartaal, today: Date) => grenzen(k).tot.getTime() > today.getTime();

/** The label a column or heading shows: a running quarter is marked as incomplete. */
export const kwartaalKop = (k: Kwartaal, today: Date) => (isLopend(k, today) ? `${kwartaalLabel(k)} (tot nu toe)` : kwartaalLabel(k));

/** The quarter asked for, the one before, and the same quarter a year earlier: each figure's trend. */
export function vergelijking(k: Kwartaal): { huidig: Kwartaal; vorig: Kwartaal; jaarEerder: Kwartaal } {
  return { huidig: k, vorig: verschuif(k, -1), jaarEerder: verschuif(k, -4) };
}
