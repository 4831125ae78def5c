// Trajecten for tests, brought to any phase through the real transitions, as the people who
// make them: so each fixture has the history, goals and follow-ups the app itself would write.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { maakOvergang } from "@/lib/trajecten/transitions";
import type { OvergangVerzoek } from "@/lib/trajecten/transition-input";
import { afterAll, beforeAll, expect } from "vitest";
import { AppError } from "@/lib/errors";
import { GEBEURTENISSEN, type Actie } from "@/lib/trajecten/history";
import { NIEUW_TRAJECT } from "@/lib/trajecten/phase-fields";
import type { Stand } from "@/lib/trajecten/stand";
import type { OvergangInvoer } from "@/lib/trajecten/transition-input";
import { actorFor } from "./actors";
import { openSeededDatabase, type TestDatabase } from "./test-database";

/** The seeded people around the first school of a windstreek, one per role. */
export interface Cast {
  schoolId: string;
  ZORGCOORDINATOR: Actor;
  ONDERWIJSADVISEUR: Actor;
  GEDRAGSWETENSCHAPPER: Actor;
  TOPDOCENT: Actor;
  HULPVERLENER: Actor;
  COORDINATOR: Actor;
  SWV: Actor;
  ADMIN: Actor;
}

export async function castOf(prisma: PrismaClient, windstreek: "noord" | "oost" | "zuid" | "west" = "noord"): Promise<Cast> {
  const of = (email: string) => actorFor(prisma, `${email}@demo.toptrajecten.nl`);
  // Tests make many trajecten; the team must have room for all of them, or approval would leave
  // them to the coördinator (tests/integration/assignment.test.ts sets a capacity of its own).
  await prisma.topteam.update({ where: { id: `demo-team-${windstreek}` }, data: { capaciteit: 10_000 } });
  return {
    schoolId: `demo-school-${windstreek}-1`,
    ZORGCOORDINATOR: await of(`zc.99${windstreek[0]}1`),
    ONDERWIJSADVISEUR: await of(`oa.${windstreek}`),
    GEDRAGSWETENSCHAPPER: await of(`gw.${windstreek}`),
    TOPDOCENT: await of(`td1.${windstreek}`),
    HULPVERLENER: await of(`hv1.${windstreek}`),
    COORDINATOR: await of("coordinator"),
    SWV: await of("swv"),
    ADMIN: await of("beheer"),
  };
}

/** A new traject at step ADVIES, named and with consent unless told otherwise. */
export async function newTraject(
  prisma: PrismaClient,
  cast: Cast,
  { aangemeldOp, named = true, consent = true }: { aangemeldOp: Date; named?: boolean; consent?: boolean },
): Promise<string> {
  const id = `t-${randomBytes(6).toString("hex")}`;
  if (named) {
    await prisma.student.create({
      data: { id: `${id}-s`, voornaam: "Test", achternaam: "Leerling", geboortedatum: new Date("2011-05-04"), schoolId: cast.schoolId },
    });
  }
  await prisma.traject.create({
    data: {
      ...NIEUW_TRAJECT,
      id,
      studentId: named ? `${id}-s` : null,
      schoolId: cast.schoolId,
      aangemeldOp,
      history: {
        create: { action: "ADVIES_GEVRAAGD", naarFase: "AANMELDING", naarStap: "ADVIES", datum: aangemeldOp, actorId: cast.ZORGCOORDINATOR.id },
      },
    },
  });
  if (consent) {
    await prisma.consent.create({
      data: { trajectId: id, gegevenDoor: "OUDERS", naamGever: "Ouder (test)", gegevenOp: aangemeldOp, recordedById: cast.ZORGCOORDINATOR.id },
    });
  }
  return id;
}

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

/** Makes one transition as `actor`, with the traject's current version. */
export async function step(prisma: PrismaClient, actor: Actor, trajectId: string, invoer: OvergangInvoer, today: Date) {
  const { version } = await prisma.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { version: true } });
  const verzoek = { ...invoer, trajectId, version } as OvergangVerzoek;
  return maakOvergang({ actor, ip: "127.0.0.1" }, verzoek, today);
}

