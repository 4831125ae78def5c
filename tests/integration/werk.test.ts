// The Topteam's work in a traject: who works in it, goals and evaluations, handelingsadviezen,
// the handover and the exit questionnaire.
import { describe, expect, it } from "vitest";
import { day, plusDays } from "@/lib/calendar";
import { createExitLinks, exitLinkStatus, submitExit } from "@/lib/exit/questionnaire";
import { addAdvice, recordHandover, updateAdvice } from "@/lib/trajecten/adviezen";
import { addGoal, recordEvaluation, updateGoal } from "@/lib/trajecten/doelen";
import { getTraject } from "@/lib/trajecten/queries";
import { addContact, addNote, recordActivity } from "@/lib/trajecten/onderzoek";
import { addAgreement, recordEscalation, resolveEscalation, ZEscalatie } from "@/lib/trajecten/samenwerking";
import { assignMember, unassignMember } from "@/lib/trajecten/team";
import { getTrajectWerk, type TrajectWerk } from "@/lib/trajecten/werk-queries";
import { can, TOPTEAM_ROLES, zichtbaarWhere, type Actor } from "@/lib/authz";
import { actorFor } from "../support/actors";
import { refusal, step, trajectAt, validInput, versionOf, seededWithCasts, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const version = (id: string) => versionOf(db(), id);
const ctx = (c: Cast, role: "GEDRAGSWETENSCHAPPER" | "TOPDOCENT" | "HULPVERLENER" | "ZORGCOORDINATOR") => ({ actor: c[role], ip: "10.0.0.9" });
const gw = () => ctx(setup.own, "GEDRAGSWETENSCHAPPER");

const persoon = { select: { id: true, naam: true, role: true } } as const;

/**
 * The work records as Prisma reads them, a statement per relation, as the page read them before
 * its one statement (lib/trajecten/werk-read.ts) did: what that statement must return. Ties in an
 * order fall by id in both.
 */
async function werkAlsPrisma(actor: Actor, id: string): Promise<TrajectWerk> {
  const topteam = TOPTEAM_ROLES.includes(actor.role);
  const zichtbaar = zichtbaarWhere(actor);
  const row = await db().traject.findUniqueOrThrow({
    where: { id },
    select: {
      topteamId: true,
      assignments: { orderBy: [{ assignedAt: "asc" }, { userId: "asc" }], select: { user: persoon } },
      doelen: { orderBy: [{ afgesprokenOp: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, omschrijving: true, gebied: true, status: true, eigenaar: persoon } },
      evaluaties: {
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, datum: true, deelnemers: true, doelen: { orderBy: { doelId: "asc" }, select: { doelId: true, voortgang: true, besluit: true, toelichting: true } } },
      },
      adviezen: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, voor: true, tekst: true, getest: true, werkt: true, inOpp: true } },
      overdrachten: { orderBy: [{ datum: "asc" }, { id: "asc" }], select: { aan: true, datum: true, notitie: true } },
      netwerk: { where: zichtbaar, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, soort: true, naam: true, organisatie: true, zichtbaarheid: true } },
      activiteiten: {
        where: zichtbaar,
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, soort: true, datum: true, deelnemers: true, situatie: true, notitie: true, zichtbaarheid: true, gesprekMet: { select: { naam: true, zichtbaarheid: true } } },
      },
      notities: { where: zichtbaar, orderBy: [{ datum: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, datum: true, tekst: true, zichtbaarheid: true, createdById: true } },
      afspraken: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, partij: true, afspraak: true } },
      escalaties: {
        where: zichtbaar,
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, datum: true, niveau: true, kwestie: true, wie: true, oplossing: true, opgelostOp: true, zichtbaarheid: true },
      },
      exitLinks: { orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { voor: true, verlooptOp: true, gebruiktOp: true } },
      exitAntwoorden: { orderBy: [{ ingevuldOp: "asc" }, { id: "asc" }], select: { voor: true, tevredenheid: true, samenwerking: true, bruikbaarheid: true, resultaat: true, opmerking: true, ingevuldOp: true } },
    },
  });
  const toegewezen = row.assignments.map((a) => a.user);
  const beschikbaar =
    can(actor, "traject:staff") && row.topteamId
      ? await db().user.findMany({
          where: { topteamId: row.topteamId, active: true, role: { in: ["TOPDOCENT", "HULPVERLENER"] }, id: { notIn: toegewezen.map((p) => p.id) } },
          orderBy: [{ naam: "asc" }, { id: "asc" }],
          ...persoon,
        })
      : [];
  const auteurs = new Map((await db().user.findMany({ where: { id: { in: row.notities.map((n) => n.createdById) } } })).map((u) => [u.id, u.naam]));
  return {
    toegewezen,
    beschikbaar,
    doelen: row.doelen.map((doel) => ({
      ...doel,
      reeks: row.evaluaties.flatMap((e) => e.doelen.filter((d) => d.doelId === doel.id).map((d) => ({ datum: e.datum, voortgang: d.voortgang, besluit: d.besluit }))),
    })),
    evaluaties: row.evaluaties,
    adviezen: row.adviezen,
    overdrachten: row.overdrachten,
    netwerk: row.netwerk,
    activiteiten: row.activiteiten.map(({ gesprekMet, ...a }) => ({ ...a, gesprekMet: gesprekMet && (topteam || gesprekMet.zichtbaarheid === "GEDEELD") ? gesprekMet.naam : null })),
    notities: row.notities.map(({ createdById, ...n }) => ({ ...n, door: auteurs.get(createdById) ?? "" })),
    afspraken: row.afspraken,
    escalaties: row.escalaties,
    exit: topteam ? { links: row.exitLinks, antwoorden: row.exitAntwoorden } : null,
  };
}

