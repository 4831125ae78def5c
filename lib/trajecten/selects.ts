// The shapes in which trajecten are read, named once for the page, the lists and the export.
import type { Prisma } from "../generated/prisma/client";
import type { LijstRelaties } from "./list-read";

export const vooroverlegSelect = {
  geplandOp: true,
  gehoudenOp: true,
  deelnemers: true,
  anoniem: true,
  hoeGaatHet: true,
  ingezetteHulp: true,
  betrokkenInstanties: true,
  motivatie: true,
  afspraken: true,
  gebieden: true,
  nietPassend: true,
  besluit: true,
  andereOndersteuning: true,
} satisfies Prisma.VooroverlegSelect;

export type VooroverlegDetail = Prisma.VooroverlegGetPayload<{ select: typeof vooroverlegSelect }>;

/** A traject's own columns that every view of it shows: which phase, and the dates of its term. */
export const trajectKolommen = {
  id: true,
  fase: true,
  aanmeldingStap: true,
  windstreekoverstijgend: true,
  aangemeldOp: true,
  kenmerk: true,
  nummer: true,
  onderzoekStart: true,
  intensiefStart: true,
  intensiefWeken: true,
  borgingStart: true,
  followUpStart: true,
} satisfies Prisma.TrajectSelect;

/**
 * What a row of a list needs: who, where, which phase, and the dates its term is computed from.
 * A list reads the relations in one statement of its own (list-read.ts).
 */
export type ListRow = Prisma.TrajectGetPayload<{ select: typeof trajectKolommen }> & Omit<LijstRelaties, "toegewezen">;

/** The traject's own columns the page shows; its relations come in one statement (page-read.ts). */
export const paginaKolommen = {
  ...trajectKolommen,
  studentId: true,
  schoolId: true,
  topteamId: true,
  lisaReferentie: true,
  stopReden: true,
  version: true,
  aanvraagOp: true,
  goedgekeurdOp: true,
} satisfies Prisma.TrajectSelect;
