// Fictional demo data: 4 windstreken, 4 Topteams, 16 schools, an account for every role and
// 92 trajecten in every phase, with dates laid out around `today` so that terms look realistic
// (some over term, some stopped early, some with follow-ups done). Deterministic: the same
// `today` gives the same data, and every row has a fixed key, so running it twice adds nothing.
import { hashPassword } from "../lib/auth/password";
import { plusDays, plusMonths, plusWeeks, daysBetween } from "../lib/calendar";
import { DEMO_PASSWORD } from "../lib/demo";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { AanmeldingStap, Fase, Role, StopReden } from "../lib/generated/prisma/enums";

const WINDSTREKEN = [
  { code: "NOORD", naam: "Noord" },
  { code: "OOST", naam: "Oost en Diemen" },
  { code: "ZUID", naam: "Zuid" },
  { code: "WEST", naam: "West en Nieuw-West" },
] as const;

const SCHOOL_NAMES = ["Voorbeeldcollege", "Proeflyceum", "Oefenschool", "Demo Scholengemeenschap"];
const FIRST_NAMES = ["Sem", "Noor", "Daan", "Yara", "Milan", "Lina", "Finn", "Sara", "Amir", "Julia", "Bram", "Fenna", "Ilias", "Zoë", "Luuk", "Hiba"];
const LAST_NAMES = ["Voorbeeld", "Fictief", "Testmans", "de Demo", "Proefstra", "van Oefening", "Verzinsel", "Bedachtje"];

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
  | { fase: "AANMELDING"; stap: AanmeldingStap; approved?: boolean }
  | { fase: "ONDERZOEK" | "BORGING" | "FOLLOW_UP" | "AFGEROND"; overdue?: boolean }
  | { fase: "INTENSIEF"; weken?: number; overdue?: "12" | "16" }
  | { fase: "GESTOPT"; reden: StopReden };

