// The start pages' traject lists against the database: the stored due date always equals the
// computed term, filters and order run in SQL and agree with the page's own term function, pages
// hold 25 rows, and the search finds only what the reader may see, by name only where the name
// is not shielded, with an audit row that counts and does not quote.
import { describe, expect, it } from "vitest";
import { vraagAdvies } from "@/lib/aanmelding/advies";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { day, plusDays } from "@/lib/calendar";
import { trajectWhere } from "@/lib/authz";
import { saveSchool } from "@/lib/organisation/manage";
import { lijstKeuzes, lijstTrajecten } from "@/lib/trajecten/list";
import { startpagina } from "@/lib/trajecten/start-page";
import { sealZoekterm } from "@/lib/trajecten/search-term";
import { leesLijstRelaties } from "@/lib/trajecten/list-read";
import { leesLijstParams, PER_PAGINA, type LijstParams } from "@/lib/trajecten/list-params";
import { termijnOpVan, TERMIJN_FEITEN_SELECT } from "@/lib/trajecten/due-date";
import { trajectCode } from "@/lib/trajecten/student-label";
import { alleRijen } from "../support/lists";
import { lastInEffect, newTraject, seededWithCasts, step, trajectAt, validInput, versionOf, type Cast } from "../support/trajecten";
import { recordBothFollowUps } from "../support/traject-route";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const as = (c: Cast, role: keyof Omit<Cast, "schoolId">) => ({ actor: c[role], ip: "10.0.0.9" });
const lijst = (ctx: ReturnType<typeof as>, params: Partial<LijstParams>) => lijstTrajecten(ctx, { ...leesLijstParams({}), ...params }, "test", today);

async function storedEqualsComputed(id: string) {
  const row = await db().traject.findUniqueOrThrow({ where: { id }, select: { ...TERMIJN_FEITEN_SELECT, termijnOp: true } });
  expect(row.termijnOp, `${row.fase}`).toEqual(termijnOpVan(row));
}

describe("the stored due date", () => {
  it("equals the computed term after every transition, extension, follow-up and correction", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: plusDays(today, -300) });
    const gw = setup.own.GEDRAGSWETENSCHAPPER;
    const route = [
      ["VOOROVERLEG_GEPLAND", setup.own.ZORGCOORDINATOR],
      ["VOOROVERLEG_GEHOUDEN", setup.own.ZORGCOORDINATOR],
      ["AANVRAAG_INGEDIEND", setup.own.ZORGCOORDINATOR],
      ["AANVRAAG_GOEDGEKEURD", setup.own.ONDERWIJSADVISEUR],
      ["ONDERZOEK_GESTART", gw],
      ["INTENSIEF_GESTART", gw],
      ["INTENSIEF_VERLENGD", gw],
      ["BORGING_GESTART", gw],
      ["FOLLOW_UP_GESTART", gw],
    ] as const;
    let dag = plusDays(today, -300);
    for (const [actie, actor] of route) {
      dag = plusDays(dag, 20);
      await step(db(), actor, id, validInput(actie, dag), today);
      await storedEqualsComputed(id);
    }
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).termijnOp).not.toBeNull();
    await recordBothFollowUps(db(), setup.own, id, today);
    await storedEqualsComputed(id);
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).termijnOp).toBeNull();
    // Undo the last follow-up: the 12-month date is due again.
    await step(db(), gw, id, validInput("CORRECTIE", today, { overgangId: await lastInEffect(db(), id) }), today);
    await storedEqualsComputed(id);
    expect((await db().traject.findUniqueOrThrow({ where: { id } })).termijnOp).not.toBeNull();
  });

  it("equals the computed term for every traject the seed made", async () => {
    const rows = await db().traject.findMany({ select: { ...TERMIJN_FEITEN_SELECT, termijnOp: true } });
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row.termijnOp).toEqual(termijnOpVan(row));
  });
});

