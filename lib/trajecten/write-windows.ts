// Which dossier writes may happen where, and under which permission: one row per kind of write.
// The server refuses a write outside its window (dossier-write.ts); the traject page asks the
// same table what to offer, so the two never disagree. Pure.
import type { TAuditAction } from "../audit";
import { can, type Actor, type Permission } from "../authz";
import { AANMELDING, AANMELDING_OPEN, GESLOTEN, LOPEND, OPEN_STANDEN, STANDEN, TEAM_FASEN, type Stand } from "./stand";

interface Venster {
  permission: Permission;
  standen: readonly Stand[];
  /** The refusal outside the window. */
  buiten: string;
  audit: { action: TAuditAction; onderdeel: string };
}

const WERK = "traject:work" satisfies Permission;

export const SCHRIJFVENSTERS = {
  toestemming: { permission: "aanmelding:write", standen: OPEN_STANDEN, buiten: "Toestemming vastleggen kan zolang het traject loopt.", audit: { action: "CONSENT_CHANGE", onderdeel: "toestemming" } },
  intrekking: { permission: "aanmelding:write", standen: STANDEN, buiten: "", audit: { action: "CONSENT_CHANGE", onderdeel: "toestemming" } },
  leerling: { permission: "aanmelding:write", standen: AANMELDING, buiten: "Een leerling koppelen kan alleen tijdens de aanmelding.", audit: { action: "STUDENT_LINK", onderdeel: "leerling" } },
  opp: { permission: "aanmelding:write", standen: AANMELDING_OPEN, buiten: "Een OPP toevoegen kan tot en met de dossiercheck.", audit: { action: "DOCUMENT_UPLOAD", onderdeel: "opp" } },
  vraag: { permission: "dossiercheck:write", standen: ["DOSSIERCHECK"], buiten: "Aanvullende informatie vragen kan alleen tijdens de dossiercheck.", audit: { action: "INFO_REQUEST", onderdeel: "dossiercheck" } },
  antwoord: { permission: "aanmelding:write", standen: STANDEN, buiten: "", audit: { action: "INFO_REQUEST", onderdeel: "dossiercheck" } },
  toewijzing: { permission: "traject:assign", standen: ["GOEDGEKEURD"], buiten: "Een Topteam toewijzen kan alleen na goedkeuring en vóór het kennismakingsgesprek.", audit: { action: "TEAM_ASSIGN", onderdeel: "toewijzing" } },
  teamlid: { permission: "traject:staff", standen: ["GOEDGEKEURD", ...TEAM_FASEN], buiten: "Teamleden toewijzen kan vanaf de goedkeuring tot de follow-up.", audit: { action: "TEAM_MEMBER_CHANGE", onderdeel: "team" } },
  netwerk: { permission: WERK, standen: LOPEND, buiten: "Dit hoort bij onderzoek, intensief of borging.", audit: { action: "TRAJECT_WORK", onderdeel: "netwerk" } },
  activiteit: { permission: WERK, standen: LOPEND, buiten: "Dit hoort bij onderzoek, intensief of borging.", audit: { action: "TRAJECT_WORK", onderdeel: "activiteiten" } },
  notitie: { permission: WERK, standen: TEAM_FASEN, buiten: "Notities horen bij een lopend traject.", audit: { action: "TRAJECT_WORK", onderdeel: "notities" } },
  doel: { permission: WERK, standen: ["INTENSIEF"], buiten: "Doelen en evaluaties horen bij de intensieve fase.", audit: { action: "TRAJECT_WORK", onderdeel: "doelen" } },
  evaluatie: { permission: WERK, standen: ["INTENSIEF"], buiten: "Doelen en evaluaties horen bij de intensieve fase.", audit: { action: "TRAJECT_WORK", onderdeel: "evaluatie" } },
  advies: { permission: WERK, standen: ["INTENSIEF", "BORGING"], buiten: "Handelingsadviezen horen bij intensief en borging.", audit: { action: "TRAJECT_WORK", onderdeel: "handelingsadviezen" } },
  overdracht: { permission: WERK, standen: ["BORGING"], buiten: "De overdracht hoort bij de borging.", audit: { action: "TRAJECT_WORK", onderdeel: "overdracht" } },
  afspraak: { permission: "samenwerking:write", standen: LOPEND, buiten: "Samenwerkingsafspraken horen bij een lopend traject.", audit: { action: "TRAJECT_WORK", onderdeel: "samenwerking" } },
  escalatie: { permission: WERK, standen: LOPEND, buiten: "De escalatieladder hoort bij een lopend traject.", audit: { action: "TRAJECT_WORK", onderdeel: "escalatie" } },
  exitLinks: {
    permission: "traject:staff",
    standen: GESLOTEN,
    buiten: "De exit-vragenlijst hoort bij een afgesloten traject waarin het Topteam heeft gewerkt.",
    audit: { action: "EXIT_LINK", onderdeel: "exit-vragenlijst" },
  },
} as const satisfies Record<string, Venster>;

export type Schrijfsoort = keyof typeof SCHRIJFVENSTERS;

const SOORTEN = Object.keys(SCHRIJFVENSTERS) as Schrijfsoort[];

/** Which kinds of record belong to a traject at `stand`, whoever records them. */
export function vensters(stand: Stand): Record<Schrijfsoort, boolean> {
  return Object.fromEntries(SOORTEN.map((soort) => [soort, (SCHRIJFVENSTERS[soort].standen as readonly Stand[]).includes(stand)])) as Record<Schrijfsoort, boolean>;
}

/** What the actor may write in a traject that is at `stand`: its role's permissions within each window. */
export function schrijfmogelijkheden(actor: Pick<Actor, "role">, stand: Stand): Record<Schrijfsoort, boolean> {
  const inVenster = vensters(stand);
  return Object.fromEntries(SOORTEN.map((soort) => [soort, inVenster[soort] && can(actor, SCHRIJFVENSTERS[soort].permission)])) as Record<Schrijfsoort, boolean>;
}

/** Nothing to write: a shielded dossier, for anyone but the school. */
export function geenSchrijfmogelijkheden(): Record<Schrijfsoort, boolean> {
  return Object.fromEntries(SOORTEN.map((soort) => [soort, false])) as Record<Schrijfsoort, boolean>;
}