/** The route from ADVIES to each stand, and who takes each step. */
const ROUTE: { actie: Actie; door: Exclude<keyof Cast, "schoolId">; naar: Stand }[] = [
  { actie: "VOOROVERLEG_GEPLAND", door: "ZORGCOORDINATOR", naar: "VOOROVERLEG" },
  { actie: "VOOROVERLEG_GEHOUDEN", door: "ZORGCOORDINATOR", naar: "AANVRAAG" },
  { actie: "AANVRAAG_INGEDIEND", door: "ZORGCOORDINATOR", naar: "DOSSIERCHECK" },
  { actie: "AANVRAAG_GOEDGEKEURD", door: "ONDERWIJSADVISEUR", naar: "GOEDGEKEURD" },
  { actie: "ONDERZOEK_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "ONDERZOEK" },
  { actie: "INTENSIEF_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "INTENSIEF" },
  { actie: "BORGING_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "BORGING" },
  { actie: "FOLLOW_UP_GESTART", door: "GEDRAGSWETENSCHAPPER", naar: "FOLLOW_UP" },
];

/**
 * A new traject brought to `stand` on `today`. AFGEROND goes through both follow-ups; GESTOPT is
 * stopped by the gedragswetenschapper in ONDERZOEK. The Topdocent and hulpverlener of the cast
 * are assigned once onderzoek starts, as the gedragswetenschapper would.
 */
export async function trajectAt(prisma: PrismaClient, cast: Cast, stand: Stand, today: Date): Promise<string> {
  const id = await newTraject(prisma, cast, { aangemeldOp: today });
  const target = stand === "AFGEROND" ? "FOLLOW_UP" : stand === "GESTOPT" ? "ONDERZOEK" : stand;
  for (const { actie, door, naar } of ROUTE) {
    if (target === "ADVIES") break;
    await step(prisma, cast[door], id, validInput(actie, today), today);
    if (naar === "ONDERZOEK") {
      await prisma.trajectAssignment.createMany({ data: [{ trajectId: id, userId: cast.TOPDOCENT.id }, { trajectId: id, userId: cast.HULPVERLENER.id }] });
    }
    if (naar === target) break;
  }
  if (stand === "AFGEROND") {
    await recordBothFollowUps(prisma, cast, id, today);
    await step(prisma, cast.GEDRAGSWETENSCHAPPER, id, validInput("AFGEROND", today), today);
  }
  if (stand === "GESTOPT") await step(prisma, cast.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);
  return id;
}

export async function recordBothFollowUps(prisma: PrismaClient, cast: Cast, id: string, today: Date): Promise<void> {
  for (const moment of ["DRIE_MAANDEN", "TWAALF_MAANDEN"] as const) {
    await step(prisma, cast.GEDRAGSWETENSCHAPPER, id, { ...validInput("FOLLOW_UP_VASTGELEGD", today), moment } as OvergangInvoer, today);
  }
}

/** The last transition still in effect, for a correction. */
export async function lastInEffect(prisma: PrismaClient, trajectId: string): Promise<string> {
  const row = await prisma.trajectTransition.findFirstOrThrow({
    where: { trajectId, correctsId: null, correctedBy: { is: null }, action: { notIn: [...GEBEURTENISSEN] } },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
  });
  return row.id;
}

/** The traject's current version, as a page loaded now would send it. */
export async function versionOf(prisma: PrismaClient, trajectId: string): Promise<number> {
  return (await prisma.traject.findUniqueOrThrow({ where: { id: trajectId } })).version;
}

/** The refusal `promise` ends in; fails the test if it succeeds or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/**
 * For a test file: a seeded database of its own with the people around a school in noord
 * (`own`) and in zuid (`foreign`), made before its tests and dropped after them.
 */
export function seededWithCasts(today: Date): { database: TestDatabase; own: Cast; foreign: Cast } {
  const state = {} as { database: TestDatabase; own: Cast; foreign: Cast };
  beforeAll(async () => {
    state.database = await openSeededDatabase(today);
    state.own = await castOf(state.database.prisma, "noord");
    state.foreign = await castOf(state.database.prisma, "zuid");
  }, 120_000);
  afterAll(() => state.database?.dispose());
  return state;
}