describe("the list's filter choices", () => {
  it("are exactly the schools and teams of the trajecten each reader may read", async () => {
    // A school of the onderwijsadviseur's windstreek without a traject is not a choice.
    const zonder = await saveSchool({ actor: setup.own.ADMIN, ip: "10.0.0.9" }, { naam: "School zonder trajecten", brin: "98ZZ", windstreekId: setup.own.ONDERWIJSADVISEUR.windstreekId! });
    const metTraject = new Set((await db().traject.findMany({ select: { schoolId: true } })).map((t) => t.schoolId));
    for (const role of ["ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "COORDINATOR"] as const) {
      const ctx = as(setup.own, role);
      const leesbaar = await db().traject.findMany({ where: trajectWhere(ctx.actor, "traject:read"), select: { schoolId: true, topteamId: true } });
      const keuzes = await lijstKeuzes(ctx);
      const scholen = await db().school.findMany({ where: { id: { in: leesbaar.map((t) => t.schoolId) } }, select: { id: true, naam: true }, orderBy: { naam: "asc" } });
      expect(keuzes.scholen, role).toEqual(scholen);
      const teamIds = leesbaar.flatMap((t) => (t.topteamId ? [t.topteamId] : []));
      const teams = role === "GEDRAGSWETENSCHAPPER" ? [] : await db().topteam.findMany({ where: { id: { in: teamIds } }, select: { id: true, naam: true }, orderBy: { naam: "asc" } });
      expect(keuzes.teams, role).toEqual(teams);
    }
    // The onderwijsadviseur's windstreek holds some of the schools with trajecten, not all.
    const oa = (await lijstKeuzes(as(setup.own, "ONDERWIJSADVISEUR"))).scholen;
    expect(oa.length).toBeGreaterThan(0);
    expect(oa.length).toBeLessThan(metTraject.size);
    expect(oa.map((school) => school.id)).not.toContain(zonder);
  });
});

describe("a traject list", () => {
  it("holds 25 rows a page, counts them all, and pages on to the last", async () => {
    const coordinator = as(setup.own, "COORDINATOR");
    const all = await alleRijen(coordinator, today);
    const first = await lijst(coordinator, {});
    expect(first.totaal).toBe(all.length);
    expect(first.rijen).toHaveLength(Math.min(PER_PAGINA, all.length));
    expect(first.paginas).toBe(Math.ceil(all.length / PER_PAGINA));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it("counts a traject that both alternatives of the reader's scope hold once", async () => {
    // The gedragswetenschapper reads their team's trajecten and the advice and vooroverleg cases of
    // their windstreek; the list counts each alternative and subtracts the trajecten in both.
    const gw = as(setup.own, "GEDRAGSWETENSCHAPPER");
    const id = await newTraject(db(), setup.own, { aangemeldOp: plusDays(today, -5) });
    const voor = await lijst(gw, {});
    expect((await alleRijen(gw, today)).map((r) => r.id)).toContain(id);
    // No step gives an advice case a team; set here, it puts the traject in both alternatives.
    await db().traject.update({ where: { id }, data: { topteamId: setup.own.GEDRAGSWETENSCHAPPER.topteamId } });
    for (const params of [{}, { fase: "ADVIES" }, { weergave: "alle" }] as const) {
      const rijen = await alleRijen(gw, today, params);
      expect(rijen.filter((r) => r.id === id), JSON.stringify(params)).toHaveLength(1);
      expect((await lijst(gw, params)).totaal, JSON.stringify(params)).toBe(rijen.length);
    }
    expect((await lijst(gw, {})).totaal).toBe(voor.totaal);
  });

  it("orders by the running term's last day, and filters by term status as the page computes it", async () => {
    const gw = as(setup.own, "GEDRAGSWETENSCHAPPER");
    await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -30));
    await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -24));
    const rows = await alleRijen(gw, today);
    const dues = rows.filter((r) => r.term).map((r) => r.term!.dueOn.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // Rows without a term come last.
    expect(rows.findIndex((r) => !r.term)).toBeGreaterThanOrEqual(dues.length);
    for (const termijn of ["VERLOPEN", "BIJNA_VERLOPEN", "OP_SCHEMA"] as const) {
      const filtered = await alleRijen(gw, today, { termijn });
      expect(filtered.map((r) => r.id).sort(), termijn).toEqual(rows.filter((r) => r.term?.status === termijn).map((r) => r.id).sort());
    }
    expect((await alleRijen(gw, today, { termijn: "VERLOPEN" })).length).toBeGreaterThan(0);
    expect((await alleRijen(gw, today, { termijn: "GEEN" })).every((r) => r.term === null)).toBe(true);
  });

  it("filters by phase, school, team and assigned member, and shows who is assigned and how long a request waits", async () => {
    const coordinator = as(setup.own, "COORDINATOR");
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -10));
    const intensief = await alleRijen(coordinator, today, { fase: "INTENSIEF" });
    expect(intensief.every((r) => r.fase === "INTENSIEF")).toBe(true);
    expect(intensief.map((r) => r.id)).toContain(id);
    const ofSchool = await alleRijen(coordinator, today, { school: setup.own.schoolId });
    expect(ofSchool.every((r) => r.school === ofSchool[0]!.school)).toBe(true);
    const byMember = await alleRijen(coordinator, today, { lid: setup.own.TOPDOCENT.id });
    expect(byMember.map((r) => r.id)).toContain(id);
    expect(byMember.find((r) => r.id === id)!.toegewezen).toEqual(expect.arrayContaining([setup.own.TOPDOCENT.naam, setup.own.HULPVERLENER.naam]));
    const team = await alleRijen(coordinator, today, { team: setup.own.GEDRAGSWETENSCHAPPER.topteamId! });
    expect(team.map((r) => r.id)).toContain(id);
    expect(team.every((r) => r.topteam === team[0]!.topteam)).toBe(true);

    const wacht = await trajectAt(db(), setup.own, "DOSSIERCHECK", plusDays(today, -4));
    const queue = await alleRijen(as(setup.own, "ONDERWIJSADVISEUR"), today, { fase: "DOSSIERCHECK", sort: "wachttijd" });
    expect(queue.find((r) => r.id === wacht)!.wachtDagen).toBe(4);
    expect(queue.every((r) => r.wachtDagen !== null)).toBe(true);
  });

  it("gives a school its closed and declined trajecten under Afgesloten", async () => {
    const zc = as(setup.own, "ZORGCOORDINATOR");
    const stopped = await trajectAt(db(), setup.own, "GESTOPT", plusDays(today, -3));
    const afgesloten = await alleRijen(zc, today, { weergave: "afgesloten" });
    expect(afgesloten.map((r) => r.id)).toContain(stopped);
    expect(afgesloten.every((r) => r.fase === "AFGEROND" || r.fase === "GESTOPT")).toBe(true);
    expect((await alleRijen(zc, today)).map((r) => r.id)).not.toContain(stopped);
    // "Alle", where the header's search lands, holds both.
    const alle = (await alleRijen(zc, today, { weergave: "alle" })).map((r) => r.id);
    expect(alle).toContain(stopped);
    expect(alle.length).toBe(afgesloten.length + (await alleRijen(zc, today)).length);
  });

  it("tells a school's anonymous advice requests apart by their label and date", async () => {
    const zc = as(setup.own, "ZORGCOORDINATOR");
    const id = await vraagAdvies(zc, { vraag: "Leerling trekt zich terug.", kenmerk: "3C mentor Bakker", datum: plusDays(today, -2) }, today);
    const row = (await alleRijen(zc, today, { fase: "ADVIES" })).find((r) => r.id === id)!;
    expect(row.leerling).toBe("Anoniem (“3C mentor Bakker”, aangemeld 18 nov 2026)");
    expect((await lijst(zc, { q: "bakker" })).rijen.map((r) => r.id)).toContain(id);
  });
});

