// "Mijn taken": the work each role has, derived from a traject's state and its terms. Pure: the
// same term functions as the traject page (lib/trajecten/terms.ts), so the list never disagrees
// with the page. The facts are read by lib/tasks/facts-read.ts, for the trajecten in the actor's
// scope (lib/tasks/queries.ts) or for all of them (lib/tasks/stored.ts).
import { daysBetween, plusDays, plusWeeks } from "../calendar";
import type { AanmeldingStap, Fase, FollowUpMoment, Role, TaakRol } from "../generated/prisma/enums";
import { heeftGeldigeToestemming, type ToestemmingFeiten } from "../trajecten/consent-shield";
import { currentTerm, INTENSIEF_PLANNED_WEEKS, statusFor, type TermFacts, type TermStatus } from "../trajecten/terms";

/** Goals are evaluated at least this often in intensief, unless EVALUATIE_INTERVAL_WEKEN says otherwise. */
export const EVALUATIE_INTERVAL_WEKEN = 4;
/** The interval between goal evaluations, from the environment (whole weeks, at least 1). */
export function evaluatieWeken(env: Record<string, string | undefined>): number {
  const weken = Number(env.EVALUATIE_INTERVAL_WEKEN);
  return Number.isInteger(weken) && weken >= 1 ? weken : EVALUATIE_INTERVAL_WEKEN;
}
/** The handbook sets no term for these; they are the service levels the Topteams agreed. */
export const KENNISMAKING_BINNEN_DAGEN = 14;
export const TOEWIJZING_BINNEN_DAGEN = 7;
export const ANTWOORD_BINNEN_DAGEN = 7;
export const EXIT_BINNEN_DAGEN = 14;
export const BESLUIT_NA_INTREKKING_DAGEN = 7;
/** A questionnaire not sent this many days after closure leaves the list: it is no longer asked. */
export const EXIT_IN_LIJST_DAGEN = 56;
/** A term over by more than this many days also lands with the coördinator. */
export const ESCALATIE_NA_DAGEN = 7;

export type TaakSoort =
  | "KENNISMAKING_PLANNEN"
  | "ONDERZOEK_LOOPT_AF"
  | "INTENSIEF_WEEK_12"
  | "INTENSIEF_LOOPT_AF"
  | "INTENSIEF_VOORBIJ_MAXIMUM"
  | "EVALUATIE_NODIG"
  | "BORGING_LOOPT_AF"
  | "FOLLOW_UP_DRIE"
  | "FOLLOW_UP_TWAALF"
  | "EXIT_VERSTUREN"
  | "AFGESCHERMD_BESLUIT"
  | "DOSSIERCHECK"
  | "ANTWOORD_ONTVANGEN"
  | "VOOROVERLEG_GEPLAND"
  | "VRAAG_BEANTWOORDEN"
  | "AFSPRAKEN_SCHOOL"
  | "TOESTEMMING_ONTBREEKT"
  | "TEAM_TOEWIJZEN"
  | "TERMIJN_RUIM_VERLOPEN";

/** What to do, in the user's words, and where on the traject page it is done. */
export const TAAK: Record<TaakSoort, { label: string; anker: string }> = {
  KENNISMAKING_PLANNEN: { label: "Plan het kennismakingsgesprek", anker: "volgende-stap" },
  ONDERZOEK_LOOPT_AF: { label: "Onderzoek loopt af: plan het advies-/startgesprek", anker: "volgende-stap" },
  INTENSIEF_WEEK_12: { label: "Intensief bereikt week 12: verleng of start de borging", anker: "volgende-stap" },
  INTENSIEF_LOOPT_AF: { label: "Verlengde intensieve fase loopt af", anker: "volgende-stap" },
  INTENSIEF_VOORBIJ_MAXIMUM: { label: "Intensief is voorbij het maximum van 16 weken", anker: "volgende-stap" },
  EVALUATIE_NODIG: { label: "Doelen evalueren", anker: "doelen-kop" },
  BORGING_LOOPT_AF: { label: "Borging loopt af: rond de overdracht af", anker: "volgende-stap" },
  FOLLOW_UP_DRIE: { label: "Follow-up na 3 maanden", anker: "volgende-stap" },
  FOLLOW_UP_TWAALF: { label: "Follow-up na 12 maanden", anker: "volgende-stap" },
  EXIT_VERSTUREN: { label: "Exit-vragenlijst versturen", anker: "exit-kop" },
  AFGESCHERMD_BESLUIT: { label: "Toestemming ingetrokken: besluit over het traject", anker: "volgende-stap" },
  DOSSIERCHECK: { label: "Dossiercheck uitvoeren", anker: "dossiercheck-kop" },
  ANTWOORD_ONTVANGEN: { label: "Antwoord van de school ontvangen", anker: "dossiercheck-kop" },
  VOOROVERLEG_GEPLAND: { label: "Collegiaal vooroverleg gepland", anker: "vooroverleg-kop" },
  VRAAG_BEANTWOORDEN: { label: "Vraag van de onderwijsadviseur beantwoorden", anker: "dossiercheck-kop" },
  AFSPRAKEN_SCHOOL: { label: "Samenwerkingsafspraken van de school vastleggen", anker: "samenwerking-kop" },
  TOESTEMMING_ONTBREEKT: { label: "Toestemming vastleggen vóór de aanvraag", anker: "toestemming-kop" },
  TEAM_TOEWIJZEN: { label: "Goedgekeurd zonder Topteam: wijs een team toe", anker: "toewijzing-kop" },
  TERMIJN_RUIM_VERLOPEN: { label: "Termijn meer dan 7 dagen verlopen", anker: "volgende-stap" },
};

