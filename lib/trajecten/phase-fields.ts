// The traject's own fields that transitions change, named once: the snapshot a correction
// restores, the select of the transition's facts and of the privacy export, and the fields of a
// new traject are all derived from this one list.
import type { AanmeldingStap, AdviesUitkomst, Fase, StopReden } from "../generated/prisma/enums";
import { INTENSIEF_PLANNED_WEEKS } from "./terms";

export interface Fasevelden {
  fase: Fase;
  aanmeldingStap: AanmeldingStap | null;
  stopReden: StopReden | null;
  intensiefWeken: number;
  topteamId: string | null;
  windstreekoverstijgend: boolean;
  lisaReferentie: string | null;
  adviesUitkomst: AdviesUitkomst | null;
  aanvraagOp: Date | null;
  goedgekeurdOp: Date | null;
  onderzoekStart: Date | null;
  intensiefStart: Date | null;
  borgingStart: Date | null;
  followUpStart: Date | null;
  afgeslotenOp: Date | null;
}

/** A traject as a school's first question creates it. */
export const NIEUW_TRAJECT: Fasevelden = {
  fase: "AANMELDING",
  aanmeldingStap: "ADVIES",
  stopReden: null,
  intensiefWeken: INTENSIEF_PLANNED_WEEKS,
  topteamId: null,
  windstreekoverstijgend: false,
  lisaReferentie: null,
  adviesUitkomst: null,
  aanvraagOp: null,
  goedgekeurdOp: null,
  onderzoekStart: null,
  intensiefStart: null,
  borgingStart: null,
  followUpStart: null,
  afgeslotenOp: null,
};

export const FASEVELD_NAMEN = Object.keys(NIEUW_TRAJECT) as (keyof Fasevelden)[];

/** The phase fields as a Prisma select: `{ fase: true, … }`. */
export const FASEVELDEN_SELECT = Object.fromEntries(FASEVELD_NAMEN.map((naam) => [naam, true])) as { [K in keyof Fasevelden]: true };

/** The fields that hold a calendar day. */
const DATUM_VELDEN = ["aanvraagOp", "goedgekeurdOp", "onderzoekStart", "intensiefStart", "borgingStart", "followUpStart", "afgeslotenOp"] as const satisfies readonly (keyof Fasevelden)[];

/** A snapshot as stored in JSON: dates as YYYY-MM-DD. */
export type FaseveldenSnapshot = Record<string, string | number | boolean | null>;

export function snapshotOf(velden: Fasevelden): FaseveldenSnapshot {
  const snapshot: FaseveldenSnapshot = {};
  for (const naam of FASEVELD_NAMEN) {
    const value = velden[naam];
    snapshot[naam] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return snapshot;
}

export function restoreSnapshot(snapshot: FaseveldenSnapshot): Fasevelden {
  const velden = { ...snapshot } as Record<string, unknown>;
  for (const naam of DATUM_VELDEN) {
    const value = snapshot[naam];
    velden[naam] = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null;
  }
  return velden as unknown as Fasevelden;
}

export function pickFasevelden(velden: Fasevelden): Fasevelden {
  const picked = {} as Record<string, unknown>;
  for (const naam of FASEVELD_NAMEN) picked[naam] = velden[naam];
  return picked as unknown as Fasevelden;
}