describe("the search", () => {
  it("finds by part of a name only what each role may see, for every role", async () => {
    // A student of the own school in intensief, and one of the foreign school with the same name.
    const own = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -10));
    const foreign = await trajectAt(db(), setup.foreign, "INTENSIEF", plusDays(today, -10));
    for (const id of [own, foreign]) {
      const { studentId } = await db().traject.findUniqueOrThrow({ where: { id } });
      await db().student.update({ where: { id: studentId! }, data: { voornaam: "Zoë", achternaam: "Zoekvanderhaar" } });
    }
    for (const cast of [setup.own, setup.foreign]) {
      for (const role of ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "COORDINATOR"] as const) {
        const ctx = as(cast, role);
        const inScope = new Set((await alleRijen(ctx, today)).map((r) => r.id));
        const found = (await alleRijen(ctx, today, { q: "kvanderh" })).map((r) => r.id);
        const expected = [own, foreign].filter((id) => inScope.has(id));
        expect(found.sort(), `${role}`).toEqual(expected.sort());
      }
    }
    // By traject code, and with several words.
    const { nummer } = await db().traject.findUniqueOrThrow({ where: { id: own } });
    expect((await lijst(as(setup.own, "COORDINATOR"), { q: trajectCode(nummer) })).rijen.map((r) => r.id)).toEqual([own]);
    expect((await alleRijen(as(setup.own, "COORDINATOR"), today, { q: "zoë zoekvander" })).map((r) => r.id).sort()).toEqual([own, foreign].sort());
  });

  it("does not find a shielded dossier by the name it hides, except for the school", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -10));
    const { studentId } = await db().traject.findUniqueOrThrow({ where: { id } });
    await db().student.update({ where: { id: studentId! }, data: { achternaam: "Afgeschermdzoek" } });
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
    await withdrawConsent(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await versionOf(db(), id), consentId: consent.id, ingetrokkenOp: today }, today);
    expect((await lijst(as(setup.own, "GEDRAGSWETENSCHAPPER"), { q: "afgeschermdzoek" })).totaal).toBe(0);
    expect((await lijst(as(setup.own, "COORDINATOR"), { q: "afgeschermdzoek" })).totaal).toBe(0);
    expect((await lijst(as(setup.own, "ZORGCOORDINATOR"), { q: "afgeschermdzoek" })).rijen.map((r) => r.id)).toEqual([id]);
    // Still in the team's list, under its shielded label.
    expect((await alleRijen(as(setup.own, "GEDRAGSWETENSCHAPPER"), today)).find((r) => r.id === id)?.leerling).toBe("Afgeschermd: geen geldige toestemming");
  });

  it("writes an audit row with the number of results and not the words", async () => {
    const ctx = { actor: setup.own.COORDINATOR, ip: "10.0.0.77" };
    const found = await lijstTrajecten(ctx, { ...leesLijstParams({}), q: "Leerling" }, "startpagina coördinatie", today);
    const rows = await db().auditLog.findMany({ where: { userId: ctx.actor.id, ip: "10.0.0.77" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "TRAJECT_SEARCH", outcome: "ALLOWED", aantal: found.totaal, onderdeel: "startpagina coördinatie" });
    expect(JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)).toLowerCase()).not.toContain("leerling");
    expect(found.totaal).toBeGreaterThan(0);
  });
});

