// Malformed and hostile payloads to every server action that takes a form, as every role:
// none may throw (a 500 in the browser) and none may write. Sign-in is left out on purpose:
// a failed attempt is recorded by design (rate limit, audit), and sign-out takes no input. So is
// asking advice: any question a school types opens a traject, so a write is its purpose.
import { Role } from "@/lib/generated/prisma/enums";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { ACTIES } from "@/lib/trajecten/history";
import { castOf, trajectAt, type Cast } from "../support/trajecten";
import { next } from "../support/next-request";
import { openSeededDatabase, type TestDatabase } from "../support/test-database";

const FIELDS = [
  "trajectId", "version", "datum", "notitie", "lisaReferentie", "weken", "moment", "opUitstroomniveau", "diplomaVerwacht",
  "stopReden", "overgangId", "doelen.0.omschrijving", "doelen.0.gebied", "doelen.99.gebied", "adviezen.0.voor", "adviezen.1.tekst",
  "userId", "active", "studentId", "bevestigd", "code", "gegevenDoor", "naamGever", "gegevenOp", "consentId", "ingetrokkenOp", "voornaam", "achternaam", "geboortedatum", "vraag", "vraagId", "antwoord", "actie", "fase", "topteamId", "__proto__", "constructor",
  "geplandOp", "deelnemers", "anoniem", "hoeGaatHet", "gebieden.VERZUIM", "gebieden.ONBEKEND", "nietPassend.ENKELVOUDIGE_VRAAG", "ondanksNietPassend", "besluit", "andereOndersteuning", "bestand",
  "omschrijving", "gebied", "eigenaarId", "doelId", "status", "deelnemers", "doelen.0.doelId", "doelen.0.voortgang", "doelen.0.besluit",
  "voor", "tekst", "getest", "werkt", "inOpp", "adviesId", "aan", "token", "tevredenheid", "samenwerking", "bruikbaarheid", "resultaat", "opmerking",
  "soort", "naam", "organisatie", "zichtbaarheid", "situatie", "gesprekMetId", "partij", "afspraak", "niveau", "kwestie", "wie", "escalatieId", "oplossing",
];

const today = day("2026-11-20");
let database: TestDatabase;
let own: Cast;
/** Trajecten of another windstreek, in every phase: real ids, but never this cast's to change. */
const foreignIds: string[] = [];

beforeAll(async () => {
  database = await openSeededDatabase(today);
  own = await castOf(database.prisma, "noord");
  const foreign = await castOf(database.prisma, "zuid");
  for (const stand of ["DOSSIERCHECK", "GOEDGEKEURD", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP", "AFGEROND"] as const) {
    foreignIds.push(await trajectAt(database.prisma, foreign, stand, today));
  }
}, 120_000);
afterAll(() => database?.dispose());

/** Everything a payload could change, as one comparable value. */
async function state() {
  const p = database.prisma;
  const [trajecten, history, doelen, adviezen, followUps, students, activeUsers, vooroverleggen, documenten, evaluaties, overdrachten, exitLinks, exitAntwoorden, assignments, netwerk, activiteiten, notities, afspraken, escalaties] = await Promise.all([
    p.traject.findMany({ select: { id: true, version: true, fase: true }, orderBy: { id: "asc" } }),
    p.trajectTransition.count(),
    p.doel.count(),
    p.handelingsadvies.count(),
    p.followUp.count(),
    p.student.count(),
    p.user.count({ where: { active: true } }),
    p.vooroverleg.count(),
    p.document.count(),
    p.evaluatie.count(),
    p.overdracht.count(),
    p.exitLink.count(),
    p.exitAntwoord.count(),
    p.trajectAssignment.count(),
    p.netwerkContact.count(),
    p.activiteit.count(),
    p.notitie.count(),
    p.afspraak.count(),
    p.escalatie.count(),
  ]);
  return { trajecten, history, doelen, adviezen, followUps, students, activeUsers, vooroverleggen, documenten, evaluaties, overdrachten, exitLinks, exitAntwoorden, assignments, netwerk, activiteiten, notities, afspraken, escalaties };
}

function payload() {
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 50 }),
    fc.string({ minLength: 2001, maxLength: 4000 }),
    fc.integer().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom("2026-11-20", "2026-02-30", "LISA-2026-01234", "JA", "DRIE_MAANDEN", "ANDERS", "DIDACTIEK", "ja", "true", "-1", "1e9"),
    fc.constantFrom(...foreignIds),
  );
  const random = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 })), value, { maxKeys: 12 });
  // Half the payloads start from a well-formed request on a real (foreign) traject, so the
  // fuzz also reaches the authorization and the guards, not only the schema.
  const wellFormed = fc.record({
    trajectId: fc.constantFrom(...foreignIds),
    version: fc.nat({ max: 12 }).map(String),
    datum: fc.constant("2026-11-20"),
    stopReden: fc.constant("ANDERS"),
    notitie: fc.string({ maxLength: 30 }),
  });
  return fc.tuple(fc.option(wellFormed, { freq: 2 }), random).map(([base, extra]) => ({ ...base, ...extra }));
}

