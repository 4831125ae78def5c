// The headline figures of one quarter (Kerncijfers), as numbers from the rows of kernSql
// (./dashboard.ts): for the quarterly dashboard and for the trend over eight quarters.

export interface Kerncijfers {
  adviesvragen: number;
  vooroverleggen: number;
  aanvragen: number;
  windstreekoverstijgend: number;
  /** Open trajecten per phase on the quarter's last day. */
  aanmelding: number;
  onderzoek: number;
  intensief: number;
  borging: number;
  followUp: number;
  /** Waiting times of the trajecten whose onderzoek started in the quarter, in days. */
  gestart: number;
  wachtTotGoedkeuring: number | null;
  wachtTotStart: number | null;
  /** Phases that ended in the quarter: how many, their average length in days, how many ran over. */
  onderzoekKlaar: number;
  onderzoekDagen: number | null;
  onderzoekTeLang: number;
  intensiefKlaar: number;
  intensiefDagen: number | null;
  intensiefTeLang: number;
  borgingKlaar: number;
  borgingDagen: number | null;
  borgingTeLang: number;
  /** Trajecten closed in the quarter. */
  afgerond: number;
  naOnderzoek: number;
  gestopt: number;
  escalaties: number;
}

/** Counts come back as bigint, averages as numeric strings; both become numbers, rounded to one decimal. */
export function getal(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 10) / 10;
}

/** One group of kernSql's `stand`: how many open trajecten of a team were in a phase at a quarter's end. */
export interface StandRij {
  periode: string;
  topteamId: string | null;
  fase: "AANMELDING" | "ONDERZOEK" | "INTENSIEF" | "BORGING" | "FOLLOW_UP";
  /** Approved by then: with a phase before follow-up, the traject held a place in its team. */
  goedgekeurd: boolean;
  aantal: bigint | number;
}

const FASE_KOLOM = { AANMELDING: "aanmelding", ONDERZOEK: "onderzoek", INTENSIEF: "intensief", BORGING: "borging", FOLLOW_UP: "followUp" } as const;

/**
 * One quarter's row of kernSql's `gebeurd` and its groups of `stand`, as numbers; with no
 * trajecten in the filter there is no row: all 0.
 */
export function kernVan(row: Record<string, unknown> | undefined, stand: readonly StandRij[] = []): Kerncijfers {
  const velden = Object.fromEntries(Object.entries(row ?? {}).filter(([k]) => k !== "periode").map(([k, v]) => [k, getal(v)]));
  const kern = { ...LEEG, ...velden } as Kerncijfers;
  for (const groep of stand) kern[FASE_KOLOM[groep.fase]] += Number(groep.aantal);
  return kern;
}

/** The places team `topteamId` had taken at the quarter's end (BEZETTING, lib/trajecten/stand.ts). */
export function bezet(stand: readonly StandRij[], topteamId: string): number {
  return stand.filter((g) => g.topteamId === topteamId && g.goedgekeurd && g.fase !== "FOLLOW_UP").reduce((som, g) => som + Number(g.aantal), 0);
}

const LEEG: Kerncijfers = {
  adviesvragen: 0,
  vooroverleggen: 0,
  aanvragen: 0,
  windstreekoverstijgend: 0,
  aanmelding: 0,
  onderzoek: 0,
  intensief: 0,
  borging: 0,
  followUp: 0,
  gestart: 0,
  wachtTotGoedkeuring: null,
  wachtTotStart: null,
  onderzoekKlaar: 0,
  onderzoekDagen: null,
  onderzoekTeLang: 0,
  intensiefKlaar: 0,
  intensiefDagen: null,
  intensiefTeLang: 0,
  borgingKlaar: 0,
  borgingDagen: null,
  borgingTeLang: 0,
  afgerond: 0,
  naOnderzoek: 0,
  gestopt: 0,
  escalaties: 0,
};
