// The access log in the privacy officer's words: what each logged action means, in Dutch.
import type { TAuditAction } from "../audit";

export const AUDIT_ACTIE_LABEL: Record<TAuditAction, string> = {
  TRAJECT_READ: "Dossier geopend",
  TRAJECT_LIST: "Lijst met dossiers getoond",
  TRAJECT_TRANSITION: "Fase gewijzigd",
  TRAJECT_CORRECTION: "Fase teruggedraaid",
  CONSENT_CHANGE: "Toestemming vastgelegd of ingetrokken",
  INFO_REQUEST: "Informatie gevraagd of gegeven",
  TEAM_ASSIGN: "Topteam toegewezen",
  TRAJECT_CREATE: "Traject aangemaakt",
  STUDENT_LINK: "Leerling gekoppeld",
  DOCUMENT_UPLOAD: "Document toegevoegd",
  DOCUMENT_READ: "Document gedownload",
  TRAJECT_EXPORT: "Overdrachtsdocument gedownload",
  TEAM_MEMBER_CHANGE: "Teamlid toegewezen of afgemeld",
  TRAJECT_WORK: "Werk in het dossier vastgelegd",
  EXIT_LINK: "Links voor de exit-vragenlijst gemaakt",
  EXIT_ANSWER: "Exit-vragenlijst ingevuld",
  FIGURES_READ: "Cijfers bekeken",
  STUDENT_SEARCH: "Leerling gezocht",
  TRAJECT_SEARCH: "Trajecten gezocht",
  FEED_READ: "Agenda opgehaald",
  FEED_LINK: "Agenda-link gemaakt of ingetrokken",
  AUDIT_READ: "Toegangslog bekeken",
  STUDENT_EXPORT: "Gegevens geëxporteerd",
  STUDENT_ANONYMISE: "Persoonsgegevens verwijderd",
  PAGE_VISIT: "Pagina bezocht",
  USER_LIST: "Accounts bekeken",
  USER_UPDATE: "Account gewijzigd",
  USER_CREATE: "Account aangemaakt",
  MAIL_LIST: "E-mails bekeken",
  MAIL_RETRY: "E-mail opnieuw verstuurd",
  RETENTION_RUN: "Bewaartermijn toegepast",
  SIGN_IN: "Aangemeld",
  SECOND_FACTOR_CHANGE: "Tweestapsverificatie gewijzigd",
  SIGN_IN_FAILED: "Aanmelden mislukt",
  SIGN_OUT: "Afgemeld",
  PASSWORD_CHANGE: "Wachtwoord gekozen of gewijzigd",
  PASSWORD_RESET_REQUEST: "Nieuw wachtwoord gevraagd",
  ORG_CHANGE: "Organisatie gewijzigd",
};

/** The label of a stored action; an action no longer in the list keeps its code. */
export function auditActieLabel(action: string): string {
  return (AUDIT_ACTIE_LABEL as Record<string, string>)[action] ?? action;
}
