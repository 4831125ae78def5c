// The handbook's process as rules: which transitions exist, from which phase or step, who may
// make each one, and the guards that must hold. Pure: no I/O and no framework, so the whole
// table is tested directly; lib/trajecten/transitions.ts applies a decision in the database.
import { daysBetween, formatDay } from "../calendar";
import type { AanmeldingStap, AdviesUitkomst, DoelgroepGebied, Fase, FollowUpMoment, NietPassend, Role, StopReden, VooroverlegBesluit } from "../generated/prisma/enums";
import { INTENSIEF_MAX_WEEKS, INTENSIEF_PLANNED_WEEKS, intensiefGeplandTot } from "./terms";

/** Where a traject is: a step of AANMELDING, or a later phase. */
export type Stand = AanmeldingStap | Exclude<Fase, "AANMELDING">;

export const STANDEN = [
  "ADVIES",
  "VOOROVERLEG",
  "AANVRAAG",
  "DOSSIERCHECK",
  "GOEDGEKEURD",
  "ONDERZOEK",
  "INTENSIEF",
  "BORGING",
  "FOLLOW_UP",
  "AFGEROND",
  "GESTOPT",
] as const satisfies readonly Stand[];

export function standOf(fase: Fase, aanmeldingStap: AanmeldingStap | null): Stand {
  return fase === "AANMELDING" ? (aanmeldingStap ?? "ADVIES") : fase;
}

function toestandOf(stand: Stand): { fase: Fase; aanmeldingStap: AanmeldingStap | null } {
  return (STANDEN.indexOf(stand) <= STANDEN.indexOf("GOEDGEKEURD"))
    ? { fase: "AANMELDING", aanmeldingStap: stand as AanmeldingStap }
    : { fase: stand as Fase, aanmeldingStap: null };
}

export const ACTIES = [
  "ADVIES_GEGEVEN",
  "VOOROVERLEG_GEPLAND",
  "VOOROVERLEG_GEHOUDEN",
  "AANVRAAG_GESTART",
  "AANVRAAG_INGEDIEND",
  "AANVRAAG_GOEDGEKEURD",
  "AANVRAAG_AFGEWEZEN",
  "ONDERZOEK_GESTART",
  "ONDERZOEK_AFGESLOTEN",
  "INTENSIEF_GESTART",
  "INTENSIEF_VERLENGD",
  "BORGING_GESTART",
  "FOLLOW_UP_GESTART",
  "FOLLOW_UP_VASTGELEGD",
  "AFGEROND",
  "GESTOPT",
  "CORRECTIE",
] as const;
export type Actie = (typeof ACTIES)[number];

/**
 * History rows that record an event in the dossier rather than a phase transition: they do not
 * move the traject, set no date floor and are not undone by a correction.
 */
export const GEBEURTENISSEN = [
  "TOESTEMMING_VASTGELEGD",
  "TOESTEMMING_INGETROKKEN",
  "LEERLING_GEKOPPELD",
  "INFORMATIE_GEVRAAGD",
  "INFORMATIE_GEGEVEN",
  "TEAM_TOEGEWEZEN",
  "OPP_TOEGEVOEGD",
  "TEAMLID_TOEGEWEZEN",
  "TEAMLID_AFGEMELD",
  "DOEL_TOEGEVOEGD",
  "DOEL_GEWIJZIGD",
  "EVALUATIE_VASTGELEGD",
  "ADVIES_TOEGEVOEGD",
  "ADVIES_GEWIJZIGD",
  "OVERDRACHT_VASTGELEGD",
  "EXIT_LINKS_GEMAAKT",
  "NETWERK_BIJGEWERKT",
  "ACTIVITEIT_VASTGELEGD",
  "NOTITIE_VASTGELEGD",
  "AFSPRAAK_VASTGELEGD",
  "ESCALATIE_VASTGELEGD",
  "ESCALATIE_OPGELOST",
] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

/** Whether a history row still counts as the last transition: a phase transition, neither a correction nor corrected. */
export function isInEffect(row: { action: string; correctsId: string | null; corrected: boolean }): boolean {
  return row.correctsId === null && !row.corrected && !(GEBEURTENISSEN as readonly string[]).includes(row.action);
}

const AANMELDING_OPEN = ["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK"] as const satisfies Stand[];
const TEAM_FASEN = ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const satisfies Stand[];

