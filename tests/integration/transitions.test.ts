// Transitions against the database: concurrency, forged or invalid requests, guards and
// corrections. Runs on both engines (embedded, and the PostgreSQL server in DATABASE_URL).
import { describe, expect, it } from "vitest";
import { day, plusDays, plusWeeks } from "@/lib/calendar";
import type { OvergangVerzoek } from "@/lib/trajecten/transition-input";
import { maakOvergang } from "@/lib/trajecten/transitions";
import { AppError } from "@/lib/errors";
import type { OvergangInvoer } from "@/lib/trajecten/transition-input";
import { actorFor } from "../support/actors";
import { seededWithCasts, lastInEffect, newTraject, step, trajectAt, validInput, refusal } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

async function counts(id: string) {
  const prisma = db();
  return {
    traject: await prisma.traject.findUniqueOrThrow({ where: { id } }),
    history: await prisma.trajectTransition.count({ where: { trajectId: id } }),
    allowed: await prisma.auditLog.count({ where: { trajectId: id, outcome: "ALLOWED" } }),
    doelen: await prisma.doel.count({ where: { trajectId: id } }),
  };
}


describe("concurrent transitions", () => {
  it("lets exactly one of 20 identical calls through; the others get a conflict", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    const before = await counts(id);
    const verzoek = { ...validInput("ONDERZOEK_GESTART", today), trajectId: id, version: before.traject.version } as OvergangVerzoek;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => maakOvergang({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, verzoek, today)),
    );
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const error of refused) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Herlaad de pagina") });
    }
    const after = await counts(id);
    expect(after.history - before.history).toBe(1);
    expect(after.allowed - before.allowed).toBe(1);
    expect(await db().trajectTransition.count({ where: { trajectId: id, action: "ONDERZOEK_GESTART" } })).toBe(1);
    expect(after.traject.version).toBe(before.traject.version + 1);
  }, 60_000);

  it("lets one of two conflicting outcomes of onderzoek win, never both", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const { version } = await db().traject.findUniqueOrThrow({ where: { id } });
    const attempts = (["INTENSIEF_GESTART", "ONDERZOEK_AFGESLOTEN"] as const).flatMap((actie) =>
      Array.from({ length: 5 }, () =>
        maakOvergang({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, { ...validInput(actie, today), trajectId: id, version } as OvergangVerzoek, today),
      ),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await counts(id);
    expect(after.history).toBe((await db().trajectTransition.count({ where: { trajectId: id } })));
    const outcomes = await db().trajectTransition.count({ where: { trajectId: id, action: { in: ["INTENSIEF_GESTART", "ONDERZOEK_AFGESLOTEN"] } } });
    expect(outcomes).toBe(1);
    // Goals are only written by the attempt that won, and only if it was INTENSIEF_GESTART.
    expect(after.doelen).toBe(after.traject.fase === "INTENSIEF" ? 1 : 0);
  }, 60_000);

  it("refuses a transition made from a stale page", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const { version } = await db().traject.findUniqueOrThrow({ where: { id } });
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("INTENSIEF_GESTART", today), today);
    const stale = { ...validInput("GESTOPT", today), trajectId: id, version } as OvergangVerzoek;
    const error = await refusal(maakOvergang({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, stale, today));
    expect(error.code).toBe("CONFLICT");
  });
});

