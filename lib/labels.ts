import type {
  AanmeldingStap,
  ActiviteitSoort,
  AfspraakPartij,
  AdviesUitkomst,
  AdviesVoor,
  DoelBesluit,
  DoelGebied,
  DoelStatus,
  DoelgroepGebied,
  ExitVoor,
  Fase,
  FollowUpMoment,
  JaNeeOnbekend,
  NetwerkSoort,
  NietPassend,
  ObservatieSituatie,
  OverdrachtAan,
  StopReden,
  VooroverlegBesluit,
  Zichtbaarheid,
} from "./generated/prisma/enums";
import type { TermStatus } from "./trajecten/terms";
import type { ToestemmingStand } from "./trajecten/consent-shield";
import { isHistoryAction, type Actie, type HistoryAction } from "./trajecten/history";

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
  GOEDGEKEURD: "goedgekeurd, wacht op kennismakingsgesprek",
};

export const TOESTEMMING_STAND_LABEL: Record<ToestemmingStand, string> = {
  NIET_NODIG: "Nog niet nodig: anoniem",
  GEGEVEN: "Gegeven",
  INGETROKKEN: "Ingetrokken: het dossier is afgeschermd",
  ONTBREEKT: "Nog niet gegeven",
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

/** What a person does, as the button and form title say it. */
export const ACTIE_LABEL: Record<Actie, string> = {
  ADVIES_GEGEVEN: "Advies geven",
  VOOROVERLEG_GEPLAND: "Vooroverleg plannen",
  VOOROVERLEG_GEHOUDEN: "Vooroverleg vastleggen",
  AANVRAAG_GESTART: "Aanvraag voorbereiden",
  AANVRAAG_INGEDIEND: "Aanvraag indienen",
  AANVRAAG_GOEDGEKEURD: "Aanvraag goedkeuren",
  AANVRAAG_AFGEWEZEN: "Aanvraag afwijzen",
  ONDERZOEK_GESTART: "Onderzoek starten",
  ONDERZOEK_AFGESLOTEN: "Onderzoek afsluiten met een adviesgesprek",
  INTENSIEF_GESTART: "Intensief starten",
  INTENSIEF_VERLENGD: "Intensief verlengen",
  BORGING_GESTART: "Borging starten",
  FOLLOW_UP_GESTART: "Follow-up starten",
  FOLLOW_UP_VASTGELEGD: "Follow-up vastleggen",
  AFGEROND: "Traject afronden",
  GESTOPT: "Traject voortijdig stoppen",
  CORRECTIE: "Laatste stap terugdraaien",
};

/** What happened, as the history shows it; includes the creation of a traject. */
export const GEBEURTENIS_LABEL: Record<HistoryAction, string> = {
  ADVIES_GEVRAAGD: "Advies gevraagd",
  ADVIES_GEGEVEN: "Advies gegeven",
  VOOROVERLEG_GEPLAND: "Vooroverleg gepland",
  VOOROVERLEG_GEHOUDEN: "Vooroverleg gehouden",
  AANVRAAG_GESTART: "Aanvraag voorbereid",
  AANVRAAG_INGEDIEND: "Aanvraag ingediend",
  AANVRAAG_GOEDGEKEURD: "Aanvraag goedgekeurd",
  AANVRAAG_AFGEWEZEN: "Aanvraag afgewezen",
  ONDERZOEK_GESTART: "Kennismakingsgesprek: onderzoek gestart",
  ONDERZOEK_AFGESLOTEN: "Adviesgesprek: traject afgesloten na onderzoek",
  INTENSIEF_GESTART: "Advies-/startgesprek: intensief gestart",
  INTENSIEF_VERLENGD: "Intensief verlengd",
  BORGING_GESTART: "Borging gestart",
  FOLLOW_UP_GESTART: "Follow-up gestart",
  FOLLOW_UP_VASTGELEGD: "Follow-up vastgelegd",
  AFGEROND: "Traject afgerond",
  GESTOPT: "Traject voortijdig gestopt",
  CORRECTIE: "Correctie",
  TOESTEMMING_VASTGELEGD: "Toestemming vastgelegd",
  TOESTEMMING_INGETROKKEN: "Toestemming ingetrokken",
  TOESTEMMING_GEVRAAGD: "Toestemming gevraagd per e-mail",
  TOESTEMMING_GEWEIGERD: "Toestemming geweigerd",
  LEERLING_GEKOPPELD: "Leerling op naam gezet",
  INFORMATIE_GEVRAAGD: "Aanvullende informatie gevraagd",
  INFORMATIE_GEGEVEN: "Aanvullende informatie gegeven",
  TEAM_TOEGEWEZEN: "Topteam toegewezen",
  OPP_TOEGEVOEGD: "OPP toegevoegd",
  TEAMLID_TOEGEWEZEN: "Teamlid toegewezen",
  TEAMLID_AFGEMELD: "Teamlid afgemeld",
  DOEL_TOEGEVOEGD: "Doel toegevoegd",
  DOEL_GEWIJZIGD: "Doel gewijzigd",
  EVALUATIE_VASTGELEGD: "Evaluatie vastgelegd",
  ADVIES_TOEGEVOEGD: "Handelingsadvies toegevoegd",
  ADVIES_GEWIJZIGD: "Handelingsadvies bijgewerkt",
  OVERDRACHT_VASTGELEGD: "Overdracht vastgelegd",
  EXIT_LINKS_GEMAAKT: "Links voor de exit-vragenlijst gemaakt",
  NETWERK_BIJGEWERKT: "Netwerk bijgewerkt",
  ACTIVITEIT_VASTGELEGD: "Activiteit vastgelegd",
  NOTITIE_VASTGELEGD: "Notitie vastgelegd",
  AFSPRAAK_VASTGELEGD: "Samenwerkingsafspraak vastgelegd",
  ESCALATIE_VASTGELEGD: "Escalatie vastgelegd",
  ESCALATIE_OPGELOST: "Escalatie opgelost",
};

export const ADVIES_UITKOMST_LABEL: Record<AdviesUitkomst, string> = {
  VOLDOENDE: "Het advies is voldoende",
  VOOROVERLEG: "Door naar een collegiaal vooroverleg",
  ANDERE_ONDERSTEUNING: "Een andere vorm van ondersteuning",
};

export const STOP_REDEN_LABEL: Record<StopReden, string> = {
  ADVIES_VOLDOENDE: "Advies was voldoende",
  ANDERE_ONDERSTEUNING: "Andere ondersteuning",
  AANVRAAG_AFGEWEZEN: "Aanvraag afgewezen",
  NIET_PASSEND_NA_ONDERZOEK: "Niet passend na onderzoek",
  TERUGGETROKKEN_OUDERS_LEERLING: "Teruggetrokken door ouders of leerling",
  TERUGGETROKKEN_SCHOOL: "Teruggetrokken door school",
  LEERLING_VERHUISD: "Leerling verhuisd",
  ANDERS: "Andere reden",
};

export const DOEL_GEBIED_LABEL: Record<DoelGebied, string> = {
  DIDACTIEK: "Didactiek en schoolse vaardigheden",
  GEDRAG_SOCIAAL_EMOTIONEEL: "Gedrag en sociaal-emotioneel",
  THUIS: "Thuissituatie",
};

export const ADVIES_VOOR_LABEL: Record<AdviesVoor, string> = {
  SCHOOL: "School",
  DOCENTEN: "Docenten",
  OUDERS: "Ouders",
  LEERLING: "Leerling",
};

export const JA_NEE_LABEL: Record<JaNeeOnbekend, string> = { JA: "Ja", NEE: "Nee", ONBEKEND: "Onbekend" };

/** The seven areas of the target-group check (handbook, Doelgroep). */
export const DOELGROEP_GEBIED_LABEL: Record<DoelgroepGebied, string> = {
  EXECUTIEVE_FUNCTIES: "Executieve functies",
  MOTIVATIE: "Motivatie",
  VERZUIM: "Verzuim",
  EXTERNALISEREND_GEDRAG: "Externaliserend gedrag",
  INTERNALISEREND_GEDRAG: "Internaliserend gedrag",
  COMPLEXE_THUISSITUATIE: "Complexe thuissituatie",
  COMPLEXE_VRIJE_TIJD: "Complexe vrijetijdssituatie",
};

/** The four situations in which a Toptraject makes no sense (handbook, Doelgroep). */
export const NIET_PASSEND_LABEL: Record<NietPassend, string> = {
  ENKELVOUDIGE_VRAAG: "De school heeft een enkelvoudige vraag (bijvoorbeeld een IQ-bepaling)",
  REGULIER_NIET_HAALBAAR: "Regulier onderwijs is naar verwachting niet haalbaar",
  ZEER_INTENSIEVE_HULP: "De leerling heeft zeer intensieve hulpverlening nodig",
  NIET_GEMOTIVEERD: "School, leerling of ouders zijn niet gemotiveerd",
};

export const VOOROVERLEG_BESLUIT_LABEL: Record<VooroverlegBesluit, string> = {
  TOPTRAJECT: "Een Toptraject aanvragen",
  ANDERE_ONDERSTEUNING: "Een andere vorm van ondersteuning",
};

/** The five questions of the vooroverleg (handbook, Stap 2), by the field that holds the answer. */
export const VOOROVERLEG_VRAGEN = {
  hoeGaatHet: "Hoe gaat het met de leerling? Gaat de leerling over, kan de leerling op school blijven, is het niveau passend?",
  ingezetteHulp: "Welke hulp is al ingezet, met welk resultaat? Waarom werkte het wel of niet?",
  betrokkenInstanties: "Welke andere hulpverlening of instelling is betrokken?",
  motivatie: "Zijn de mentor, de docenten, de leerling en de ouders gemotiveerd voor een Toptraject?",
  afspraken: "Welke afspraken kunnen de betrokkenen nu al maken?",
} as const;

export const DOEL_STATUS_LABEL: Record<DoelStatus, string> = {
  ACTIEF: "Actief",
  BEREIKT: "Bereikt",
  GESTOPT: "Gestopt",
};

export const DOEL_BESLUIT_LABEL: Record<DoelBesluit, string> = {
  HANDHAVEN: "Handhaven",
  BIJSTELLEN: "Bijstellen",
  STOPPEN: "Stoppen",
};

export const OVERDRACHT_LABEL: Record<OverdrachtAan, string> = {
  MENTOR: "Overgedragen aan de mentor",
  BPO: "Overgedragen aan de begeleider passend onderwijs (BPO)",
  NETWERKPARTNERS: "Overgedragen aan de netwerkpartners",
};

export const EXIT_VOOR_LABEL: Record<ExitVoor, string> = {
  OUDERS: "Ouders of verzorgers",
  LEERLING: "Leerling",
};

export const ZICHTBAARHEID_LABEL: Record<Zichtbaarheid, string> = {
  TOPTEAM: "Alleen het Topteam",
  GEDEELD: "Gedeeld met de school",
};

export const NETWERK_SOORT_LABEL: Record<NetwerkSoort, string> = {
  GEZIN: "Gezin",
  VRIENDEN: "Vrienden",
  MENTOR: "Mentor",
  DOCENT: "Docent",
  ZORGCOORDINATOR: "Zorgcoördinator",
  BPO: "Begeleider passend onderwijs (BPO)",
  OUDER_KINDADVISEUR: "Ouder- en kindadviseur",
  JEUGDHULP: "Jeugdhulp / jeugd-ggz",
  JEUGDARTS: "Jeugdarts",
  LEERPLICHT: "Leerplicht",
  ANDERS: "Anders",
};

export const ACTIVITEIT_SOORT_LABEL: Record<ActiviteitSoort, string> = {
  OBSERVATIE: "Observatie",
  GESPREK: "Gesprek",
  VRAGENLIJST: "Vragenlijst",
  DIAGNOSTIEK: "Diagnostiek",
};

export const SITUATIE_LABEL: Record<ObservatieSituatie, string> = {
  LES_GAAT_GOED: "In een les die goed gaat",
  LES_LASTIG: "In een les die lastig verloopt",
  VRIJE_SITUATIE: "In een vrije situatie",
  GESTRUCTUREERDE_SITUATIE: "In een gestructureerde situatie",
};

export const AFSPRAAK_PARTIJ_LABEL: Record<AfspraakPartij, string> = {
  DOCENTENTEAM: "Docententeam",
  MENTOR: "Mentor",
  ZORGCOORDINATOR: "Zorgcoördinator",
  MANAGEMENT: "Management (MT)",
};

/** The steps of the escalatieladder, from the classroom up. */
export const ESCALATIE_NIVEAU_LABEL: Record<string, string> = {
  "1": "Trede 1: mentor en docententeam",
  "2": "Trede 2: zorgcoördinator",
  "3": "Trede 3: schoolleiding",
  "4": "Trede 4: samenwerkingsverband (accounthouder)",
};

/** The label of a stored history action; an unknown one (from an older version) shows as it is. */
export function historyLabel(action: string): string {
  return isHistoryAction(action) ? GEBEURTENIS_LABEL[action] : action;
}
