// Trajecten for tests, brought to any phase through the real transitions, as the people who
// make them: so each fixture has the history, goals and follow-ups the app itself would write.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, expect } from "vitest";
import { AppError } from "@/lib/errors";
import { GEBEURTENISSEN } from "@/lib/trajecten/history";
import { NIEUW_TRAJECT } from "@/lib/trajecten/phase-fields";
import type { Stand } from "@/lib/trajecten/stand";
import { actorFor } from "./actors";
import { walkTo } from "./traject-route";
import { openSeededDatabase, type TestDatabase } from "./test-database";

export { recordBothFollowUps, step, validInput } from "./traject-route";

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
  PRIVACY_OFFICER: Actor;
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
    PRIVACY_OFFICER: await of("fg"),
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

/**
 * A new traject brought to `stand` on `today` (see walkTo). The Topdocent and hulpverlener of
 * the cast are assigned once onderzoek starts, as the gedragswetenschapper would.
 */
export async function trajectAt(prisma: PrismaClient, cast: Cast, stand: Stand, today: Date): Promise<string> {
  const id = await newTraject(prisma, cast, { aangemeldOp: today });
  await walkTo(prisma, cast, id, stand, today, {
    ONDERZOEK: async () => {
      await prisma.trajectAssignment.createMany({ data: [{ trajectId: id, userId: cast.TOPDOCENT.id }, { trajectId: id, userId: cast.HULPVERLENER.id }] });
    },
  });
  return id;
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