/** Every reader of the traject gets from the page's one statement what Prisma reads for them. */
async function expectWerkAlsPrisma(id: string) {
  const lezers = (["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "ZORGCOORDINATOR", "ONDERWIJSADVISEUR"] as const).map((role) => setup.own[role]);
  for (const actor of lezers) {
    const werk = await getTrajectWerk({ actor, ip: null }, id);
    // Only an assigned Topdocent or hulpverlener reads the traject; everyone else always does.
    if (werk === null && (actor.role === "TOPDOCENT" || actor.role === "HULPVERLENER")) continue;
    expect(werk, actor.role).toEqual(await werkAlsPrisma(actor, id));
  }
}

describe("the team of a traject", () => {
  it("lets the gedragswetenschapper assign and unassign the team's Topdocenten, who see the traject only while assigned", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const td2 = await actorFor(db(), "td2.noord@demo.toptrajecten.nl");
    const asTd2 = { actor: td2, ip: null };
    expect(await getTraject(asTd2, id, today)).toBeNull();
    await assignMember(gw(), { trajectId: id, version: await version(id), userId: td2.id }, today);
    expect(await getTraject(asTd2, id, today)).not.toBeNull();
    expect((await refusal(assignMember(gw(), { trajectId: id, version: await version(id), userId: td2.id }, today))).veld).toBe("userId");

    // Someone of another team, or a role that does not work in trajecten, cannot be assigned.
    for (const userId of [setup.foreign.TOPDOCENT.id, setup.own.ZORGCOORDINATOR.id]) {
      expect((await refusal(assignMember(gw(), { trajectId: id, version: await version(id), userId }, today))).veld).toBe("userId");
    }
    // Only the gedragswetenschapper assigns.
    expect((await refusal(assignMember(ctx(setup.own, "TOPDOCENT"), { trajectId: id, version: await version(id), userId: td2.id }, today))).code).toBe("NIET_TOEGESTAAN");

    await unassignMember(gw(), { trajectId: id, version: await version(id), userId: td2.id }, today);
    expect(await getTraject(asTd2, id, today)).toBeNull();
    const actions = (await db().trajectTransition.findMany({ where: { trajectId: id }, orderBy: { recordedAt: "asc" } })).map((h) => h.action);
    expect(actions.slice(-2)).toEqual(["TEAMLID_TOEGEWEZEN", "TEAMLID_AFGEMELD"]);
    await expectWerkAlsPrisma(id);
  });
});

describe("goals and evaluations", () => {
  it("are recorded in intensief by the team, an owner from those assigned, and each evaluation scores every active goal", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -14));
    const td = ctx(setup.own, "TOPDOCENT");
    await addGoal(td, { trajectId: id, version: await version(id), omschrijving: "Maakt zijn huiswerk af.", gebied: "DIDACTIEK", eigenaarId: setup.own.TOPDOCENT.id }, today);
    expect((await refusal(addGoal(gw(), { trajectId: id, version: await version(id), omschrijving: "X", gebied: "THUIS", eigenaarId: setup.foreign.TOPDOCENT.id }, today))).veld).toBe("eigenaarId");
    const doelen = await db().doel.findMany({ where: { trajectId: id }, orderBy: { createdAt: "asc" } });
    expect(doelen).toHaveLength(2); // the one agreed when intensief started, and this one

    const score = (voortgang: number, besluit: "HANDHAVEN" | "BIJSTELLEN" | "STOPPEN" = "HANDHAVEN") => doelen.map((d) => ({ doelId: d.id, voortgang, besluit, toelichting: "" }));
    const evaluatie = (datum: Date, rows: ReturnType<typeof score>) => ({ trajectId: id, version: 0, datum, deelnemers: "Mentor, ouders, Topdocent", doelen: rows });
    // Every active goal, exactly once.
    expect((await refusal(recordEvaluation(gw(), { ...evaluatie(today, score(4).slice(0, 1)), version: await version(id) }, today))).veld).toBe("doelen");
    expect((await refusal(recordEvaluation(gw(), { ...evaluatie(plusDays(today, 1), score(4)), version: await version(id) }, today))).veld).toBe("datum");
    expect((await refusal(recordEvaluation(gw(), { ...evaluatie(plusDays(today, -15), score(4)), version: await version(id) }, today))).veld).toBe("datum");

    await recordEvaluation(gw(), { ...evaluatie(plusDays(today, -7), score(3)), version: await version(id) }, today);
    const tweede = score(6);
    tweede[1]!.besluit = "STOPPEN";
    await recordEvaluation(td, { ...evaluatie(today, tweede), version: await version(id) }, today);
    const werk = (await getTrajectWerk(gw(), id))!;
    expect(werk.doelen.map((d) => d.reeks.map((r) => r.voortgang))).toEqual([[3, 6], [3, 6]]);
    expect(werk.doelen.map((d) => d.status)).toEqual(["ACTIEF", "GESTOPT"]);
    // The next evaluation is of the one goal still active.
    expect((await refusal(recordEvaluation(gw(), { ...evaluatie(today, score(7)), version: await version(id) }, today))).veld).toBe("doelen");

    await updateGoal(gw(), { trajectId: id, version: await version(id), doelId: doelen[0]!.id, eigenaarId: setup.own.HULPVERLENER.id, status: "BEREIKT" }, today);
    expect(await db().doel.findUniqueOrThrow({ where: { id: doelen[0]!.id } })).toMatchObject({ status: "BEREIKT", eigenaarId: setup.own.HULPVERLENER.id });
    // The database refuses a score off the scale, whatever writes it.
    const evaluatieId = (await db().evaluatie.findFirstOrThrow({ where: { trajectId: id } })).id;
    await expect(db().doelEvaluatie.update({ where: { evaluatieId_doelId: { evaluatieId, doelId: doelen[0]!.id } }, data: { voortgang: 11 } })).rejects.toThrow();
    await expectWerkAlsPrisma(id);
  });

  it("are refused outside intensief, and to a Topdocent not assigned to the traject", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const goal = async (c: ReturnType<typeof ctx>) => addGoal(c, { trajectId: id, version: await version(id), omschrijving: "X", gebied: "THUIS", eigenaarId: null }, today);
    expect((await refusal(goal(gw()))).code).toBe("VERKEERDE_FASE");
    await db().trajectAssignment.deleteMany({ where: { trajectId: id, userId: setup.own.TOPDOCENT.id } });
    expect((await refusal(goal(ctx(setup.own, "TOPDOCENT")))).code).toBe("NIET_GEVONDEN");
    expect((await refusal(goal(ctx(setup.foreign, "GEDRAGSWETENSCHAPPER")))).code).toBe("NIET_GEVONDEN");
    expect((await refusal(goal(ctx(setup.own, "ZORGCOORDINATOR")))).code).toBe("NIET_TOEGESTAAN");
  });
});