interface Regel {
  van: readonly Stand[];
  rollen: readonly Role[];
}

/**
 * The transition table. An action may have several rules where who may make it depends on
 * where the traject is (stopping early in AANMELDING is the school's or the onderwijsadviseur's
 * call; later it is the gedragswetenschapper's).
 */
export const REGELS: Record<Actie, readonly Regel[]> = {
  // Preventief advies comes from the gedragswetenschapper or the onderwijsadviseur (handbook, Stap 1).
  ADVIES_GEGEVEN: [{ van: ["ADVIES"], rollen: ["GEDRAGSWETENSCHAPPER", "ONDERWIJSADVISEUR"] }],
  // The school organises the vooroverleg (handbook, Stap 2), with or without an advice first;
  // planning again moves the date. Recording it decides: a request, or other support.
  VOOROVERLEG_GEPLAND: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }],
  VOOROVERLEG_GEHOUDEN: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }],
  AANVRAAG_GESTART: [{ van: ["ADVIES", "VOOROVERLEG"], rollen: ["ZORGCOORDINATOR"] }],
  AANVRAAG_INGEDIEND: [{ van: ["AANVRAAG"], rollen: ["ZORGCOORDINATOR"] }],
  AANVRAAG_GOEDGEKEURD: [{ van: ["DOSSIERCHECK"], rollen: ["ONDERWIJSADVISEUR"] }],
  AANVRAAG_AFGEWEZEN: [{ van: ["DOSSIERCHECK"], rollen: ["ONDERWIJSADVISEUR"] }],
  ONDERZOEK_GESTART: [{ van: ["GOEDGEKEURD"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  ONDERZOEK_AFGESLOTEN: [{ van: ["ONDERZOEK"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  INTENSIEF_GESTART: [{ van: ["ONDERZOEK"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  INTENSIEF_VERLENGD: [{ van: ["INTENSIEF"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  BORGING_GESTART: [{ van: ["INTENSIEF"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  FOLLOW_UP_GESTART: [{ van: ["BORGING"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  FOLLOW_UP_VASTGELEGD: [{ van: ["FOLLOW_UP"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  AFGEROND: [{ van: ["FOLLOW_UP"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
  GESTOPT: [
    { van: AANMELDING_OPEN, rollen: ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] },
    { van: ["GOEDGEKEURD", ...TEAM_FASEN], rollen: ["GEDRAGSWETENSCHAPPER"] },
  ],
  // A correction undoes the last transition; the gedragswetenschapper may undo their own kind.
  CORRECTIE: [{ van: [...TEAM_FASEN, "AFGEROND", "GESTOPT"], rollen: ["GEDRAGSWETENSCHAPPER"] }],
};

/**
 * Where each action leads; INTENSIEF_VERLENGD and FOLLOW_UP_VASTGELEGD stay, CORRECTIE goes back,
 * ADVIES_GEGEVEN and VOOROVERLEG_GEHOUDEN depend on their outcome.
 */
const NAAR: Record<Exclude<Actie, "CORRECTIE" | "INTENSIEF_VERLENGD" | "FOLLOW_UP_VASTGELEGD" | "ADVIES_GEGEVEN" | "VOOROVERLEG_GEHOUDEN">, Stand> = {
  VOOROVERLEG_GEPLAND: "VOOROVERLEG",
  AANVRAAG_GESTART: "AANVRAAG",
  AANVRAAG_INGEDIEND: "DOSSIERCHECK",
  AANVRAAG_GOEDGEKEURD: "GOEDGEKEURD",
  AANVRAAG_AFGEWEZEN: "GESTOPT",
  ONDERZOEK_GESTART: "ONDERZOEK",
  ONDERZOEK_AFGESLOTEN: "GESTOPT",
  INTENSIEF_GESTART: "INTENSIEF",
  BORGING_GESTART: "BORGING",
  FOLLOW_UP_GESTART: "FOLLOW_UP",
  AFGEROND: "AFGEROND",
  GESTOPT: "GESTOPT",
};

/** The places in which a traject occupies its Topteam, counted against the team's capacity. */
export const BEZETTING: { fase: Fase; aanmeldingStap?: AanmeldingStap }[] = [
  { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD" },
  { fase: "ONDERZOEK" },
  { fase: "INTENSIEF" },
  { fase: "BORGING" },
];

/** The reasons a person may pick when stopping early; the other two follow from the action. */
export const STOP_REDENEN_KEUZE = ["TERUGGETROKKEN_OUDERS_LEERLING", "TERUGGETROKKEN_SCHOOL", "LEERLING_VERHUISD", "ANDERS"] as const satisfies readonly StopReden[];

/** The traject's own fields that transitions change; a correction restores them from a snapshot. */
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

export const FASEVELD_NAMEN = [
  "fase",
  "aanmeldingStap",
  "stopReden",
  "intensiefWeken",
  "topteamId",
  "windstreekoverstijgend",
  "lisaReferentie",
  "adviesUitkomst",
  "aanvraagOp",
  "goedgekeurdOp",
  "onderzoekStart",
  "intensiefStart",
  "borgingStart",
  "followUpStart",
  "afgeslotenOp",
] as const satisfies readonly (keyof Fasevelden)[];

const DATUM_VELDEN = ["aanvraagOp", "goedgekeurdOp", "onderzoekStart", "intensiefStart", "borgingStart", "followUpStart", "afgeslotenOp"] as const;

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

/** What the guards need to know about a traject, read inside the transaction. */
export interface TrajectFeiten extends Fasevelden {
  heeftLeerling: boolean;
  /** Consent recorded and not withdrawn. */
  heeftToestemming: boolean;
  /** The Topteam of the school's windstreek, which an approval assigns unless it is full. */
  teamVanWindstreek: string | null;
  /** That team carries as many trajecten as its capacity: the coördinator assigns another. */
  teamVol: boolean;
  /** The onderwijsadviseur asked the school something that is not yet answered. */
  openVraag: boolean;
  /** The assigned Topteam has an active gedragswetenschapper. */
  teamHeeftGedragswetenschapper: boolean;
  doelen: number;
  handelingsadviezen: number;
  followUps: readonly FollowUpMoment[];
  /** The last transition still in effect (not a correction and not corrected). */
  laatsteOvergang: { id: string; actie: string; datum: Date; voorToestand: FaseveldenSnapshot | null } | null;
}

export interface DoelInvoer {
  omschrijving: string;
  gebied: "DIDACTIEK" | "GEDRAG_SOCIAAL_EMOTIONEEL" | "THUIS";
}

export interface AdviesInvoer {
  voor: "SCHOOL" | "DOCENTEN" | "OUDERS" | "LEERLING";
  tekst: string;
}

/** Who meets, and whether the student is named; the school may discuss a case anonymously. */
export interface VooroverlegOpzet {
  deelnemers: string;
  anoniem: boolean;
}

/** The record of a vooroverleg: the five questions, the target-group check and the decision. */
export interface VooroverlegVerslag extends VooroverlegOpzet {
  hoeGaatHet: string;
  ingezetteHulp: string;
  betrokkenInstanties: string;
  motivatie: string;
  afspraken: string;
  gebieden: DoelgroepGebied[];
  nietPassend: NietPassend[];
  /** The school chose a Toptraject knowing that a not-a-fit situation was ticked. */
  ondanksNietPassend: boolean;
  besluit: VooroverlegBesluit;
  andereOndersteuning: string;
}

/** What a recorded vooroverleg stores, from its transition's input. */
export function verslagVan(invoer: VooroverlegVerslag & { datum: Date }) {
  return {
    gehoudenOp: invoer.datum,
    deelnemers: invoer.deelnemers,
    anoniem: invoer.anoniem,
    hoeGaatHet: invoer.hoeGaatHet,
    ingezetteHulp: invoer.ingezetteHulp,
    betrokkenInstanties: invoer.betrokkenInstanties,
    motivatie: invoer.motivatie,
    afspraken: invoer.afspraken,
    gebieden: invoer.gebieden,
    nietPassend: invoer.nietPassend,
    besluit: invoer.besluit,
    andereOndersteuning: invoer.besluit === "ANDERE_ONDERSTEUNING" ? invoer.andereOndersteuning : null,
  };
}

export type OvergangInvoer = { datum: Date; notitie: string } & (
  | { actie: "ADVIES_GEGEVEN"; uitkomst: AdviesUitkomst }
  | ({ actie: "VOOROVERLEG_GEPLAND"; geplandOp: Date } & VooroverlegOpzet)
  | ({ actie: "VOOROVERLEG_GEHOUDEN" } & VooroverlegVerslag)
  | { actie: "AANVRAAG_GESTART" | "AANVRAAG_GOEDGEKEURD" | "AANVRAAG_AFGEWEZEN" }
  | { actie: "ONDERZOEK_GESTART" | "ONDERZOEK_AFGESLOTEN" | "FOLLOW_UP_GESTART" | "AFGEROND" }
  | { actie: "AANVRAAG_INGEDIEND"; lisaReferentie: string }
  | { actie: "INTENSIEF_GESTART"; doelen: DoelInvoer[] }
  | { actie: "INTENSIEF_VERLENGD"; weken: number }
  | { actie: "BORGING_GESTART"; adviezen: AdviesInvoer[] }
  | {
      actie: "FOLLOW_UP_VASTGELEGD";
      moment: FollowUpMoment;
      opUitstroomniveau: "JA" | "NEE" | "ONBEKEND";
      diplomaVerwacht: "JA" | "NEE" | "ONBEKEND";
    }
  | { actie: "GESTOPT"; stopReden: (typeof STOP_REDENEN_KEUZE)[number] }
  | { actie: "CORRECTIE"; overgangId: string }
);

export type WeigeringCode = "NIET_GEVONDEN" | "NIET_TOEGESTAAN" | "VERKEERDE_FASE" | "VOORWAARDE" | "CONFLICT";

/** A refused transition, with the Dutch message the user sees and the field it belongs to. */
export class OvergangGeweigerd extends Error {
  constructor(
    readonly code: WeigeringCode,
    message: string,
    readonly veld?: string,
  ) {
    super(message);
    this.name = "OvergangGeweigerd";
  }
}

export const MELDING = {
  NIET_GEVONDEN: "Dit traject bestaat niet of u heeft er geen toegang toe.",
  NIET_TOEGESTAAN: "Uw rol mag deze stap niet zetten.",
  CONFLICT: "Iemand anders heeft dit traject intussen gewijzigd. Herlaad de pagina en probeer het opnieuw.",
} as const;

/** Where the action may be made from, and by whom; throws the refusal that fits otherwise. */
export function checkRegel(actie: Actie, stand: Stand, role: Role): void {
  const regels = REGELS[actie].filter((regel) => regel.van.includes(stand));
  if (regels.length === 0) throw new OvergangGeweigerd("VERKEERDE_FASE", "Deze stap kan niet in de huidige fase van het traject.");
  if (!regels.some((regel) => regel.rollen.includes(role))) throw new OvergangGeweigerd("NIET_TOEGESTAAN", MELDING.NIET_TOEGESTAAN);
}

/** The actions `role` may try from `stand`; guards are checked when one is made. */
export function actiesVoor(stand: Stand, role: Role): Actie[] {
  return ACTIES.filter((actie) => REGELS[actie].some((regel) => regel.van.includes(stand) && regel.rollen.includes(role)));
}

function guard(holds: boolean, message: string, veld?: string): void {
  if (!holds) throw new OvergangGeweigerd("VOORWAARDE", message, veld);
}

export interface Besluit {
  /** The traject's fields after the transition. */
  na: Fasevelden;
  /** For a correction: the transition it undoes. */
  corrigeert: string | null;
}

/**
 * Decides a transition: checks the table, the date and the guards against the facts, and returns
 * the traject's fields afterwards. Throws OvergangGeweigerd, with a Dutch message, otherwise.
 */
export function beslis(feiten: TrajectFeiten, role: Role, invoer: OvergangInvoer, today: Date): Besluit {
  const stand = standOf(feiten.fase, feiten.aanmeldingStap);
  checkRegel(invoer.actie, stand, role);

  guard(daysBetween(invoer.datum, today) >= 0, "De datum mag niet in de toekomst liggen.", "datum");
  const vorige = feiten.laatsteOvergang;
  if (vorige) {
    guard(daysBetween(vorige.datum, invoer.datum) >= 0, `De datum mag niet vóór de vorige stap liggen (${formatDay(vorige.datum)}).`, "datum");
  }

  const velden = pickFasevelden(feiten);
  const naar = (stand: Stand): Fasevelden => ({ ...velden, ...toestandOf(stand) });
  const datum = invoer.datum;
  const nodigNotitie = (message: string) => guard(invoer.notitie.trim().length > 0, message, "notitie");

  switch (invoer.actie) {
    case "ADVIES_GEGEVEN": {
      nodigNotitie("Schrijf het advies aan de school.");
      if (invoer.uitkomst === "VOOROVERLEG") return { na: { ...naar("VOOROVERLEG"), adviesUitkomst: invoer.uitkomst }, corrigeert: null };
      const stopReden = invoer.uitkomst === "VOLDOENDE" ? "ADVIES_VOLDOENDE" : "ANDERE_ONDERSTEUNING";
      return { na: { ...naar("GESTOPT"), adviesUitkomst: invoer.uitkomst, stopReden, afgeslotenOp: datum }, corrigeert: null };
    }
    case "VOOROVERLEG_GEPLAND":
      guard(daysBetween(datum, invoer.geplandOp) >= 0, "Het vooroverleg kan niet vóór de datum van het plannen liggen.", "geplandOp");
      return { na: naar("VOOROVERLEG"), corrigeert: null };
    case "VOOROVERLEG_GEHOUDEN":
      if (invoer.besluit === "ANDERE_ONDERSTEUNING") {
        guard(invoer.andereOndersteuning.trim().length > 0, "Beschrijf welke andere ondersteuning de school inzet.", "andereOndersteuning");
        return { na: { ...naar("GESTOPT"), stopReden: "ANDERE_ONDERSTEUNING", afgeslotenOp: datum }, corrigeert: null };
      }
      guard(invoer.gebieden.length > 0, "Kies minstens één gebied waarop de school vastloopt: anders is een Toptraject niet de weg.", "gebieden");
      guard(
        invoer.nietPassend.length === 0 || invoer.ondanksNietPassend,
        "U heeft een situatie aangevinkt waarin een Toptraject niet zinvol is. Kies andere ondersteuning, of bevestig dat u toch voor een Toptraject kiest.",
        "nietPassend",
      );
      return { na: naar("AANVRAAG"), corrigeert: null };
    case "AANVRAAG_GESTART":
      return { na: naar(NAAR[invoer.actie]), corrigeert: null };
    case "AANVRAAG_INGEDIEND":
      guard(feiten.heeftLeerling, "Koppel eerst de leerling aan dit traject: een aanvraag is op naam.");
      guard(feiten.heeftToestemming, "Er is geen geldige toestemming vastgelegd. Zonder toestemming kan de aanvraag niet worden ingediend.");
      return { na: { ...naar("DOSSIERCHECK"), lisaReferentie: invoer.lisaReferentie, aanvraagOp: datum }, corrigeert: null };
    case "AANVRAAG_GOEDGEKEURD":
      guard(!feiten.openVraag, "De school heeft de gevraagde informatie nog niet gegeven.");
      guard(feiten.heeftToestemming, "De toestemming is ingetrokken; het dossier kan niet naar het Topteam.");
      guard(feiten.teamVanWindstreek !== null, "De windstreek van deze school heeft geen Topteam.");
      return {
        na: { ...naar("GOEDGEKEURD"), goedgekeurdOp: datum, topteamId: feiten.teamVol ? null : feiten.teamVanWindstreek, windstreekoverstijgend: false },
        corrigeert: null,
      };
    case "AANVRAAG_AFGEWEZEN":
      nodigNotitie("Geef de reden van de afwijzing.");
      return { na: { ...naar("GESTOPT"), stopReden: "AANVRAAG_AFGEWEZEN", afgeslotenOp: datum }, corrigeert: null };
    case "ONDERZOEK_GESTART":
      guard(feiten.goedgekeurdOp !== null, "De onderwijsadviseur heeft het dossier nog niet goedgekeurd.");
      guard(feiten.topteamId !== null && feiten.teamHeeftGedragswetenschapper, "Er is nog geen gedragswetenschapper aan dit traject toegewezen.");
      guard(feiten.heeftToestemming, "De toestemming is ingetrokken; het onderzoek kan niet starten.");
      return { na: { ...naar("ONDERZOEK"), onderzoekStart: datum }, corrigeert: null };
    case "ONDERZOEK_AFGESLOTEN":
      nodigNotitie("Noteer het advies uit het adviesgesprek: wat is de vervolgstap?");
      return { na: { ...naar("GESTOPT"), stopReden: "NIET_PASSEND_NA_ONDERZOEK", afgeslotenOp: datum }, corrigeert: null };
    case "INTENSIEF_GESTART":
      guard(feiten.doelen + invoer.doelen.length > 0, "Leg minstens één doel vast dat in het advies-/startgesprek is afgesproken.", "doelen");
      return { na: { ...naar("INTENSIEF"), intensiefStart: datum, intensiefWeken: INTENSIEF_PLANNED_WEEKS }, corrigeert: null };
    case "INTENSIEF_VERLENGD":
      nodigNotitie("Geef de reden van de verlenging.");
      guard(invoer.weken > feiten.intensiefWeken, `De nieuwe duur moet langer zijn dan de huidige ${feiten.intensiefWeken} weken.`, "weken");
      guard(invoer.weken <= INTENSIEF_MAX_WEEKS, `Intensief duurt hoogstens ${INTENSIEF_MAX_WEEKS} weken.`, "weken");
      return { na: { ...velden, intensiefWeken: invoer.weken }, corrigeert: null };
    case "BORGING_GESTART": {
      guard(feiten.handelingsadviezen + invoer.adviezen.length > 0, "Leg minstens één handelingsadvies vast voordat de borging begint.", "adviezen");
      const geplandTot = feiten.intensiefStart ? intensiefGeplandTot(feiten.intensiefStart, feiten.intensiefWeken) : null;
      // Borging starts the day after intensief's last day, so starting it on geplandTot + 1 is on time.
      const teLaat = geplandTot !== null && daysBetween(geplandTot, datum) > 1;
      guard(
        !teLaat || feiten.intensiefWeken >= INTENSIEF_MAX_WEEKS,
        `Intensief was gepland tot ${geplandTot ? formatDay(geplandTot) : ""}. Leg eerst een verlenging met reden vast.`,
        "datum",
      );
      return { na: { ...naar("BORGING"), borgingStart: datum }, corrigeert: null };
    }
    case "FOLLOW_UP_GESTART":
      return { na: { ...naar("FOLLOW_UP"), followUpStart: datum }, corrigeert: null };
    case "FOLLOW_UP_VASTGELEGD":
      guard(!feiten.followUps.includes(invoer.moment), "Deze follow-up is al vastgelegd.", "moment");
      return { na: velden, corrigeert: null };
    case "AFGEROND":
      guard(
        feiten.followUps.includes("DRIE_MAANDEN") && feiten.followUps.includes("TWAALF_MAANDEN"),
        "Leg eerst beide follow-ups vast (na 3 en na 12 maanden).",
      );
      return { na: { ...naar("AFGEROND"), afgeslotenOp: datum }, corrigeert: null };
    case "GESTOPT":
      if (invoer.stopReden === "ANDERS") nodigNotitie("Beschrijf de reden van het stoppen.");
      return { na: { ...naar("GESTOPT"), stopReden: invoer.stopReden, afgeslotenOp: datum }, corrigeert: null };
    case "CORRECTIE": {
      nodigNotitie("Geef de reden van de correctie.");
      guard(vorige !== null && vorige.id === invoer.overgangId, "Alleen de laatste stap kan worden teruggedraaid.", "overgangId");
      guard(
        vorige !== null && vorige.voorToestand !== null && isCorrigeerbaar(vorige.actie, role),
        "Deze stap kunt u niet terugdraaien.",
        "overgangId",
      );
      return { na: restoreSnapshot(vorige!.voorToestand!), corrigeert: vorige!.id };
    }
  }
}

/** A correction undoes a transition that `role` could have made itself. */
export function isCorrigeerbaar(actie: string, role: Role): boolean {
  const bekend = (ACTIES as readonly string[]).includes(actie) && actie !== "CORRECTIE";
  return bekend && REGELS[actie as Actie].some((regel) => regel.rollen.includes(role));
}

export function pickFasevelden(velden: Fasevelden): Fasevelden {
  const picked = {} as Record<string, unknown>;
  for (const naam of FASEVELD_NAMEN) picked[naam] = velden[naam];
  return picked as unknown as Fasevelden;
}