export interface Taak {
  soort: TaakSoort;
  trajectId: string;
  /** The traject's number: orders tasks due on the same day, here and in SQL alike. */
  nummer: number;
  dueOn: Date;
  status: TermStatus;
  /** Extra words for the row: which goal, how many days waiting. */
  detail: string | null;
}

/** What the rules need to know of one traject; lib/tasks/facts-read.ts reads it. */
export interface TaakFeiten extends TermFacts, ToestemmingFeiten {
  id: string;
  nummer: number;
  aanmeldingStap: AanmeldingStap | null;
  topteamId: string | null;
  goedgekeurdOp: Date | null;
  aanvraagOp: Date | null;
  afgeslotenOp: Date | null;
  infoVragen: readonly { gesteldOp: Date; beantwoordOp: Date | null }[];
  vooroverleg: { geplandOp: Date | null; gehoudenOp: Date | null } | null;
  /** The latest goal evaluation in the traject, if any. */
  laatsteEvaluatie: Date | null;
  /** The goals the actor owns that are still active, with their latest evaluation (and owner, when stored for all). */
  eigenDoelen: readonly { omschrijving: string; laatsteEvaluatie: Date | null; eigenaarId?: string }[];
  afspraken: number;
  exitVerstuurd: boolean;
  /** The last withdrawal of consent, if any. */
  ingetrokkenOp: Date | null;
}

export interface TaakContext {
  role: Role;
  topteamId: string | null;
  today: Date;
  evaluatieWeken: number;
}

const OPEN_TEAMFASEN: readonly Fase[] = ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"];

function taak(soort: TaakSoort, f: Pick<TaakFeiten, "id" | "nummer">, dueOn: Date, today: Date, detail: string | null = null): Taak {
  return { soort, trajectId: f.id, nummer: f.nummer, dueOn, status: statusFor(dueOn, today), detail };
}

const FOLLOW_UP_SOORT: Record<FollowUpMoment, TaakSoort> = { DRIE_MAANDEN: "FOLLOW_UP_DRIE", TWAALF_MAANDEN: "FOLLOW_UP_TWAALF" };

/** The running term as a task, once it is near or over; null while it is on schedule. */
export function termijnTaak(feiten: TaakFeiten, today: Date): Taak | null {
  const term = currentTerm(feiten, today);
  if (!term || term.status === "OP_SCHEMA") return null;
  const soort: TaakSoort = term.followUp
    ? FOLLOW_UP_SOORT[term.followUp]
    : feiten.fase === "ONDERZOEK"
      ? "ONDERZOEK_LOOPT_AF"
      : feiten.fase === "BORGING"
        ? "BORGING_LOOPT_AF"
        : term.pastMaximum
          ? "INTENSIEF_VOORBIJ_MAXIMUM"
          : feiten.intensiefWeken <= INTENSIEF_PLANNED_WEEKS
            ? "INTENSIEF_WEEK_12"
            : "INTENSIEF_LOOPT_AF";
  const detail = term.week ? `week ${term.week.current} van ${term.week.of}` : null;
  return { soort, trajectId: feiten.id, nummer: feiten.nummer, dueOn: term.dueOn, status: term.status, detail };
}

/** An evaluation is due `weken` weeks after the last one, or after intensief started. */
function evaluatieTaak(f: TaakFeiten, vanaf: Date, weken: number, today: Date, detail: string | null): Taak | null {
  const due = plusWeeks(vanaf, weken);
  const t = taak("EVALUATIE_NODIG", f, due, today, detail);
  return t.status === "OP_SCHEMA" ? null : t;
}