describe("handelingsadviezen and the handover", () => {
  it("records advice with its flags, and the handover once per party, in borging", async () => {
    const id = await trajectAt(db(), setup.own, "BORGING", today);
    await addAdvice(gw(), { trajectId: id, version: await version(id), voor: "OUDERS", tekst: "Vaste huiswerktijd.", getest: true, werkt: "JA", inOpp: true }, today);
    const advies = await db().handelingsadvies.findFirstOrThrow({ where: { trajectId: id, voor: "OUDERS" } });
    expect(advies).toMatchObject({ getest: true, werkt: "JA", inOpp: true });
    await updateAdvice(gw(), { trajectId: id, version: await version(id), adviesId: advies.id, getest: true, werkt: "NEE", inOpp: false }, today);
    expect(await db().handelingsadvies.findUniqueOrThrow({ where: { id: advies.id } })).toMatchObject({ werkt: "NEE", inOpp: false });

    await recordHandover(gw(), { trajectId: id, version: await version(id), aan: "MENTOR", datum: today, notitie: "Besproken met de mentor." }, today);
    expect((await refusal(recordHandover(gw(), { trajectId: id, version: await version(id), aan: "MENTOR", datum: today, notitie: "" }, today))).veld).toBe("aan");
    expect((await refusal(recordHandover(gw(), { trajectId: id, version: await version(id), aan: "BPO", datum: plusDays(today, -400), notitie: "" }, today))).veld).toBe("datum");
    await expectWerkAlsPrisma(id);
    const intensief = await trajectAt(db(), setup.own, "INTENSIEF", today);
    expect((await refusal(recordHandover(gw(), { trajectId: intensief, version: await version(intensief), aan: "BPO", datum: today, notitie: "" }, today))).code).toBe("VERKEERDE_FASE");
  });
});

