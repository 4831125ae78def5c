import type { AanmeldingStap, Fase, FollowUpMoment } from "./generated/prisma/enums";
import type { TermStatus } from "./trajecten/terms";

export const FASE_LABEL: Record<Fase, string> = {
  AANMELDING: "Aanmelding",
  ONDERZOEK: "Onderzoek",
  INTENSIEF: "Intensief",
  BORGING: "Borging",
  FOLLOW_UP: "Follow-up",
  AFGEROND: "Afgerond",
  GESTOPT: "Voortijdig gestopt",
};

export const STAP_LABEL: Record<AanmeldingStap, string> = {
  ADVIES: "advies",
  VOOROVERLEG: "vooroverleg",
  AANVRAAG: "aanvraag",
  DOSSIERCHECK: "dossiercheck",
};

export const TERM_STATUS_LABEL: Record<TermStatus, string> = {
  OP_SCHEMA: "Op schema",
  BIJNA_VERLOPEN: "Bijna verlopen",
  VERLOPEN: "Verlopen",
};

export const FOLLOW_UP_LABEL: Record<FollowUpMoment, string> = {
  DRIE_MAANDEN: "follow-up na 3 maanden",
  TWAALF_MAANDEN: "follow-up na 12 maanden",
};

export function faseMetStap(fase: Fase, stap: AanmeldingStap | null): string {
  return stap && fase === "AANMELDING" ? `${FASE_LABEL[fase]}: ${STAP_LABEL[stap]}` : FASE_LABEL[fase];
}
