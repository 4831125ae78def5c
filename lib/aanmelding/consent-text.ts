// The consent text that parents or a student read before they give consent, by link or on paper.
// Versioned: a consent records the version it was given on, so what someone agreed to can always
// be shown again. A changed text is a new version; old versions stay here.
import type { ToestemmingDoor } from "../generated/prisma/enums";

export interface Toestemmingstekst {
  versie: string;
  /** What a Toptraject is and what consent is asked for, in plain Dutch. */
  inleiding: string[];
  /** Who sees what, once consent is given. */
  wieZietWat: string[];
  /** What the person may do: refuse, withdraw, ask. */
  rechten: string[];
}

export const TOESTEMMINGSTEKSTEN: Record<string, Toestemmingstekst> = {
  "2026-1": {
    versie: "2026-1",
    inleiding: [
      "De school wil een Toptraject aanvragen. Dan komt een Topteam van het samenwerkingsverband naar school. Het Topteam helpt de leerling, de docenten en de ouders, zodat de leerling op school kan blijven en verder kan leren.",
      "Daarvoor moet de school gegevens over de leerling delen met het Samenwerkingsverband VO Amsterdam-Diemen en met het Topteam. Dat mag alleen als u daar toestemming voor geeft.",
      "U kiest zelf. Als u geen toestemming geeft, gaat het Toptraject niet door. De school blijft de leerling dan op een andere manier helpen.",
    ],
    wieZietWat: [
      "De school (de zorgcoördinator) houdt het dossier bij, zoals nu.",
      "De onderwijsadviseur van het samenwerkingsverband leest de aanvraag en het ontwikkelingsperspectiefplan (OPP), om te kijken of een Toptraject past.",
      "Het Topteam (een gedragswetenschapper, een Topdocent en een hulpverlener van Altra) leest het dossier en schrijft op wat het doet en wat werkt.",
      "Het samenwerkingsverband ziet daarna alleen aantallen, zonder namen.",
    ],
    rechten: [
      "U kunt uw toestemming altijd intrekken, met dezelfde link of bij de school. Vanaf dat moment ziet alleen de school nog het dossier.",
      "U mag vragen welke gegevens er zijn en wie ze heeft bekeken. Vraag het aan de school.",
    ],
  },
};

/** The version new requests and forms carry. */
export const HUIDIGE_VERSIE = "2026-1";

export function toestemmingstekst(versie = HUIDIGE_VERSIE): Toestemmingstekst {
  const tekst = TOESTEMMINGSTEKSTEN[versie];
  if (!tekst) throw new Error(`Unknown consent text version ${versie}`);
  return tekst;
}

/** Whose consent the text asks, in the words of the page and the form. */
export const TOESTEMMING_VAN: Record<ToestemmingDoor, string> = {
  OUDERS: "ouders of verzorgers",
  LEERLING: "de leerling zelf (16 jaar of ouder)",
};