describe("the exit questionnaire", () => {
  const antwoord = (token: string) => ({ token, tevredenheid: 4, samenwerking: 5, bruikbaarheid: 4, resultaat: 3, opmerking: "Fijn contact." });

  it("has links only for a closed traject; each works once, not after it expires, and not after new links are made", async () => {
    const open = await trajectAt(db(), setup.own, "FOLLOW_UP", today);
    expect((await refusal(createExitLinks(gw(), { trajectId: open, version: await version(open) }))).code).toBe("VERKEERDE_FASE");

    const id = await trajectAt(db(), setup.own, "AFGEROND", today);
    const now = new Date("2026-11-20T10:00:00Z");
    const [ouders, leerling] = await createExitLinks(gw(), { trajectId: id, version: await version(id) }, now);
    expect(await db().exitLink.count({ where: { tokenHash: { in: [ouders!.token, leerling!.token] } } })).toBe(0); // only hashes are stored
    expect(await exitLinkStatus(ouders!.token, now)).toEqual({ geldig: true, voor: "OUDERS" });

    // Two submissions at once: one takes the link.
    const results = await Promise.allSettled([submitExit(antwoord(ouders!.token), null, now), submitExit(antwoord(ouders!.token), null, now)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().exitAntwoord.count({ where: { trajectId: id } })).toBe(1);
    expect((await refusal(submitExit(antwoord(ouders!.token), null, now))).message).toContain("al ingevuld");

    const later = new Date("2026-12-21T10:00:00Z"); // 31 days on
    expect((await refusal(submitExit(antwoord(leerling!.token), null, later))).message).toContain("verlopen");
    const [, nieuw] = await createExitLinks(gw(), { trajectId: id, version: await version(id) }, now);
    expect((await exitLinkStatus(leerling!.token, now)).geldig).toBe(false);
    await submitExit(antwoord(nieuw!.token), "192.0.2.5", now);
    expect((await refusal(submitExit(antwoord("x".repeat(43)), null, now))).message).toContain("bestaat niet");

    // The Topteam reads the answers; the school does not.
    expect((await getTrajectWerk(gw(), id))?.exit?.antwoorden.map((a) => a.voor)).toEqual(["OUDERS", "LEERLING"]);
    expect((await getTrajectWerk(ctx(setup.own, "ZORGCOORDINATOR"), id))?.exit).toBeNull();
    expect(await db().auditLog.count({ where: { trajectId: id, action: "EXIT_ANSWER", userId: null } })).toBe(2);
    await expectWerkAlsPrisma(id);
  });
});

describe("the network, activities and notes", () => {
  it("show the school only what is shared, and a team-only note leaves no content in the history", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -7));
    const contact = async (naam: string, zichtbaarheid: "TOPTEAM" | "GEDEELD") => {
      await addContact(gw(), { trajectId: id, version: await version(id), soort: "JEUGDHULP", naam, organisatie: "Jeugdteam", zichtbaarheid }, today);
      return (await db().netwerkContact.findFirstOrThrow({ where: { trajectId: id, naam } })).id;
    };
    const geheim = await contact("Mw. Geheim", "TOPTEAM");
    await contact("Dhr. Gedeeld", "GEDEELD");
    const activiteit = { trajectId: id, soort: "GESPREK" as const, datum: today, deelnemers: "Hulpverlener", situatie: null, gesprekMetId: geheim, notitie: "Gesprek over thuis.", zichtbaarheid: "GEDEELD" as const };
    await recordActivity(ctx(setup.own, "HULPVERLENER"), { ...activiteit, version: await version(id) }, today);
    await addNote(gw(), { trajectId: id, version: await version(id), datum: today, tekst: "Vermoeden van spanningen thuis.", zichtbaarheid: "TOPTEAM" }, today);
    await addNote(gw(), { trajectId: id, version: await version(id), datum: today, tekst: "Mentor is enthousiast.", zichtbaarheid: "GEDEELD" }, today);

    const team = (await getTrajectWerk(ctx(setup.own, "TOPDOCENT"), id))!;
    expect(team.netwerk.map((c) => c.naam)).toEqual(["Mw. Geheim", "Dhr. Gedeeld"]);
    expect(team.notities.map((n) => n.tekst)).toEqual(["Vermoeden van spanningen thuis.", "Mentor is enthousiast."]);
    expect(team.activiteiten[0]?.gesprekMet).toBe("Mw. Geheim");
    for (const reader of [ctx(setup.own, "ZORGCOORDINATOR"), { actor: setup.own.ONDERWIJSADVISEUR, ip: null }]) {
      const school = (await getTrajectWerk(reader, id))!;
      expect(school.netwerk.map((c) => c.naam)).toEqual(["Dhr. Gedeeld"]);
      expect(school.notities.map((n) => n.tekst)).toEqual(["Mentor is enthousiast."]);
      // The shared activity is there, but not who it was with: that contact is the team's.
      expect(school.activiteiten.map((a) => [a.notitie, a.gesprekMet])).toEqual([["Gesprek over thuis.", null]]);
      const history = (await getTraject(reader, id, today))!.history;
      expect(JSON.stringify(history)).not.toMatch(/Geheim|spanningen/);
    }
    await expectWerkAlsPrisma(id);
  });

  it("refuses an observation without its situation, a conversation outside the network and a date before onderzoek", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -7));
    const other = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -7));
    await addContact(gw(), { trajectId: other, version: await version(other), soort: "MENTOR", naam: "Mentor elders", organisatie: "", zichtbaarheid: "GEDEELD" }, today);
    const elders = (await db().netwerkContact.findFirstOrThrow({ where: { trajectId: other } })).id;
    const base = { trajectId: id, datum: today, deelnemers: "Topdocent", situatie: null, gesprekMetId: null, notitie: "", zichtbaarheid: "TOPTEAM" as const };
    const attempt = async (extra: Record<string, unknown>) => refusal(recordActivity(gw(), { ...base, soort: "OBSERVATIE", ...extra, version: await version(id) } as never, today));
    expect((await attempt({})).veld).toBe("situatie");
    expect((await attempt({ soort: "GESPREK", gesprekMetId: elders })).veld).toBe("gesprekMetId");
    expect((await attempt({ situatie: "LES_LASTIG", datum: plusDays(today, -8) })).veld).toBe("datum");
    expect(await db().activiteit.count({ where: { trajectId: id } })).toBe(0);
  });
});