describe("invalid or forged requests write nothing", () => {
  async function expectNothingWritten(id: string, attempt: () => Promise<unknown>) {
    const before = await counts(id);
    const error = await refusal(attempt());
    expect(await counts(id)).toEqual(before);
    return error;
  }

  it("refuses an unknown id, and logs the attempt", async () => {
    const gw = setup.own.GEDRAGSWETENSCHAPPER;
    const forged = { ...validInput("GESTOPT", today), trajectId: "no-such-traject", version: 0 } as OvergangVerzoek;
    const error = await refusal(maakOvergang({ actor: gw, ip: null }, forged, today));
    expect(error).toMatchObject({ code: "NIET_GEVONDEN", message: "Dit traject bestaat niet of u heeft er geen toegang toe." });
    expect(await db().auditLog.count({ where: { trajectId: "no-such-traject", outcome: "DENIED", userId: gw.id } })).toBe(1);
    expect(await db().trajectTransition.count({ where: { trajectId: "no-such-traject" } })).toBe(0);
  });

  it("refuses another team's traject like an unknown one, and logs the denial with the ip", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const other = await actorFor(db(), "gw.zuid@demo.toptrajecten.nl");
    const { version } = await db().traject.findUniqueOrThrow({ where: { id } });
    const error = await expectNothingWritten(id, () =>
      maakOvergang({ actor: other, ip: "203.0.113.9" }, { ...validInput("GESTOPT", today), trajectId: id, version } as OvergangVerzoek, today),
    );
    expect(error.code).toBe("NIET_GEVONDEN");
    const denial = await db().auditLog.findFirstOrThrow({ where: { trajectId: id, outcome: "DENIED" } });
    expect(denial).toMatchObject({ userId: other.id, action: "TRAJECT_TRANSITION", ip: "203.0.113.9" });
  });

  it("refuses a LISA reference another traject holds, at its field, without saying whose", async () => {
    const first = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    const { lisaReferentie } = await db().traject.findUniqueOrThrow({ where: { id: first } });
    const second = await trajectAt(db(), setup.foreign, "AANVRAAG", today);
    const error = await refusal(step(db(), setup.foreign.ZORGCOORDINATOR, second, { ...validInput("AANVRAAG_INGEDIEND", today), lisaReferentie } as OvergangInvoer, today));
    expect(error).toMatchObject({ code: "VOORWAARDE", veld: "lisaReferentie", message: "Deze LISA-referentie is al in gebruik. Controleer het nummer in LISA." });
    expect(await db().traject.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ aanmeldingStap: "AANVRAAG", lisaReferentie: null });
  });

  it("refuses a skipped phase", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const error = await expectNothingWritten(id, () => step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("BORGING_GESTART", today), today));
    expect(error.code).toBe("VERKEERDE_FASE");
  });

  it("refuses a date in the future, at the date field", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    const error = await expectNothingWritten(id, () =>
      step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", plusDays(today, 1)), today),
    );
    expect(error).toMatchObject({ veld: "datum", message: "De datum mag niet in de toekomst liggen." });
  });

  it("refuses a date before the previous transition, at the date field", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    const error = await expectNothingWritten(id, () =>
      step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", plusDays(today, -1)), today),
    );
    expect(error.veld).toBe("datum");
    expect(error.message).toMatch(/^De datum mag niet vóór de vorige stap liggen \(20 nov\.? 2026\)\.$/);
  });
});