function targets(): Target[] {
  const list: Target[] = [];
  const add = (n: number, t: Target) => list.push(...Array.from({ length: n }, () => t));
  add(3, { fase: "AANMELDING", stap: "ADVIES" });
  add(3, { fase: "AANMELDING", stap: "VOOROVERLEG" });
  add(3, { fase: "AANMELDING", stap: "AANVRAAG" });
  add(2, { fase: "AANMELDING", stap: "DOSSIERCHECK" });
  add(2, { fase: "AANMELDING", stap: "DOSSIERCHECK", approved: true });
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
      const entry = { ADVIES: tl.advies, VOOROVERLEG: tl.vooroverleg, AANVRAAG: tl.aanvraag, DOSSIERCHECK: tl.dossiercheck }[t.stap];
      return t.approved ? { entry: tl.goedgekeurd, daysAgo: rnd.int(0, 6) } : { entry, daysAgo: rnd.int(0, 4) };
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

  const students: Prisma.StudentCreateManyInput[] = [];
  const trajecten: Prisma.TrajectCreateManyInput[] = [];
  const history: Prisma.TrajectTransitionCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const assignments: Prisma.TrajectAssignmentCreateManyInput[] = [];
  const followUps: Prisma.FollowUpCreateManyInput[] = [];

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

    type Event = { action: string; naarFase: Fase; naarStap: AanmeldingStap | null; datum: Date; actorId: string; notitie: string };
    const events: Event[] = [
      { action: "ADVIES_GEVRAAGD", naarFase: "AANMELDING", naarStap: "ADVIES", datum: tl.advies, actorId: zc, notitie: "School vraagt preventief advies." },
    ];
    const stopAt = target.fase === "GESTOPT" ? entryOf(target, tl, random(n + 1)).entry : null;
    const push = (e: Event, until: Date | null = stopAt) => {
      if (reached(e.datum) && (!until || daysBetween(e.datum, until) > 0)) events.push(e);
    };
    const upTo: Record<string, number> = { ADVIES: 0, VOOROVERLEG: 1, AANVRAAG: 2, DOSSIERCHECK: 3 };
    const limit = target.fase === "AANMELDING" ? upTo[target.stap]! : 99;
    if (limit >= 1) push({ action: "VOOROVERLEG_GEHOUDEN", naarFase: "AANMELDING", naarStap: "VOOROVERLEG", datum: tl.vooroverleg, actorId: zc, notitie: "Collegiaal vooroverleg: Toptraject past." });
    if (limit >= 2) push({ action: "AANVRAAG_GESTART", naarFase: "AANMELDING", naarStap: "AANVRAAG", datum: tl.aanvraag, actorId: zc, notitie: "Toestemming vastgelegd, aanvraag in LISA." });
    if (limit >= 3) push({ action: "AANVRAAG_INGEDIEND", naarFase: "AANMELDING", naarStap: "DOSSIERCHECK", datum: tl.dossiercheck, actorId: zc, notitie: "Dossier klaar voor controle." });
    const approved = limit > 3 || (target.fase === "AANMELDING" && target.approved === true);
    if (approved && !(target.fase === "GESTOPT" && target.reden === "AANVRAAG_AFGEWEZEN")) {
      push({ action: "AANVRAAG_GOEDGEKEURD", naarFase: "AANMELDING", naarStap: "DOSSIERCHECK", datum: tl.goedgekeurd, actorId: oa, notitie: "Dossier komt overeen met het vooroverleg." });
    }
    if (limit > 3) {
      push({ action: "ONDERZOEK_GESTART", naarFase: "ONDERZOEK", naarStap: null, datum: tl.onderzoek, actorId: gw, notitie: "Kennismakingsgesprek gehouden." });
      push({ action: "INTENSIEF_GESTART", naarFase: "INTENSIEF", naarStap: null, datum: tl.intensief, actorId: gw, notitie: "Doelen afgesproken in het advies-/startgesprek." });
      if (weken > 12) push({ action: "INTENSIEF_VERLENGD", naarFase: "INTENSIEF", naarStap: null, datum: plusWeeks(tl.intensief, 11), actorId: gw, notitie: `Verlengd tot ${weken} weken: meer tijd nodig voor de overdracht.` });
      if (target.fase !== "ONDERZOEK" && target.fase !== "INTENSIEF") {
        push({ action: "BORGING_GESTART", naarFase: "BORGING", naarStap: null, datum: tl.borging, actorId: gw, notitie: "Handelingsadviezen vastgelegd." });
        if (target.fase !== "BORGING") push({ action: "FOLLOW_UP_GESTART", naarFase: "FOLLOW_UP", naarStap: null, datum: tl.followUp, actorId: gw, notitie: "Overdracht aan school afgerond." });
      }
    }
    const lastFase = events.at(-1)!.naarFase;
    const fase: Fase = target.fase === "GESTOPT" ? "GESTOPT" : target.fase === "AFGEROND" ? "AFGEROND" : lastFase;
    const fu3Done = (fase === "FOLLOW_UP" || fase === "AFGEROND") && !(target.fase === "FOLLOW_UP" && target.overdue) && reached(tl.fu3);
    if (target.fase === "GESTOPT") {
      events.push({ action: "GESTOPT", naarFase: "GESTOPT", naarStap: null, datum: stopAt!, actorId: target.reden === "AANVRAAG_AFGEWEZEN" ? oa : gw, notitie: "Traject voortijdig beëindigd." });
    } else if (fase === "AFGEROND") {
      events.push({ action: "AFGEROND", naarFase: "AFGEROND", naarStap: null, datum: tl.fu12, actorId: gw, notitie: "Beide follow-ups vastgelegd." });
    }

    const named = fase !== "AANMELDING" || limit >= 2;
    const studentId = named ? `demo-student-${String(n + 1).padStart(3, "0")}` : null;
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
    const has = (action: string) => events.find((e) => e.action === action)?.datum ?? null;
    const topteamId = has("AANVRAAG_GOEDGEKEURD") ? teams[teamIndex]!.id : null;
    trajecten.push({
      id,
      studentId,
      schoolId: school.id,
      topteamId,
      windstreekoverstijgend: topteamId !== null && overstijgend,
      fase,
      aanmeldingStap: fase === "AANMELDING" ? events.at(-1)!.naarStap : null,
      stopReden: target.fase === "GESTOPT" ? target.reden : null,
      lisaReferentie: has("AANVRAAG_INGEDIEND") ? `LISA-${2024 + (n % 3)}-${String(10000 + n * 37).padStart(5, "0")}` : null,
      intensiefWeken: weken,
      aangemeldOp: tl.advies,
      aanvraagOp: has("AANVRAAG_INGEDIEND"),
      goedgekeurdOp: has("AANVRAAG_GOEDGEKEURD"),
      onderzoekStart: has("ONDERZOEK_GESTART"),
      intensiefStart: has("INTENSIEF_GESTART"),
      borgingStart: has("BORGING_GESTART"),
      followUpStart: has("FOLLOW_UP_GESTART"),
      afgeslotenOp: fase === "AFGEROND" || fase === "GESTOPT" ? events.at(-1)!.datum : null,
      version: events.length,
    });
    let previous: { fase: Fase | null; stap: AanmeldingStap | null } = { fase: null, stap: null };
    events.forEach((e, k) => {
      history.push({
        id: `${id}-h${k + 1}`,
        trajectId: id,
        action: e.action,
        vanFase: previous.fase,
        vanStap: previous.stap,
        naarFase: e.naarFase,
        naarStap: e.naarStap,
        datum: e.datum,
        recordedAt: new Date(e.datum.getTime() + 14 * 3_600_000),
        actorId: e.actorId,
        notitie: e.notitie,
      });
      previous = { fase: e.naarFase, stap: e.naarStap };
    });
    if (has("AANVRAAG_GESTART")) {
      consents.push({ id: `${id}-c1`, trajectId: id, gegevenDoor: "OUDERS", naamGever: "Ouder/verzorger (fictief)", gegevenOp: tl.aanvraag, recordedById: zc });
    }
    if (has("ONDERZOEK_GESTART")) {
      assignments.push({ trajectId: id, userId: userId(`td${(n % 2) + 1}.${code}`) }, { trajectId: id, userId: userId(`hv${(n % 2) + 1}.${code}`) });
    }
    if (fu3Done) {
      followUps.push({ id: `${id}-fu3`, trajectId: id, moment: "DRIE_MAANDEN", contactOp: tl.fu3, contactDoorId: gw, opUitstroomniveau: rnd.pick(["JA", "JA", "JA", "NEE", "ONBEKEND"] as const), diplomaVerwacht: rnd.pick(["JA", "JA", "NEE", "ONBEKEND"] as const) });
    }
    if (fase === "AFGEROND") {
      followUps.push({ id: `${id}-fu12`, trajectId: id, moment: "TWAALF_MAANDEN", contactOp: tl.fu12, contactDoorId: gw, opUitstroomniveau: rnd.pick(["JA", "JA", "NEE", "ONBEKEND"] as const), diplomaVerwacht: rnd.pick(["JA", "JA", "JA", "NEE"] as const) });
    }
  });

  await prisma.$transaction([
    prisma.student.createMany({ data: students, skipDuplicates: true }),
    prisma.traject.createMany({ data: trajecten, skipDuplicates: true }),
    prisma.trajectTransition.createMany({ data: history, skipDuplicates: true }),
    prisma.consent.createMany({ data: consents, skipDuplicates: true }),
    prisma.trajectAssignment.createMany({ data: assignments, skipDuplicates: true }),
    prisma.followUp.createMany({ data: followUps, skipDuplicates: true }),
  ]);
  return { users: userRows.length, trajecten: trajecten.length };
}