describe("a list's relations", () => {
  it("are read in one statement as Prisma reads them: student, school, team, follow-ups, consents and who is assigned", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -60));
    await recordBothFollowUps(db(), setup.own, await trajectAt(db(), setup.own, "FOLLOW_UP", plusDays(today, -500)), today);
    const prisma = await db().traject.findMany({
      select: {
        id: true,
        student: { select: { id: true, voornaam: true, achternaam: true, geboortedatum: true } },
        school: { select: { naam: true } },
        topteam: { select: { naam: true } },
        followUps: { select: { moment: true }, orderBy: { moment: "asc" } },
        consents: { where: { ingetrokkenOp: null }, select: { gegevenDoor: true, bron: true }, orderBy: [{ gegevenDoor: "asc" }, { bron: "asc" }] },
        assignments: { orderBy: { user: { naam: "asc" } }, select: { user: { select: { naam: true } } } },
      },
    });
    const relaties = await leesLijstRelaties(prisma.map((t) => t.id));
    const geordend = <T>(lijst: T[]) => [...lijst].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const { id: trajectId, assignments, followUps, consents, ...rest } of prisma) {
      const gelezen = relaties.get(trajectId)!;
      expect({ ...gelezen, followUps: geordend(gelezen.followUps), consents: geordend(gelezen.consents) }).toEqual({
        ...rest,
        followUps: geordend(followUps),
        consents: geordend(consents),
        toegewezen: assignments.map((a) => a.user.naam),
      });
    }
    // The data held each kind of relation, so the comparison compared something.
    expect(relaties.get(id)!.toegewezen.length).toBeGreaterThan(0);
    expect(prisma.some((t) => t.followUps.length === 2 && t.consents.length > 0 && t.student && t.topteam)).toBe(true);
  });
});

describe("a start page", () => {
  it("logs its task list and its traject list, together, as two rows", async () => {
    const ctx = as(setup.own, "GEDRAGSWETENSCHAPPER");
    const organisatie = `topteam:${ctx.actor.topteamId}`;
    // One of the team's, with a student to find.
    await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -10));
    const voor = await db().auditLog.aggregate({ _max: { id: true } });
    const vanaf = Date.now();
    const pagina = await startpagina(ctx, {}, "startpagina test");
    expect(pagina.lijst.totaal).toBeGreaterThan(0);
    // A search logs how many it found, never its words.
    const gezocht = await startpagina(ctx, { z: sealZoekterm("Leerling", ctx.actor.id) }, "startpagina zoeken");
    expect(gezocht.lijst.totaal).toBeGreaterThan(0);
    const rijen = await db().auditLog.findMany({ where: { id: { gt: voor._max.id ?? 0 }, userId: ctx.actor.id }, orderBy: { id: "asc" } });
    const kolommen = rijen.map((r) => [r.action, r.onderdeel, r.outcome, r.ip, r.role, r.organisatie, r.trajectId, r.studentId, r.subject, r.wijziging, r.aantal]);
    expect(kolommen.toSorted((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ["TRAJECT_LIST", "mijn taken", "ALLOWED", "10.0.0.9", "GEDRAGSWETENSCHAPPER", organisatie, null, null, null, null, null],
      ["TRAJECT_LIST", "mijn taken", "ALLOWED", "10.0.0.9", "GEDRAGSWETENSCHAPPER", organisatie, null, null, null, null, null],
      ["TRAJECT_LIST", "startpagina test", "ALLOWED", "10.0.0.9", "GEDRAGSWETENSCHAPPER", organisatie, null, null, null, null, null],
      ["TRAJECT_SEARCH", "startpagina zoeken", "ALLOWED", "10.0.0.9", "GEDRAGSWETENSCHAPPER", organisatie, null, null, null, null, gezocht.lijst.totaal],
    ]);
    for (const rij of rijen) expect(Math.abs(rij.at.getTime() - vanaf)).toBeLessThan(60_000);
  });
});