describe("the guards", () => {
  const gw = () => setup.own.GEDRAGSWETENSCHAPPER;

  it("files no request without recorded consent, nor with withdrawn consent", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, consent: false });
    await step(db(), setup.own.ZORGCOORDINATOR, id, validInput("AANVRAAG_GESTART", today), today);
    const error = await refusal(step(db(), setup.own.ZORGCOORDINATOR, id, validInput("AANVRAAG_INGEDIEND", today), today));
    expect(error).toMatchObject({ code: "VOORWAARDE", message: expect.stringContaining("geen geldige toestemming") });

    await db().consent.create({
      data: { trajectId: id, gegevenDoor: "LEERLING", naamGever: "Leerling (16+)", gegevenOp: today, recordedById: setup.own.ZORGCOORDINATOR.id, ingetrokkenOp: today },
    });
    await refusal(step(db(), setup.own.ZORGCOORDINATOR, id, validInput("AANVRAAG_INGEDIEND", today), today));
    expect((await counts(id)).traject.aanmeldingStap).toBe("AANVRAAG");
  });

  it("starts onderzoek only with a gedragswetenschapper in the assigned team", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    // The coordinator starts onderzoek for no one; the team's only gedragswetenschapper leaves.
    await db().user.update({ where: { id: gw().id }, data: { active: false } });
    try {
      const error = await refusal(step(db(), gw(), id, validInput("ONDERZOEK_GESTART", today), today));
      expect(error.message).toBe("Er is nog geen gedragswetenschapper aan dit traject toegewezen.");
    } finally {
      await db().user.update({ where: { id: gw().id }, data: { active: true } });
    }
  });

  it("starts intensief only with an agreed goal", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const noGoals = { ...validInput("INTENSIEF_GESTART", today), doelen: [] } as OvergangInvoer;
    const error = await refusal(step(db(), gw(), id, noGoals, today));
    expect(error).toMatchObject({ code: "VOORWAARDE", veld: "doelen" });
  });

  it("starts borging only with a handelingsadvies, and past the planned 12 weeks only after an extension", async () => {
    const start = plusDays(today, -120);
    const id = await newTraject(db(), setup.own, { aangemeldOp: plusDays(start, -30) });
    const route = ["VOOROVERLEG_GEHOUDEN", "AANVRAAG_INGEDIEND"] as const;
    for (const actie of route) await step(db(), setup.own.ZORGCOORDINATOR, id, validInput(actie, plusDays(start, -30)), today);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", plusDays(start, -29)), today);
    await step(db(), gw(), id, validInput("ONDERZOEK_GESTART", plusDays(start, -28)), today);
    await step(db(), gw(), id, validInput("INTENSIEF_GESTART", start), today);

    const noAdvice = { ...validInput("BORGING_GESTART", today), adviezen: [] } as OvergangInvoer;
    expect((await refusal(step(db(), gw(), id, noAdvice, today))).veld).toBe("adviezen");

    // Day 85 is the first day after 12 weeks: on time. Day 86 is not, without an extension.
    const late = await refusal(step(db(), gw(), id, validInput("BORGING_GESTART", plusWeeks(start, 12 + 1 / 7)), today));
    expect(late).toMatchObject({ veld: "datum", message: expect.stringContaining("verlenging") });
    const tooLong = { ...validInput("INTENSIEF_VERLENGD", today), weken: 12 } as OvergangInvoer;
    expect((await refusal(step(db(), gw(), id, tooLong, today))).veld).toBe("weken");
    const noReason = { ...validInput("INTENSIEF_VERLENGD", plusWeeks(start, 11)), notitie: " " } as OvergangInvoer;
    expect((await refusal(step(db(), gw(), id, noReason, today))).veld).toBe("notitie");

    await step(db(), gw(), id, { ...validInput("INTENSIEF_VERLENGD", plusWeeks(start, 11)), weken: 16 } as OvergangInvoer, today);
    await step(db(), gw(), id, validInput("BORGING_GESTART", plusDays(plusWeeks(start, 12), 1)), today);
    expect((await counts(id)).traject).toMatchObject({ fase: "BORGING", intensiefWeken: 16 });
  });

  it("closes the traject only when both follow-ups are recorded", async () => {
    const id = await trajectAt(db(), setup.own, "FOLLOW_UP", today);
    expect((await refusal(step(db(), gw(), id, validInput("AFGEROND", today), today))).code).toBe("VOORWAARDE");
    await step(db(), gw(), id, validInput("FOLLOW_UP_VASTGELEGD", today), today);
    const twice = await refusal(step(db(), gw(), id, validInput("FOLLOW_UP_VASTGELEGD", today), today));
    expect(twice).toMatchObject({ veld: "moment", message: "Deze follow-up is al vastgelegd." });
    expect((await refusal(step(db(), gw(), id, validInput("AFGEROND", today), today))).code).toBe("VOORWAARDE");
  });
});

describe("corrections", () => {
  it("undo the last transition with a new history row, and take back what it recorded", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", today);
    const before = await counts(id);
    expect(before.doelen).toBe(1);
    const undone = await lastInEffect(db(), id);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: undone }), today);

    const after = await counts(id);
    expect(after.traject).toMatchObject({ fase: "ONDERZOEK", intensiefStart: null });
    expect(after.history).toBe(before.history + 1);
    expect(after.doelen).toBe(0);
    const correction = await db().trajectTransition.findFirstOrThrow({ where: { correctsId: undone } });
    expect(correction).toMatchObject({ action: "CORRECTIE", vanFase: "INTENSIEF", naarFase: "ONDERZOEK", notitie: "Toelichting (test)." });
    expect(await db().trajectTransition.findUnique({ where: { id: undone } })).not.toBeNull();

    // The next correction undoes the step before; the undone one cannot be undone twice.
    const again = await refusal(step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: undone }), today));
    expect(again.message).toBe("Alleen de laatste stap kan worden teruggedraaid.");
    const previous = await lastInEffect(db(), id);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: previous }), today);
    expect((await counts(id)).traject).toMatchObject({ fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", onderzoekStart: null });

    // The approval was the onderwijsadviseur's: not the gedragswetenschapper's to undo.
    const approval = await lastInEffect(db(), id);
    const refused = await refusal(step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: approval }), today));
    expect(refused.code).toBe("VERKEERDE_FASE");
  });

  it("need a reason", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const invoer = { ...validInput("CORRECTIE", today, { overgangId: await lastInEffect(db(), id) }), notitie: "" } as OvergangInvoer;
    expect((await refusal(step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, invoer, today))).veld).toBe("notitie");
  });
});
