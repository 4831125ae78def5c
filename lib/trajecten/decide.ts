// Decides a transition: the rules table, the date and the handbook's guards against the facts
// read inside the transaction. Pure: no I/O and no framework, so every guard is tested directly.
import { daysBetween, formatDay } from "../calendar";
import { AppError, guard } from "../errors";
import { assertDatum } from "../forms/schema";
import type { FollowUpMoment, Role } from "../generated/prisma/enums";
import { afgeschermdVoor, ALLEEN_SCHOOL_SCHRIJFT, ZONDER_TOESTEMMING } from "./consent-shield";
import type { Actie } from "./history";
import { pickFasevelden, restoreSnapshot, type Fasevelden, type FaseveldenSnapshot } from "./phase-fields";
import { bestemmingen, checkRegel, isCorrigeerbaar, REGELS } from "./rules";
import { standOf, toestandOf, type Stand } from "./stand";
import { INTENSIEF_MAX_WEEKS, INTENSIEF_PLANNED_WEEKS, intensiefGeplandTot } from "./terms";
import type { OvergangInvoer } from "./transition-input";

/** What the guards need to know about a traject, read inside the transaction. */
export interface TrajectFeiten extends Fasevelden {
  heeftLeerling: boolean;
  /** Consent standing on the step's date, of whoever must give it then (consent-shield.ts). */
  heeftToestemming: boolean;
  /** Whose consent that is: the student's own from 16, the parents' before. */
  toestemmingVan: "OUDERS" | "LEERLING";
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

export interface Besluit {
  /** The traject's fields after the transition. */
  na: Fasevelden;
  /** For a correction: the transition it undoes. */
  corrigeert: string | null;
}

/**
 * Decides a transition: checks the table, the date and the guards against the facts, and returns
 * the traject's fields afterwards. Throws an AppError, with a Dutch message, otherwise.
 */
export function beslis(feiten: TrajectFeiten, role: Role, invoer: OvergangInvoer, today: Date): Besluit {
  const stand = standOf(feiten.fase, feiten.aanmeldingStap);
  checkRegel(invoer.actie, stand, role);
  // Approval and the start of onderzoek say so in their own words, below.
  const eigenToestemmingsregel = invoer.actie === "AANVRAAG_GOEDGEKEURD" || invoer.actie === "ONDERZOEK_GESTART";
  if (afgeschermdVoor(role, feiten.heeftLeerling, feiten.heeftToestemming) && invoer.actie !== ZONDER_TOESTEMMING && !eigenToestemmingsregel) {
    throw new AppError("NIET_TOEGESTAAN", ALLEEN_SCHOOL_SCHRIJFT);
  }
  const vorige = feiten.laatsteOvergang;
  assertDatum(invoer.datum, today, vorige ? { datum: vorige.datum, wat: "de vorige stap" } : undefined);

  const velden = pickFasevelden(feiten);
  const toegestaan = bestemmingen(invoer.actie, stand);
  // The table says where an action may lead; a decision that goes elsewhere is a bug, not a refusal.
  const naar = (bestemming: Stand = enigeBestemming(invoer.actie)): Fasevelden => {
    if (toegestaan === "terug" || !toegestaan.includes(bestemming)) throw new Error(`${invoer.actie} cannot lead to ${bestemming}`);
    return { ...velden, ...toestandOf(bestemming) };
  };
  const datum = invoer.datum;
  const nodigNotitie = (message: string) => guard(invoer.notitie.trim().length > 0, message, "notitie");
  const besluit = (na: Fasevelden): Besluit => ({ na, corrigeert: null });

  switch (invoer.actie) {
    case "ADVIES_GEGEVEN": {
      nodigNotitie("Schrijf het advies aan de school.");
      if (invoer.uitkomst === "VOOROVERLEG") return besluit({ ...naar("VOOROVERLEG"), adviesUitkomst: invoer.uitkomst });
      const stopReden = invoer.uitkomst === "VOLDOENDE" ? "ADVIES_VOLDOENDE" : "ANDERE_ONDERSTEUNING";
      return besluit({ ...naar("GESTOPT"), adviesUitkomst: invoer.uitkomst, stopReden, afgeslotenOp: datum });
    }
    case "VOOROVERLEG_GEPLAND":
      guard(daysBetween(datum, invoer.geplandOp) >= 0, "Het vooroverleg kan niet vóór de datum van het plannen liggen.", "geplandOp");
      return besluit(naar());
    case "VOOROVERLEG_GEHOUDEN":
      if (invoer.besluit === "ANDERE_ONDERSTEUNING") {
        guard(invoer.andereOndersteuning.trim().length > 0, "Beschrijf welke andere ondersteuning de school inzet.", "andereOndersteuning");
        return besluit({ ...naar("GESTOPT"), stopReden: "ANDERE_ONDERSTEUNING", afgeslotenOp: datum });
      }
      guard(invoer.gebieden.length > 0, "Kies minstens één gebied waarop de school vastloopt: anders is een Toptraject niet de weg.", "gebieden");
      guard(
        invoer.nietPassend.length === 0 || invoer.ondanksNietPassend,
        "U heeft een situatie aangevinkt waarin een Toptraject niet zinvol is. Kies andere ondersteuning, of bevestig dat u toch voor een Toptraject kiest.",
        "nietPassend",
      );
      return besluit(naar("AANVRAAG"));
    case "AANVRAAG_GESTART":
      return besluit(naar());
    case "AANVRAAG_INGEDIEND":
      guard(feiten.heeftLeerling, "Koppel eerst de leerling aan dit traject: een aanvraag is op naam.");
      guard(
        feiten.heeftToestemming,
        feiten.toestemmingVan === "LEERLING"
          ? "De leerling is 16 jaar of ouder: leg de toestemming van de leerling zelf vast. Zonder die toestemming kan de aanvraag niet worden ingediend."
          : "Er is geen geldige toestemming vastgelegd. Zonder toestemming kan de aanvraag niet worden ingediend.",
      );
      return besluit({ ...naar(), lisaReferentie: invoer.lisaReferentie, aanvraagOp: datum });
    case "AANVRAAG_GOEDGEKEURD":
      guard(!feiten.openVraag, "De school heeft de gevraagde informatie nog niet gegeven.");
      guard(feiten.heeftToestemming, "De toestemming is ingetrokken; het dossier kan niet naar het Topteam.");
      guard(feiten.teamVanWindstreek !== null, "De windstreek van deze school heeft geen Topteam.");
      return besluit({ ...naar(), goedgekeurdOp: datum, topteamId: feiten.teamVol ? null : feiten.teamVanWindstreek, windstreekoverstijgend: false });
    case "AANVRAAG_AFGEWEZEN":
      nodigNotitie("Geef de reden van de afwijzing.");
      return besluit({ ...naar(), stopReden: "AANVRAAG_AFGEWEZEN", afgeslotenOp: datum });
    case "ONDERZOEK_GESTART":
      guard(feiten.goedgekeurdOp !== null, "De onderwijsadviseur heeft het dossier nog niet goedgekeurd.");
      guard(feiten.topteamId !== null && feiten.teamHeeftGedragswetenschapper, "Er is nog geen gedragswetenschapper aan dit traject toegewezen.");
      guard(feiten.heeftToestemming, "De toestemming is ingetrokken; het onderzoek kan niet starten.");
      return besluit({ ...naar(), onderzoekStart: datum });
    case "ONDERZOEK_AFGESLOTEN":
      nodigNotitie("Noteer het advies uit het adviesgesprek: wat is de vervolgstap?");
      return besluit({ ...naar(), stopReden: "NIET_PASSEND_NA_ONDERZOEK", afgeslotenOp: datum });
    case "INTENSIEF_GESTART":
      guard(feiten.doelen + invoer.doelen.length > 0, "Leg minstens één doel vast dat in het advies-/startgesprek is afgesproken.", "doelen");
      return besluit({ ...naar(), intensiefStart: datum, intensiefWeken: INTENSIEF_PLANNED_WEEKS });
    case "INTENSIEF_VERLENGD":
      nodigNotitie("Geef de reden van de verlenging.");
      guard(invoer.weken > feiten.intensiefWeken, `De nieuwe duur moet langer zijn dan de huidige ${feiten.intensiefWeken} weken.`, "weken");
      guard(invoer.weken <= INTENSIEF_MAX_WEEKS, `Intensief duurt hoogstens ${INTENSIEF_MAX_WEEKS} weken.`, "weken");
      return besluit({ ...naar(stand), intensiefWeken: invoer.weken });
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
      return besluit({ ...naar(), borgingStart: datum });
    }
    case "FOLLOW_UP_GESTART":
      return besluit({ ...naar(), followUpStart: datum });
    case "FOLLOW_UP_VASTGELEGD":
      guard(!feiten.followUps.includes(invoer.moment), "Deze follow-up is al vastgelegd.", "moment");
      return besluit(naar(stand));
    case "AFGEROND":
      guard(
        feiten.followUps.includes("DRIE_MAANDEN") && feiten.followUps.includes("TWAALF_MAANDEN"),
        "Leg eerst beide follow-ups vast (na 3 en na 12 maanden).",
      );
      return besluit({ ...naar(), afgeslotenOp: datum });
    case "GESTOPT":
      if (invoer.stopReden === "ANDERS") nodigNotitie("Beschrijf de reden van het stoppen.");
      return besluit({ ...naar(), stopReden: invoer.stopReden, afgeslotenOp: datum });
    case "CORRECTIE": {
      nodigNotitie("Geef de reden van de correctie.");
      guard(vorige !== null && vorige.id === invoer.overgangId, "Alleen de laatste stap kan worden teruggedraaid.", "overgangId");
      const snapshot = isCorrigeerbaar(vorige.actie, role) ? vorige.voorToestand : null;
      guard(snapshot !== null, "Deze stap kunt u niet terugdraaien.", "overgangId");
      return { na: restoreSnapshot(snapshot), corrigeert: vorige.id };
    }
  }
}

/** The destination of an action that has exactly one. */
function enigeBestemming(actie: Actie): Stand {
  const naar = REGELS[actie].naar;
  if (typeof naar !== "string" || naar === "blijft" || naar === "terug") throw new Error(`${actie} has no single destination`);
  return naar as Stand;
}