function gedragswetenschapper(f: TaakFeiten, c: TaakContext): Taak[] {
  const taken: Taak[] = [];
  const eigenTeam = f.topteamId !== null && f.topteamId === c.topteamId;
  if (!eigenTeam) return taken;
  if (f.fase === "AANMELDING" && f.aanmeldingStap === "GOEDGEKEURD" && f.goedgekeurdOp) {
    taken.push(taak("KENNISMAKING_PLANNEN", f, plusDays(f.goedgekeurdOp, KENNISMAKING_BINNEN_DAGEN), c.today));
  }
  const afgeschermd = f.student !== null && f.ingetrokkenOp !== null && !heeftGeldigeToestemming(f, c.today);
  if (afgeschermd && (OPEN_TEAMFASEN.includes(f.fase) || f.aanmeldingStap === "GOEDGEKEURD")) {
    // Nothing else can be done in a shielded dossier until it is decided.
    return [taak("AFGESCHERMD_BESLUIT", f, plusDays(f.ingetrokkenOp!, BESLUIT_NA_INTREKKING_DAGEN), c.today)];
  }
  const termijn = termijnTaak(f, c.today);
  if (termijn) taken.push(termijn);
  if (f.fase === "INTENSIEF" && f.intensiefStart) {
    const evaluatie = evaluatieTaak(f, f.laatsteEvaluatie ?? f.intensiefStart, c.evaluatieWeken, c.today, null);
    if (evaluatie) taken.push(evaluatie);
  }
  const exitNogTeVragen = f.afgeslotenOp !== null && daysBetween(f.afgeslotenOp, c.today) <= EXIT_IN_LIJST_DAGEN;
  if ((f.fase === "AFGEROND" || f.fase === "GESTOPT") && f.onderzoekStart && f.afgeslotenOp && !f.exitVerstuurd && exitNogTeVragen) {
    taken.push(taak("EXIT_VERSTUREN", f, plusDays(f.afgeslotenOp, EXIT_BINNEN_DAGEN), c.today));
  }
  return taken;
}

// A teamlid's list holds the running term of every traject they are on, and the evaluations of
// the goals they own; stored, the first is shared by the whole team, the second is per owner.
const teamlidMag = (f: TaakFeiten, c: TaakContext) => f.student === null || heeftGeldigeToestemming(f, c.today);

function teamlidTermijn(f: TaakFeiten, c: TaakContext): Taak[] {
  const termijn = teamlidMag(f, c) ? termijnTaak(f, c.today) : null;
  return termijn ? [termijn] : [];
}

function eigenEvaluaties(f: TaakFeiten, c: TaakContext): Taak[] {
  if (!teamlidMag(f, c) || f.fase !== "INTENSIEF" || !f.intensiefStart) return [];
  const start = f.intensiefStart;
  return f.eigenDoelen.flatMap((doel) => evaluatieTaak(f, doel.laatsteEvaluatie ?? start, c.evaluatieWeken, c.today, doel.omschrijving) ?? []);
}

function teamlid(f: TaakFeiten, c: TaakContext): Taak[] {
  return [...teamlidTermijn(f, c), ...eigenEvaluaties(f, c)];
}

function onderwijsadviseur(f: TaakFeiten, c: TaakContext): Taak[] {
  if (f.fase !== "AANMELDING") return [];
  if (f.aanmeldingStap === "DOSSIERCHECK" && f.aanvraagOp) {
    // While a question is open the request waits for the school, not for the onderwijsadviseur.
    if (f.infoVragen.some((v) => v.beantwoordOp === null)) return [];
    const dagen = daysBetween(f.aanvraagOp, c.today);
    const beantwoord = f.infoVragen.length > 0;
    // The handbook sets no term for the check itself: it is due today and shows the wait.
    const soort = beantwoord ? "ANTWOORD_ONTVANGEN" : "DOSSIERCHECK";
    return [{ soort, trajectId: f.id, nummer: f.nummer, dueOn: c.today, status: "OP_SCHEMA", detail: `${dagen} ${dagen === 1 ? "dag" : "dagen"} in behandeling` }];
  }
  if (f.aanmeldingStap === "VOOROVERLEG" && f.vooroverleg?.geplandOp && !f.vooroverleg.gehoudenOp) {
    return [taak("VOOROVERLEG_GEPLAND", f, f.vooroverleg.geplandOp, c.today)];
  }
  return [];
}