const ROLES = Object.values(Role);

describe("fuzzing every form action", () => {
  it("never throws and never writes, whatever the payload and whoever sends it", async () => {
    const transitions = await import("@/app/(app)/trajecten/[id]/actions");
    const { setUserActiveAction } = await import("@/app/(app)/beheer/actions");
    const { vernietigAction } = await import("@/app/(app)/privacy/actions");
    const toestemming = await import("@/app/toestemming/[token]/actions");
    const { confirmTotpAction, removeTotpAction } = await import("@/app/(app)/account/tweestaps/actions");
    const aanmelding = await import("@/app/(app)/trajecten/[id]/aanmelding-actions");
    const werk = (await import("@/app/(app)/trajecten/[id]/werk-actions")) as Record<string, (previous: never, form: FormData) => Promise<unknown>>;
    const { createExitLinksAction } = await import("@/app/(app)/trajecten/[id]/exit-actions");
    const { submitExitAction } = await import("@/app/exit/[token]/actions");
    const actions: [string, (previous: never, form: FormData) => Promise<unknown>][] = [
      ...ACTIES.map((actie) => [actie, transitions[actie]] as [string, (previous: never, form: FormData) => Promise<unknown>]),
      ["setUserActiveAction", setUserActiveAction],
      ["vernietigAction", vernietigAction],
      ["answerConsentAction", toestemming.answerConsentAction],
      ["withdrawConsentByLinkAction", toestemming.withdrawConsentByLinkAction],
      ["requestConsentLinkAction", aanmelding.requestConsentLinkAction],
      ["confirmTotpAction", confirmTotpAction],
      ["removeTotpAction", removeTotpAction],
      ["recordConsentAction", aanmelding.recordConsentAction],
      ["withdrawConsentAction", aanmelding.withdrawConsentAction],
      ["linkStudentAction", aanmelding.linkStudentAction],
      ["askInformationAction", aanmelding.askInformationAction],
      ["answerInformationAction", aanmelding.answerInformationAction],
      ["assignTeamAction", aanmelding.assignTeamAction],
      ["uploadOppAction", aanmelding.uploadOppAction],
      ...Object.entries(werk),
      ["createExitLinksAction", createExitLinksAction],
      ["submitExitAction", submitExitAction],
    ];
    const before = await state();
    const denialsBefore = await database.prisma.auditLog.count({ where: { outcome: "DENIED" } });
    for (const [name, action] of actions) {
      await fc.assert(
        fc.asyncProperty(payload(), fc.constantFrom(...ROLES), async (fields, role) => {
          const form = new FormData();
          for (const [key, value] of Object.entries(fields)) form.append(key, value);
          next.current = { actor: own[role], ip: "192.0.2.66" };
          let result: unknown;
          try {
            result = await action({} as never, form);
          } catch (error) {
            throw new Error(`${name} as ${role} threw ${String(error)} for ${JSON.stringify(fields).slice(0, 300)}`);
          }
          expect(typeof result).toBe("object");
        }),
        { numRuns: 40 },
      );
    }
    expect(await state()).toEqual(before);
    // Refused attempts are logged: proof that payloads got past the schema to the checks.
    expect(await database.prisma.auditLog.count({ where: { outcome: "DENIED" } })).toBeGreaterThan(denialsBefore + 50);
  }, 300_000);
});
