// Fictional demo data: 4 windstreken, 4 Topteams, 16 schools, an account for every role and
// 92 trajecten in every phase, with dates laid out around `today` so that terms look realistic
// (some over term, some stopped early, some with follow-ups done). Deterministic: the same
// `today` gives the same data, and every row has a fixed key, so running it twice adds nothing.
import { hashPassword } from "../lib/auth/password";
import { plusDays, plusMonths, plusWeeks, daysBetween } from "../lib/calendar";
import { DEMO_PASSWORD } from "../lib/demo";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { AanmeldingStap, FollowUpMoment, Role } from "../lib/generated/prisma/enums";
import { toestemmingVan } from "../lib/trajecten/consent-shield";
import { beslis, type TrajectFeiten } from "../lib/trajecten/decide";
import { NIEUW_TRAJECT, snapshotOf, type Fasevelden } from "../lib/trajecten/phase-fields";
import { STOP_REDENEN_KEUZE } from "../lib/trajecten/rules";
import { termijnEinde } from "../lib/trajecten/terms";
import { verslagVan, type OvergangInvoer } from "../lib/trajecten/transition-input";

const WINDSTREKEN = [
  { code: "NOORD", naam: "Noord" },
  { code: "OOST", naam: "Oost en Diemen" },
  { code: "ZUID", naam: "Zuid" },
  { code: "WEST", naam: "West en Nieuw-West" },
] as const;

const SCHOOL_NAMES = ["Voorbeeldcollege", "Proeflyceum", "Oefenschool", "Demo Scholengemeenschap"];
export const FIRST_NAMES = ["Sem", "Noor", "Daan", "Yara", "Milan", "Lina", "Finn", "Sara", "Amir", "Julia", "Bram", "Fenna", "Ilias", "Zoë", "Luuk", "Hiba"];
export const LAST_NAMES = ["Voorbeeld", "Fictief", "Testmans", "de Demo", "Proefstra", "van Oefening", "Verzinsel", "Bedachtje"];

