// Which e-mails a user can switch off, per kind, and which kinds a role receives at all. Every
// kind is on until its user switches it off; an invitation or a password link cannot be. Pure.
import type { Role } from "../generated/prisma/enums";
import type { MailSoort } from "./templates";

export const MELDINGEN = {
  WEEKOVERZICHT: {
    label: "Weekoverzicht van mijn taken",
    uitleg: "Op maandag om 07:00 het aantal taken per soort, als u taken heeft.",
    rollen: ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "COORDINATOR"],
  },
  VRAAG_AAN_SCHOOL: {
    label: "Een vraag van de onderwijsadviseur",
    uitleg: "Direct, als de onderwijsadviseur bij een aanvraag om aanvullende informatie vraagt.",
    rollen: ["ZORGCOORDINATOR"],
  },
  ANTWOORD_VAN_SCHOOL: {
    label: "Het antwoord van de school",
    uitleg: "Direct, als de school uw vraag bij een dossiercheck beantwoordt.",
    rollen: ["ONDERWIJSADVISEUR"],
  },
  GOEDKEURING: {
    label: "Een goedgekeurde aanvraag",
    uitleg: "Direct, als een aanvraag voor uw Topteam is goedgekeurd, of (coördinator) op een Topteam wacht.",
    rollen: ["GEDRAGSWETENSCHAPPER", "COORDINATOR"],
  },
  TOESTEMMING_BEANTWOORD: {
    label: "Een antwoord op een toestemmingsverzoek",
    uitleg: "Direct, als ouders of een leerling via de link toestemming geven, weigeren of intrekken.",
    rollen: ["ZORGCOORDINATOR"],
  },
  TOEGEWEZEN_UIT_ANDERE_WINDSTREEK: {
    label: "Een traject uit een andere windstreek",
    uitleg: "Direct, als de coördinator een traject van een school buiten uw windstreek aan uw Topteam toewijst.",
    rollen: ["GEDRAGSWETENSCHAPPER"],
  },
} as const satisfies Record<string, { label: string; uitleg: string; rollen: readonly Role[] }>;
export type MeldingSoort = keyof typeof MELDINGEN;
export const MELDING_SOORTEN = Object.keys(MELDINGEN) as MeldingSoort[];

/** The kind a message belongs to, for the opt-out; null for what cannot be switched off. */
export const MELDING_VAN: Record<MailSoort, MeldingSoort | null> = {
  weekoverzicht: "WEEKOVERZICHT",
  informatieGevraagd: "VRAAG_AAN_SCHOOL",
  informatieBeantwoord: "ANTWOORD_VAN_SCHOOL",
  aanvraagVoorTeam: "GOEDKEURING",
  aanvraagWachtOpTeam: "GOEDKEURING",
  toegewezenUitAndereWindstreek: "TOEGEWEZEN_UIT_ANDERE_WINDSTREEK",
  toestemmingBeantwoord: "TOESTEMMING_BEANTWOORD",
  // To parents or a student, who have no account and no settings.
  toestemmingGevraagd: null,
  uitnodiging: null,
  wachtwoordHerstel: null,
};

/** The kinds `role` receives, in the order the settings page shows them. */
export function meldingenVoor(role: Role): MeldingSoort[] {
  return MELDING_SOORTEN.filter((soort) => (MELDINGEN[soort].rollen as readonly Role[]).includes(role));
}