describe("the cooperation with the school", () => {
  it("takes agreements from the school and the gedragswetenschapper, and escalations with their resolution from the team", async () => {
    const id = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -7));
    await addAgreement(ctx(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await version(id), partij: "MENTOR", afspraak: "Wekelijks een kort gesprek met de leerling." }, today);
    await addAgreement(gw(), { trajectId: id, version: await version(id), partij: "MANAGEMENT", afspraak: "Roostert tijd in voor de overleggen." }, today);
    expect((await refusal(addAgreement(ctx(setup.own, "TOPDOCENT"), { trajectId: id, version: await version(id), partij: "MENTOR", afspraak: "X" }, today))).code).toBe("NIET_TOEGESTAAN");

    await recordEscalation(ctx(setup.own, "TOPDOCENT"), { trajectId: id, version: await version(id), datum: today, niveau: 2, kwestie: "Afspraken met de mentor komen niet van de grond.", wie: "Mentor, zorgcoördinator", zichtbaarheid: "GEDEELD" }, today);
    const escalatieId = (await db().escalatie.findFirstOrThrow({ where: { trajectId: id } })).id;
    await resolveEscalation(gw(), { trajectId: id, version: await version(id), escalatieId, datum: today, oplossing: "Vaste overlegtijd op dinsdag." }, today);
    expect((await refusal(resolveEscalation(gw(), { trajectId: id, version: await version(id), escalatieId, datum: today, oplossing: "Nog eens" }, today))).veld).toBe("escalatieId");
    const school = (await getTrajectWerk(ctx(setup.own, "ZORGCOORDINATOR"), id))!;
    expect(school.afspraken.map((a) => a.partij)).toEqual(["MENTOR", "MANAGEMENT"]);
    expect(school.escalaties).toMatchObject([{ niveau: 2, oplossing: "Vaste overlegtijd op dinsdag.", opgelostOp: today }]);
    // The ladder has four steps, in the form and in the database.
    expect(ZEscalatie.safeParse({ trajectId: id, version: 1, datum: "2026-11-20", niveau: "5", kwestie: "x", wie: "y", zichtbaarheid: "GEDEELD" }).success).toBe(false);
    await expect(db().escalatie.update({ where: { id: escalatieId }, data: { niveau: 5 } })).rejects.toThrow();
    await expectWerkAlsPrisma(id);
  });
});

describe("the history on the traject page", () => {
  it("is in the order things happened: a back-dated note sits at its own date", async () => {
    const start = plusDays(today, -10);
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", start);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("INTENSIEF_GESTART", plusDays(today, -5)), today);
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null };
    await addNote(gw, { trajectId: id, version: await versionOf(db(), id), datum: plusDays(today, -8), tekst: "Later vastgelegd.", zichtbaarheid: "TOPTEAM" }, today);
    const actions = (await getTraject(gw, id, today))!.history.map((h) => h.action);
    expect(actions.slice(-3)).toEqual(["ONDERZOEK_GESTART", "NOTITIE_VASTGELEGD", "INTENSIEF_GESTART"]);
  });
});