/** A small seeded PRNG (mulberry32), so the demo data are the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

type Target =
  | { fase: "AANMELDING"; stap: AanmeldingStap }
  | { fase: "ONDERZOEK" | "BORGING" | "FOLLOW_UP" | "AFGEROND"; overdue?: boolean }
  | { fase: "INTENSIEF"; weken?: number; overdue?: "12" | "16" }
  | { fase: "GESTOPT"; reden: "AANVRAAG_AFGEWEZEN" | "NIET_PASSEND_NA_ONDERZOEK" | (typeof STOP_REDENEN_KEUZE)[number] };

function targets(): Target[] {
  const list: Target[] = [];
  const add = (n: number, t: Target) => list.push(...Array.from({ length: n }, () => t));
  add(3, { fase: "AANMELDING", stap: "ADVIES" });
  add(3, { fase: "AANMELDING", stap: "VOOROVERLEG" });
  add(3, { fase: "AANMELDING", stap: "AANVRAAG" });
  add(2, { fase: "AANMELDING", stap: "DOSSIERCHECK" });
  add(2, { fase: "AANMELDING", stap: "GOEDGEKEURD" });
  add(8, { fase: "ONDERZOEK" });
  add(2, { fase: "ONDERZOEK", overdue: true });
  add(11, { fase: "INTENSIEF" });
  add(2, { fase: "INTENSIEF", weken: 14 });
  add(1, { fase: "INTENSIEF", overdue: "12" });
  add(2, { fase: "INTENSIEF", weken: 16, overdue: "16" });
  add(11, { fase: "BORGING" });
  add(1, { fase: "BORGING", overdue: true });
  add(14, { fase: "FOLLOW_UP" });
  add(2, { fase: "FOLLOW_UP", overdue: true });
  add(14, { fase: "AFGEROND" });
  add(2, { fase: "GESTOPT", reden: "AANVRAAG_AFGEWEZEN" });
  add(4, { fase: "GESTOPT", reden: "NIET_PASSEND_NA_ONDERZOEK" });
  add(2, { fase: "GESTOPT", reden: "TERUGGETROKKEN_OUDERS_LEERLING" });
  add(2, { fase: "GESTOPT", reden: "TERUGGETROKKEN_SCHOOL" });
  add(1, { fase: "GESTOPT", reden: "LEERLING_VERHUISD" });
  add(1, { fase: "GESTOPT", reden: "ANDERS" });
  return list;
}

interface Timeline {
  advies: Date;
  vooroverleg: Date;
  aanvraag: Date;
  dossiercheck: Date;
  goedgekeurd: Date;
  onderzoek: Date;
  intensief: Date;
  borging: Date;
  followUp: Date;
  fu3: Date;
  fu12: Date;
}

function timeline(start: Date, rnd: ReturnType<typeof random>, intensiefWeken: number): Timeline {
  const vooroverleg = plusDays(start, rnd.int(4, 12));
  const aanvraag = plusDays(vooroverleg, rnd.int(4, 10));
  const dossiercheck = plusDays(aanvraag, rnd.int(0, 2));
  const goedgekeurd = plusDays(dossiercheck, rnd.int(3, 12));
  const onderzoek = plusDays(goedgekeurd, rnd.int(5, 15));
  const intensief = plusDays(onderzoek, rnd.int(25, 28));
  const borging = plusWeeks(intensief, Math.min(intensiefWeken, rnd.int(10, 12)));
  const followUp = plusMonths(borging, 3);
  return {
    advies: start,
    vooroverleg,
    aanvraag,
    dossiercheck,
    goedgekeurd,
    onderzoek,
    intensief,
    borging,
    followUp,
    fu3: plusDays(plusMonths(followUp, 3), rnd.int(-5, 10)),
    fu12: plusDays(plusMonths(followUp, 12), rnd.int(-5, 14)),
  };
}

/** When the target's current state began on the timeline, and how long ago that may be. */
function entryOf(t: Target, tl: Timeline, rnd: ReturnType<typeof random>): { entry: Date; daysAgo: number } {
  switch (t.fase) {
    case "AANMELDING": {
      const entry = { ADVIES: tl.advies, VOOROVERLEG: tl.vooroverleg, AANVRAAG: tl.aanvraag, DOSSIERCHECK: tl.dossiercheck, GOEDGEKEURD: tl.goedgekeurd }[t.stap];
      return { entry, daysAgo: t.stap === "GOEDGEKEURD" ? rnd.int(0, 6) : rnd.int(0, 4) };
    }
    case "ONDERZOEK":
      return { entry: tl.onderzoek, daysAgo: t.overdue ? rnd.int(30, 38) : rnd.int(0, 24) };
    case "INTENSIEF":
      return {
        entry: tl.intensief,
        daysAgo: t.overdue === "16" ? rnd.int(113, 125) : t.overdue === "12" ? rnd.int(85, 90) : t.weken ? rnd.int(85, 95) : rnd.int(0, 75),
      };
    case "BORGING":
      return { entry: tl.borging, daysAgo: t.overdue ? rnd.int(95, 105) : rnd.int(0, 80) };
    case "FOLLOW_UP":
      return { entry: tl.followUp, daysAgo: t.overdue ? rnd.int(97, 110) : rnd.int(0, 340) };
    case "AFGEROND":
      return { entry: tl.fu12, daysAgo: rnd.int(0, 150) };
    case "GESTOPT": {
      const entry =
        t.reden === "AANVRAAG_AFGEWEZEN" ? plusDays(tl.dossiercheck, 6)
        : t.reden === "NIET_PASSEND_NA_ONDERZOEK" ? plusDays(tl.onderzoek, 24)
        : plusWeeks(tl.intensief, rnd.int(2, 9));
      return { entry, daysAgo: rnd.int(5, 300) };
    }
  }
}

export interface SeedSummary {
  users: number;
  trajecten: number;
}