function zorgcoordinator(f: TaakFeiten, c: TaakContext): Taak[] {
  const taken: Taak[] = f.infoVragen
    .filter((v) => v.beantwoordOp === null)
    .map((v) => taak("VRAAG_BEANTWOORDEN", f, plusDays(v.gesteldOp, ANTWOORD_BINNEN_DAGEN), c.today));
  if ((f.fase === "ONDERZOEK" || f.fase === "INTENSIEF") && f.afspraken === 0 && f.onderzoekStart) {
    taken.push(taak("AFSPRAKEN_SCHOOL", f, plusWeeks(f.onderzoekStart, 2), c.today));
  }
  if (f.fase === "AANMELDING" && f.aanmeldingStap === "AANVRAAG" && !heeftGeldigeToestemming(f, c.today)) {
    // No term of its own: the request cannot go in without it, so it is due now.
    taken.push({ ...taak("TOESTEMMING_ONTBREEKT", f, c.today, c.today), status: "BIJNA_VERLOPEN" });
  }
  return taken;
}

function coordinator(f: TaakFeiten, c: TaakContext): Taak[] {
  if (f.fase === "AANMELDING" && f.aanmeldingStap === "GOEDGEKEURD" && f.topteamId === null && f.goedgekeurdOp) {
    return [taak("TEAM_TOEWIJZEN", f, plusDays(f.goedgekeurdOp, TOEWIJZING_BINNEN_DAGEN), c.today)];
  }
  const termijn = termijnTaak(f, c.today);
  if (termijn && daysBetween(termijn.dueOn, c.today) > ESCALATIE_NA_DAGEN) return [{ ...termijn, soort: "TERMIJN_RUIM_VERLOPEN" }];
  return [];
}

const PER_ROL: Partial<Record<Role, (f: TaakFeiten, c: TaakContext) => Taak[]>> = {
  GEDRAGSWETENSCHAPPER: gedragswetenschapper,
  TOPDOCENT: teamlid,
  HULPVERLENER: teamlid,
  ONDERWIJSADVISEUR: onderwijsadviseur,
  ZORGCOORDINATOR: zorgcoordinator,
  COORDINATOR: coordinator,
};

/** Which roles have a task list at all. */
export function heeftTaken(role: Role): boolean {
  return PER_ROL[role] !== undefined;
}

/** The list's order: the most urgent first, then by traject number; a traject's own tasks keep their order. */
export function urgentsteEerst(a: Taak, b: Taak): number {
  return a.dueOn.getTime() - b.dueOn.getTime() || a.nummer - b.nummer;
}

/** The tasks for `c.role` in the trajecten given, the most urgent first. */
export function takenVan(trajecten: readonly TaakFeiten[], c: TaakContext): Taak[] {
  const regels = PER_ROL[c.role];
  if (!regels) return [];
  return trajecten.flatMap((f) => regels(f, c)).sort(urgentsteEerst);
}

/** The list a role's stored tasks are on; a topdocent and a hulpverlener share the teamlid's. */
export function taakRolVan(role: Role): TaakRol | null {
  if (role === "TOPDOCENT" || role === "HULPVERLENER") return "TEAMLID";
  return heeftTaken(role) ? (role as TaakRol) : null;
}

export interface LijstTaak {
  rol: TaakRol;
  /** The teamlid whose goal it is; null for a task of everyone on the list in scope. */
  eigenaarId: string | null;
  taak: Taak;
}

/**
 * Every list's tasks in one traject on `today`, as they are stored (lib/tasks/stored.ts): the
 * gedragswetenschapper's as their team's, a teamlid's goal evaluations per owner. The goals in
 * `f.eigenDoelen` are all the traject's active goals, each with its owner. Read back in the
 * actor's scope, they are exactly what takenVan gives that actor.
 */
export function takenVoorAlleLijsten(f: TaakFeiten, today: Date, evaluatieWeken: number): LijstTaak[] {
  const c = (role: Role, topteamId: string | null = null): TaakContext => ({ role, topteamId, today, evaluatieWeken });
  const voor = (rol: TaakRol, taken: Taak[], eigenaarId: string | null = null) => taken.map((taak) => ({ rol, eigenaarId, taak }));
  const teamlidC = c("TOPDOCENT");
  return [
    ...voor("GEDRAGSWETENSCHAPPER", gedragswetenschapper(f, c("GEDRAGSWETENSCHAPPER", f.topteamId))),
    ...voor("TEAMLID", teamlidTermijn(f, teamlidC)),
    ...f.eigenDoelen.flatMap((doel) => (doel.eigenaarId ? voor("TEAMLID", eigenEvaluaties({ ...f, eigenDoelen: [doel] }, teamlidC), doel.eigenaarId) : [])),
    ...voor("ONDERWIJSADVISEUR", onderwijsadviseur(f, c("ONDERWIJSADVISEUR"))),
    ...voor("ZORGCOORDINATOR", zorgcoordinator(f, c("ZORGCOORDINATOR"))),
    ...voor("COORDINATOR", coordinator(f, c("COORDINATOR"))),
  ];
}
