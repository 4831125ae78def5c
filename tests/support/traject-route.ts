// The route a traject takes, step by step, with a valid input for every action: shared by the
// integration tests and the browser tests' fixture, so it holds no test-runner imports.
import type { Actor, RequestContext } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { maakOvergang } from "@/lib/trajecten/transitions";
import type { Actie } from "@/lib/trajecten/history";
import type { Stand } from "@/lib/trajecten/stand";
import type { OvergangInvoer, OvergangVerzoek } from "@/lib/trajecten/transition-input";

/** Who takes the steps of the route. */
export type Door = "ZORGCOORDINATOR" | "ONDERWIJSADVISEUR" | "GEDRAGSWETENSCHAPPER";
export type Spelers = Record<Door, Actor>;

let lisaCounter = 0;

/** A valid input for `actie` on `datum`; what varies per traject (LISA, the undone row) is passed in. */
export function validInput(actie: Actie, datum: Date, extra: { overgangId?: string } = {}): OvergangInvoer {
  const notitie = "Toelichting (test).";
  switch (actie) {
    case "ADVIES_GEGEVEN":
      return { actie, datum, notitie, uitkomst: "VOOROVERLEG" };
    case "VOOROVERLEG_GEPLAND":
      return { actie, datum, notitie, geplandOp: datum, deelnemers: "Zorgcoördinator, gedragswetenschapper, onderwijsadviseur", anoniem: true };
    case "VOOROVERLEG_GEHOUDEN":
      return {
        actie,
        datum,
        notitie,
        deelnemers: "Zorgcoördinator, gedragswetenschapper, onderwijsadviseur",
        anoniem: true,
        hoeGaatHet: "Dreigt te blijven zitten.",
        ingezetteHulp: "Mentorgesprekken.",
        betrokkenInstanties: "Geen.",
        motivatie: "Iedereen wil aan de slag.",
        afspraken: "School vraagt toestemming.",
        gebieden: ["MOTIVATIE"],
        nietPassend: [],
        ondanksNietPassend: false,
        besluit: "TOPTRAJECT",
        andereOndersteuning: "",
      };
    case "AANVRAAG_INGEDIEND":
      lisaCounter += 1;
      // Seeded references use the years 2024 to 2026; 2099 keeps these apart.
      return { actie, datum, notitie, lisaReferentie: `LISA-2099-${String(lisaCounter).padStart(5, "0")}` };
    case "INTENSIEF_GESTART":
      return { actie, datum, notitie, doelen: [{ omschrijving: "Komt op tijd in de les.", gebied: "GEDRAG_SOCIAAL_EMOTIONEEL" }] };
    case "INTENSIEF_VERLENGD":
      return { actie, datum, notitie, weken: 14 };
    case "BORGING_GESTART":
      return { actie, datum, notitie, adviezen: [{ voor: "DOCENTEN", tekst: "Kondig wisselingen vooraf aan." }] };
    case "FOLLOW_UP_VASTGELEGD":
      return { actie, datum, notitie, moment: "DRIE_MAANDEN", opUitstroomniveau: "JA", diplomaVerwacht: "ONBEKEND" };
    case "GESTOPT":
      return { actie, datum, notitie, stopReden: "TERUGGETROKKEN_SCHOOL" };
    case "CORRECTIE":
      return { actie, datum, notitie, overgangId: extra.overgangId ?? "" };
    default:
      return { actie, datum, notitie };
  }
}

/** The context a use case gets for `actor`, as the server would build it for a request. */
export const contextOf = (actor: Actor): RequestContext => ({ actor, ip: "127.0.0.1" });

/** Makes one transition as `actor`, with the traject's current version. */
export async function step(prisma: PrismaClient, actor: Actor, trajectId: string, invoer: OvergangInvoer, today: Date) {
  const { version } = await prisma.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { version: true } });
  const verzoek = { ...invoer, trajectId, version } as OvergangVerzoek;
  return maakOvergang(contextOf(actor), verzoek, today);
}

/** The route from ADVIES to each stand, and who takes each step. */
export const ROUTE: { actie: Actie; door: Door; naar: Stand }[] = [
  { actie: "VOOROVERLEG_GEPLAND", door: "ZORGCOORDINATOR", naar: "VOOROVERLEG" },
  { actie: "VOOROVERLEG_GEHOUDEN", door: "ZORGCOORDINATOR", naar: "AANVRAAG" },
  { actie: "AANVRAAG_INGEDIEND", door: "ZORGCOORDINATOR", naar: "DOSSIERCHECK" },
  { actie: "AANVRAAG_GOEDGEKEURD", door: "ONDERWIJSADVISEUR", naar: "GOEDGEKEURD" },
  { actie: "ONDERZOEK_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "ONDERZOEK" },
  { actie: "INTENSIEF_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "INTENSIEF" },
  { actie: "BORGING_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "BORGING" },
  { actie: "FOLLOW_UP_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "FOLLOW_UP" },
];

/** Work to do once the traject has reached a stand on its way: a team or members to assign. */
export type Onderweg = Partial<Record<Stand, () => Promise<void>>>;

/**
 * Takes traject `id` from ADVIES to `stand` on `today`, running `onderweg[stand]` at each stand
 * it passes. AFGEROND goes through both follow-ups; GESTOPT is stopped by the
 * gedragswetenschapper in ONDERZOEK.
 */
export async function walkTo(prisma: PrismaClient, spelers: Spelers, id: string, stand: Stand, today: Date, onderweg: Onderweg = {}): Promise<void> {
  const target = stand === "AFGEROND" ? "FOLLOW_UP" : stand === "GESTOPT" ? "ONDERZOEK" : stand;
  for (const { actie, door, naar } of ROUTE) {
    if (target === "ADVIES") break;
    await step(prisma, spelers[door], id, validInput(actie, today), today);
    await onderweg[naar]?.();
    if (naar === target) break;
  }
  if (stand === "AFGEROND") {
    await recordBothFollowUps(prisma, spelers, id, today);
    await step(prisma, spelers.GEDRAGSWETENSCHAPPER, id, validInput("AFGEROND", today), today);
  }
  if (stand === "GESTOPT") await step(prisma, spelers.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);
}

export async function recordBothFollowUps(prisma: PrismaClient, spelers: Spelers, id: string, today: Date): Promise<void> {
  for (const moment of ["DRIE_MAANDEN", "TWAALF_MAANDEN"] as const) {
    await step(prisma, spelers.GEDRAGSWETENSCHAPPER, id, { ...validInput("FOLLOW_UP_VASTGELEGD", today), moment } as OvergangInvoer, today);
  }
}