export async function seedDemoData(prisma: PrismaClient, today: Date): Promise<SeedSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userRows: Prisma.UserCreateManyInput[] = [];
  const person = (i: number) => `${FIRST_NAMES[(i + 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i + Math.floor(i / FIRST_NAMES.length) + 3) % LAST_NAMES.length]}`;
  const addUser = (email: string, naam: string, role: Role, membership: Partial<Prisma.UserCreateManyInput> = {}) =>
    userRows.push({ id: `demo-user-${email.split("@")[0]}`, email: `${email}`, naam, role, passwordHash, ...membership });

  const windstreken = WINDSTREKEN.map((w) => ({ id: `demo-ws-${w.code.toLowerCase()}`, ...w }));
  await prisma.windstreek.createMany({ data: windstreken, skipDuplicates: true });

  const schools = windstreken.flatMap((w, wi) =>
    SCHOOL_NAMES.map((prefix, si) => ({
      id: `demo-school-${w.code.toLowerCase()}-${si + 1}`,
      brin: `99${w.code[0]}${si + 1}`,
      naam: `${prefix} ${w.naam.split(" ")[0]}`,
      windstreekId: w.id,
      index: wi * SCHOOL_NAMES.length + si,
    })),
  );
  await prisma.school.createMany({ data: schools.map((s) => ({ id: s.id, brin: s.brin, naam: s.naam, windstreekId: s.windstreekId })), skipDuplicates: true });

  const teams = windstreken.map((w) => ({ id: `demo-team-${w.code.toLowerCase()}`, naam: `Topteam ${w.naam}`, windstreekId: w.id, capaciteit: 14 }));
  await prisma.topteam.createMany({ data: teams, skipDuplicates: true });

  addUser("beheer@demo.toptrajecten.nl", "Bea Beheer", "ADMIN");
  addUser("fg@demo.toptrajecten.nl", "Fenna Gegevensbescherming", "PRIVACY_OFFICER");
  addUser("swv@demo.toptrajecten.nl", "Sanne Samenwerking", "SWV");
  addUser("coordinator@demo.toptrajecten.nl", "Cor Coördinator", "COORDINATOR");
  windstreken.forEach((w, i) => {
    const code = w.code.toLowerCase();
    const team = teams[i]!;
    addUser(`oa.${code}@demo.toptrajecten.nl`, person(i), "ONDERWIJSADVISEUR", { windstreekId: w.id });
    addUser(`gw.${code}@demo.toptrajecten.nl`, person(i + 4), "GEDRAGSWETENSCHAPPER", { topteamId: team.id, windstreekId: w.id });
    addUser(`td1.${code}@demo.toptrajecten.nl`, person(i + 8), "TOPDOCENT", { topteamId: team.id, windstreekId: w.id });
    addUser(`td2.${code}@demo.toptrajecten.nl`, person(i + 12), "TOPDOCENT", { topteamId: team.id, windstreekId: w.id });
    addUser(`hv1.${code}@demo.toptrajecten.nl`, person(i + 16), "HULPVERLENER", { topteamId: team.id, windstreekId: w.id });
    addUser(`hv2.${code}@demo.toptrajecten.nl`, person(i + 20), "HULPVERLENER", { topteamId: team.id, windstreekId: w.id });
  });
  schools.forEach((s) => {
    addUser(`zc.${s.brin.toLowerCase()}@demo.toptrajecten.nl`, person(s.index + 24), "ZORGCOORDINATOR", { schoolId: s.id });
  });
  await prisma.user.createMany({ data: userRows, skipDuplicates: true });
  const userId = (local: string) => `demo-user-${local}`;

  const students: (Prisma.StudentCreateManyInput & { geboortedatum: Date; voornaam: string; achternaam: string })[] = [];
  const trajecten: Prisma.TrajectCreateManyInput[] = [];
  const history: Prisma.TrajectTransitionCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const assignments: Prisma.TrajectAssignmentCreateManyInput[] = [];
  const followUps: Prisma.FollowUpCreateManyInput[] = [];
  const doelen: Prisma.DoelCreateManyInput[] = [];
  const vooroverleggen: Prisma.VooroverlegCreateManyInput[] = [];
  const adviezen: Prisma.HandelingsadviesCreateManyInput[] = [];

  targets().forEach((target, n) => {
    const rnd = random(n + 1);
    const id = `demo-traject-${String(n + 1).padStart(3, "0")}`;
    const school = schools[(n * 7) % schools.length]!;
    const wsIndex = WINDSTREKEN.findIndex((w) => `demo-ws-${w.code.toLowerCase()}` === school.windstreekId);
    const overstijgend = n % 13 === 5;
    const teamIndex = overstijgend ? (wsIndex + 1) % teams.length : wsIndex;
    const code = WINDSTREKEN[teamIndex]!.code.toLowerCase();
    const zc = userId(`zc.${school.brin.toLowerCase()}`);
    const oa = userId(`oa.${WINDSTREKEN[wsIndex]!.code.toLowerCase()}`);
    const gw = userId(`gw.${code}`);
    const weken = target.fase === "INTENSIEF" && target.weken ? target.weken : 12;

    // Lay the timeline out once from today, then shift it so the current state began `daysAgo`.
    const draft = timeline(today, random(n + 1), weken);
    const { entry, daysAgo } = entryOf(target, draft, rnd);
    const tl = timeline(plusDays(today, -daysBetween(today, entry) - daysAgo), random(n + 1), weken);
    const reached = (d: Date) => daysBetween(d, today) >= 0;

    // Each event goes through the same rules as the app (lib/trajecten/workflow.ts), so the
    // traject's fields and every history row's snapshot are what the app itself would write.
    type Event = { invoer: OvergangInvoer; actorId: string; role: Role };
    const byZc = (invoer: OvergangInvoer): Event => ({ invoer, actorId: zc, role: "ZORGCOORDINATOR" });
    const byOa = (invoer: OvergangInvoer): Event => ({ invoer, actorId: oa, role: "ONDERWIJSADVISEUR" });
    const byGw = (invoer: OvergangInvoer): Event => ({ invoer, actorId: gw, role: "GEDRAGSWETENSCHAPPER" });
    const events: Event[] = [];
    const stopAt = target.fase === "GESTOPT" ? entryOf(target, tl, random(n + 1)).entry : null;
    const push = (e: Event) => {
      const datum = e.invoer.datum;
      if (reached(datum) && (!stopAt || daysBetween(datum, stopAt) > 0)) events.push(e);
    };
    const upTo: Record<string, number> = { ADVIES: 0, VOOROVERLEG: 1, AANVRAAG: 2, DOSSIERCHECK: 3, GOEDGEKEURD: 4 };
    const limit = target.fase === "AANMELDING" ? upTo[target.stap]! : 99;
    const lisaReferentie = `LISA-${2024 + (n % 3)}-${String(10000 + n * 37).padStart(5, "0")}`;
    const opzet = { deelnemers: "Zorgcoördinator, gedragswetenschapper en onderwijsadviseur", anoniem: n % 3 === 0 };
    if (limit >= 1) push(byZc({ actie: "VOOROVERLEG_GEPLAND", datum: tl.vooroverleg, notitie: "", geplandOp: plusDays(tl.vooroverleg, 7), ...opzet }));
    if (limit >= 2) {
      push(
        byZc({
          actie: "VOOROVERLEG_GEHOUDEN",
          datum: tl.aanvraag,
          notitie: "Toestemming wordt gevraagd; de school dient de aanvraag in LISA in.",
          ...opzet,
          hoeGaatHet: "Dreigt te blijven zitten; het niveau past wel.",
          ingezetteHulp: "Mentorgesprekken en een time-outkaart; wisselend resultaat.",
          betrokkenInstanties: "Ouder- en kindadviseur.",
          motivatie: "Mentor, ouders en leerling willen aan de slag.",
          afspraken: "School bespreekt het Toptraject met ouders en leerling.",
          gebieden: (["MOTIVATIE", "VERZUIM", "EXTERNALISEREND_GEDRAG"] as const).slice(0, 1 + (n % 3)),
          nietPassend: [],
          ondanksNietPassend: false,
          besluit: "TOPTRAJECT",
          andereOndersteuning: "",
        }),
      );
    }
    if (limit >= 3) push(byZc({ actie: "AANVRAAG_INGEDIEND", datum: tl.dossiercheck, notitie: "Dossier klaar voor controle.", lisaReferentie }));
    const afgewezen = target.fase === "GESTOPT" && target.reden === "AANVRAAG_AFGEWEZEN";
    if (limit >= 4 && !afgewezen) push(byOa({ actie: "AANVRAAG_GOEDGEKEURD", datum: tl.goedgekeurd, notitie: "Dossier komt overeen met het vooroverleg." }));
    if (limit > 4) {
      push(byGw({ actie: "ONDERZOEK_GESTART", datum: tl.onderzoek, notitie: "Kennismakingsgesprek gehouden." }));
      push(
        byGw({
          actie: "INTENSIEF_GESTART",
          datum: tl.intensief,
          notitie: "Doelen afgesproken in het advies-/startgesprek.",
          doelen: [
            { omschrijving: "Plant zelfstandig zijn huiswerk voor een week.", gebied: "DIDACTIEK" },
            { omschrijving: "Blijft in de les bij een conflict en vraagt om een time-out.", gebied: "GEDRAG_SOCIAAL_EMOTIONEEL" },
          ],
        }),
      );
      if (weken > 12) push(byGw({ actie: "INTENSIEF_VERLENGD", datum: plusWeeks(tl.intensief, 11), notitie: "Meer tijd nodig voor de overdracht aan de mentor.", weken }));
      if (target.fase !== "ONDERZOEK" && target.fase !== "INTENSIEF") {
        const adviezen = [{ voor: "DOCENTEN" as const, tekst: "Geef de opdracht in kleine stappen en check na vijf minuten." }];
        push(byGw({ actie: "BORGING_GESTART", datum: tl.borging, notitie: "Handelingsadviezen vastgelegd.", adviezen }));
        if (target.fase !== "BORGING") push(byGw({ actie: "FOLLOW_UP_GESTART", datum: tl.followUp, notitie: "Overdracht aan school afgerond." }));
        const fu3 = (target.fase === "FOLLOW_UP" && !target.overdue) || target.fase === "AFGEROND";
        const uitstroom = (options: readonly ("JA" | "NEE" | "ONBEKEND")[]) => rnd.pick(options);
        if (fu3 && events.at(-1)?.invoer.actie === "FOLLOW_UP_GESTART") {
          push(byGw({ actie: "FOLLOW_UP_VASTGELEGD", datum: tl.fu3, notitie: "", moment: "DRIE_MAANDEN", opUitstroomniveau: uitstroom(["JA", "JA", "JA", "NEE", "ONBEKEND"]), diplomaVerwacht: uitstroom(["JA", "JA", "NEE", "ONBEKEND"]) }));
        }
        if (target.fase === "AFGEROND") {
          push(byGw({ actie: "FOLLOW_UP_VASTGELEGD", datum: tl.fu12, notitie: "", moment: "TWAALF_MAANDEN", opUitstroomniveau: uitstroom(["JA", "JA", "NEE", "ONBEKEND"]), diplomaVerwacht: uitstroom(["JA", "JA", "JA", "NEE"]) }));
          push(byGw({ actie: "AFGEROND", datum: tl.fu12, notitie: "Beide follow-ups vastgelegd." }));
        }
      }
    }
    if (target.fase === "GESTOPT") {
      const notitie = "Traject voortijdig beëindigd.";
      events.push(
        target.reden === "AANVRAAG_AFGEWEZEN" ? byOa({ actie: "AANVRAAG_AFGEWEZEN", datum: stopAt!, notitie: "Het dossier past niet bij het vooroverleg." })
        : target.reden === "NIET_PASSEND_NA_ONDERZOEK" ? byGw({ actie: "ONDERZOEK_AFGESLOTEN", datum: stopAt!, notitie: "Advies: begeleiding via het ondersteuningsteam van de school." })
        : byGw({ actie: "GESTOPT", datum: stopAt!, notitie, stopReden: target.reden }),
      );
    }

    const studentId = limit >= 2 ? `demo-student-${String(n + 1).padStart(3, "0")}` : null;
    if (studentId) {
      students.push({
        id: studentId,
        // Every (first, last) pair differs for the first 128 students.
        voornaam: FIRST_NAMES[n % FIRST_NAMES.length]!,
        achternaam: LAST_NAMES[(n + Math.floor(n / FIRST_NAMES.length)) % LAST_NAMES.length]!,
        geboortedatum: plusDays(today, -rnd.int(12 * 365, 17 * 365)),
        schoolId: school.id,
      });
    }
    const team = teams[teamIndex]!.id;
    const at = (datum: Date) => new Date(datum.getTime() + 14 * 3_600_000);
    history.push({ id: `${id}-h0`, trajectId: id, action: "ADVIES_GEVRAAGD", naarFase: "AANMELDING", naarStap: "ADVIES", datum: tl.advies, recordedAt: at(tl.advies), actorId: zc, notitie: "School vraagt preventief advies." });
    let velden: Fasevelden = { ...NIEUW_TRAJECT };
    let laatste: TrajectFeiten["laatsteOvergang"] = null;
    const done: FollowUpMoment[] = [];
    events.forEach((e, k) => {
      const historyId = `${id}-h${k + 1}`;
      const feiten: TrajectFeiten = {
        ...velden,
        heeftLeerling: studentId !== null,
        heeftToestemming: true,
        toestemmingVan: "OUDERS",
        openVraag: false,
        teamVanWindstreek: team,
        teamVol: false,
        teamHeeftGedragswetenschapper: true,
        doelen: 0,
        handelingsadviezen: 0,
        followUps: done,
        laatsteOvergang: laatste,
      };
      const { na } = beslis(feiten, e.role, e.invoer, today);
      if (e.invoer.actie === "AANVRAAG_GOEDGEKEURD") na.windstreekoverstijgend = overstijgend;
      const voorToestand = snapshotOf(velden);
      history.push({
        id: historyId,
        trajectId: id,
        action: e.invoer.actie,
        vanFase: velden.fase,
        vanStap: velden.aanmeldingStap,
        naarFase: na.fase,
        naarStap: na.aanmeldingStap,
        datum: e.invoer.datum,
        recordedAt: at(e.invoer.datum),
        actorId: e.actorId,
        notitie: e.invoer.notitie,
        voorToestand,
      });
      const invoer = e.invoer;
      if (invoer.actie === "VOOROVERLEG_GEPLAND") {
        const { geplandOp, deelnemers, anoniem } = invoer;
        vooroverleggen.push({ id: `${id}-vo`, trajectId: id, recordedById: zc, geplandOp, deelnemers, anoniem });
      }
      if (invoer.actie === "VOOROVERLEG_GEHOUDEN") {
        // The plan came first; the record fills in what it left open.
        Object.assign(vooroverleggen.findLast((v) => v.trajectId === id)!, verslagVan(invoer));
      }
      if (invoer.actie === "INTENSIEF_GESTART") {
        invoer.doelen.forEach((doel, d) => doelen.push({ id: `${historyId}-d${d + 1}`, trajectId: id, ...doel, afgesprokenOp: invoer.datum, createdById: gw, transitionId: historyId }));
      }
      if (invoer.actie === "BORGING_GESTART") {
        invoer.adviezen.forEach((advies, a) => adviezen.push({ id: `${historyId}-a${a + 1}`, trajectId: id, ...advies, createdById: gw, transitionId: historyId }));
      }
      if (invoer.actie === "FOLLOW_UP_VASTGELEGD") {
        const { moment, opUitstroomniveau, diplomaVerwacht } = invoer;
        followUps.push({ id: `${historyId}-fu`, trajectId: id, moment, contactOp: invoer.datum, contactDoorId: gw, opUitstroomniveau, diplomaVerwacht, transitionId: historyId });
        done.push(moment);
      }
      velden = na;
      laatste = { id: historyId, actie: e.invoer.actie, datum: e.invoer.datum, voorToestand };
    });

    trajecten.push({ id, studentId, schoolId: school.id, aangemeldOp: tl.advies, version: events.length + 1, ...velden, termijnOp: termijnEinde({ ...velden, followUpsDone: done }) });
    if (events.some((e) => e.invoer.actie === "VOOROVERLEG_GEHOUDEN")) {
      // Consent as the rule asks it: the parents' under 16; the student's own from 16, also
      // when the student turned 16 during the traject (then given on the birthday).
      const student = students.find((st) => st.id === studentId) ?? null;
      if (toestemmingVan(student, tl.aanvraag) === "OUDERS") {
        consents.push({ id: `${id}-c1`, trajectId: id, gegevenDoor: "OUDERS", naamGever: "Ouder/verzorger (fictief)", gegevenOp: tl.aanvraag, recordedById: zc });
      }
      if (student && toestemmingVan(student, today) === "LEERLING") {
        const zestien = plusMonths(student.geboortedatum, 16 * 12);
        const gegevenOp = zestien > tl.aanvraag ? zestien : tl.aanvraag;
        consents.push({ id: `${id}-c2`, trajectId: id, gegevenDoor: "LEERLING", naamGever: `${student.voornaam} ${student.achternaam}`, gegevenOp, recordedById: zc });
      }
    }
    if (velden.onderzoekStart) {
      assignments.push({ trajectId: id, userId: userId(`td${(n % 2) + 1}.${code}`) }, { trajectId: id, userId: userId(`hv${(n % 2) + 1}.${code}`) });
    }
  });

  await prisma.$transaction([
    prisma.student.createMany({ data: students, skipDuplicates: true }),
    prisma.traject.createMany({ data: trajecten, skipDuplicates: true }),
    prisma.trajectTransition.createMany({ data: history, skipDuplicates: true }),
    prisma.consent.createMany({ data: consents, skipDuplicates: true }),
    prisma.trajectAssignment.createMany({ data: assignments, skipDuplicates: true }),
    prisma.followUp.createMany({ data: followUps, skipDuplicates: true }),
    prisma.doel.createMany({ data: doelen, skipDuplicates: true }),
    prisma.vooroverleg.createMany({ data: vooroverleggen, skipDuplicates: true }),
    prisma.handelingsadvies.createMany({ data: adviezen, skipDuplicates: true }),
  ]);
  return { users: userRows.length, trajecten: trajecten.length };
}
