// What the traject page's header puts first: the traject code, the consent state, who works on
// it and how to reach them, and why a declined traject stopped.
import { describe, expect, it } from "vitest";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { day } from "@/lib/calendar";
import { getTraject } from "@/lib/trajecten/queries";
import { newTraject, seededWithCasts, step, trajectAt, validInput, versionOf, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const as = (c: Cast, role: keyof Omit<Cast, "schoolId">) => ({ actor: c[role], ip: null });

describe("the traject page's header", () => {
  it("names the code, the consent state and the people on the traject with their addresses", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", today);
    const page = (await getTraject(as(setup.own, "ZORGCOORDINATOR"), id, today))!;
    const { nummer } = await db().traject.findUniqueOrThrow({ where: { id } });
    expect(page.code).toBe(`T-${nummer}`);
    expect(page.toestemming).toBe("GEGEVEN");
    const mensen = page.contacten.map((c) => `${c.rol}:${c.email}`);
    for (const role of ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] as const) {
      expect(mensen).toContain(`${role}:${setup.own[role].email}`);
    }
    expect(mensen).not.toContain(`GEDRAGSWETENSCHAPPER:${setup.foreign.GEDRAGSWETENSCHAPPER.email}`);
    expect(mensen).not.toContain(`ZORGCOORDINATOR:${setup.foreign.ZORGCOORDINATOR.email}`);

    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
    await withdrawConsent(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await versionOf(db(), id), consentId: consent.id, ingetrokkenOp: today }, today);
    expect((await getTraject(as(setup.own, "GEDRAGSWETENSCHAPPER"), id, today))!.toestemming).toBe("INGETROKKEN");

    const anoniem = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    expect((await getTraject(as(setup.own, "ZORGCOORDINATOR"), anoniem, today))!.toestemming).toBe("NIET_NODIG");
  });

  it("puts the reason of a declined request on top, for the school and the onderwijsadviseur", async () => {
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, { ...validInput("AANVRAAG_AFGEWEZEN", today), notitie: "Past beter bij een arrangement van de school zelf." }, today);
    for (const role of ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] as const) {
      const page = (await getTraject(as(setup.own, role), id, today))!;
      expect(page).toMatchObject({ stopReden: "AANVRAAG_AFGEWEZEN", stopToelichting: "Past beter bij een arrangement van de school zelf." });
    }
    const running = (await getTraject(as(setup.own, "ZORGCOORDINATOR"), await trajectAt(db(), setup.own, "ONDERZOEK", today), today))!;
    expect(running.stopToelichting).toBeNull();
  });

  it("gives every date and name of its one-statement read as the database holds them", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", today);
    const page = (await getTraject(as(setup.own, "ZORGCOORDINATOR"), id, today))!;
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const history = await db().trajectTransition.findMany({ where: { trajectId: id }, include: { actor: true } });
    expect(history.length).toBeGreaterThan(3);
    expect(byId(page.history).map((h) => [h.id, h.datum.toISOString(), h.recordedAt.toISOString(), h.door])).toEqual(
      byId(history).map((h) => [h.id, h.datum.toISOString(), h.recordedAt.toISOString(), h.actor.naam]),
    );
    const consents = await db().consent.findMany({ where: { trajectId: id } });
    expect(byId(page.toestemmingen).map((c) => [c.id, c.gegevenOp.toISOString(), c.ingetrokkenOp])).toEqual(
      byId(consents).map((c) => [c.id, c.gegevenOp.toISOString(), c.ingetrokkenOp]),
    );
    const student = await db().student.findFirstOrThrow({ where: { trajecten: { some: { id } } } });
    expect(page.leerling).toContain(student.achternaam);
  });
});
