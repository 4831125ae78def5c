// Reading trajecten. Every query is built on the access layer (lib/access.ts): what a role may
// not see is never loaded, every read or list writes its audit row, and every refusal its denial.
import "server-only";
import { findReadableTraject } from "../access";
import { wachttijd } from "../aanmelding/wachttijd";
import { recordAudit } from "../audit";
import { can, type Actor, type RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import type { AanmeldingStap, Fase, FollowUpMoment, LinkAntwoord, Role, StopReden, ToestemmingBron, ToestemmingDoor } from "../generated/prisma/enums";
import { geldigeToestemming, isAfgeschermd, toestemmingStand, ZONDER_TOESTEMMING, type ToestemmingStand } from "./consent-shield";
import { leerlingLabel, trajectCode } from "./student-label";
import { isInEffect, type Actie, type HistoryAction } from "./history";
import { actiesVoor, isCorrigeerbaar } from "./rules";
import { leesPaginaRelaties } from "./page-read";
import { paginaKolommen, type ListRow, type VooroverlegDetail } from "./selects";
import { standOf, type Stand } from "./stand";
import { currentTerm, INTENSIEF_MAX_WEEKS, type Term } from "./terms";
import { geenSchrijfmogelijkheden, schrijfmogelijkheden, vensters, type Schrijfsoort } from "./write-windows";

export interface TrajectSummary {
  id: string;
  leerling: string;
  /** No valid consent: only the school sees who the student is and what the dossier says. */
  afgeschermd: boolean;
  school: string;
  topteam: string | null;
  fase: Fase;
  aanmeldingStap: AanmeldingStap | null;
  windstreekoverstijgend: boolean;
  aangemeldOp: Date;
  term: Term | null;
}

export function toSummary(row: ListRow, today: Date, actor: Actor): TrajectSummary {
  const afgeschermd = isAfgeschermd(row, actor, today);
  return {
    id: row.id,
    leerling: leerlingLabel(row, afgeschermd),
    afgeschermd,
    school: row.school.naam,
    topteam: row.topteam?.naam ?? null,
    fase: row.fase,
    aanmeldingStap: row.aanmeldingStap,
    windstreekoverstijgend: row.windstreekoverstijgend,
    aangemeldOp: row.aangemeldOp,
    term: currentTerm({ ...row, followUpsDone: row.followUps.map((f) => f.moment) }, today),
  };
}

export interface HistoryEntry {
  id: string;
  action: HistoryAction;
  vanFase: Fase | null;
  vanStap: AanmeldingStap | null;
  naarFase: Fase;
  naarStap: AanmeldingStap | null;
  datum: Date;
  recordedAt: Date;
  door: string;
  notitie: string;
  /** For a correction: the row it undid. */
  correctsId: string | null;
  /** This row was undone by a later correction. */
  teruggedraaid: boolean;
}

export interface Contact {
  rol: Role;
  naam: string;
  email: string;
}

export interface TrajectDetail extends TrajectSummary {
  code: string;
  toestemming: ToestemmingStand;
  /** Who works on this traject and how to reach them: the team's gedragswetenschapper, who is assigned, the school's zorgcoördinator, the onderwijsadviseur. */
  contacten: Contact[];
  /** Why the traject stopped or was declined, as the step recorded it; null while it runs. */
  stopToelichting: string | null;
  studentId: string | null;
  /** The kennismakingsgesprek, once held: from then on the Topteam works in the traject. */
  onderzoekStart: Date | null;
  lisaReferentie: string | null;
  stopReden: StopReden | null;
  intensiefWeken: number;
  /** The optimistic-concurrency token the page's forms send back. */
  version: number;
  stand: Stand;
  followUpsGedaan: FollowUpMoment[];
  history: HistoryEntry[];
  /** The transitions this user may try now; the server checks their guards when made. */
  acties: Actie[];
  /** The last transition in effect, which a correction would undo, if this user may. */
  terugdraaibaar: HistoryEntry | null;
  /** What this user may record here, from the domain's write windows; the server checks again. */
  mag: Record<Schrijfsoort, boolean>;
  /** Which kinds of record belong where the traject is, whoever records them. */
  hoortHier: Record<Schrijfsoort, boolean>;
  /** The onderwijsadviseur's questions to the school, and the answers. */
  infoVragen: { id: string; vraag: string; gesteldOp: Date; antwoord: string | null; beantwoordOp: Date | null }[];
  /** From the request to approval (or today), and the days of that spent waiting for the school. */
  wachttijd: { dagen: number; wachtOpSchool: number } | null;
  /** The collegiaal vooroverleg as planned and recorded; null when none, or shielded. */
  vooroverleg: VooroverlegDetail | null;
  /** The OPP files, newest first; empty when shielded. */
  documenten: { id: string; bestandsnaam: string; grootte: number; uploadedAt: Date }[];
  /** The handover for the OPP can be downloaded: for the school and the Topteam, from intensief on. */
  overdrachtsdocument: boolean;
  /** The consent that counts came through a consent link (not on paper). */
  toestemmingViaLink: boolean;
  /** For the school, which records them: every consent, withdrawn ones included. */
  toestemmingen: {
    id: string;
    gegevenDoor: "OUDERS" | "LEERLING";
    naamGever: string;
    gegevenOp: Date;
    ingetrokkenOp: Date | null;
    bron: ToestemmingBron;
    tekstVersie: string | null;
  }[];
  /** For the school: the consent requests sent by e-mail, newest first. */
  toestemmingLinks: { id: string; voor: ToestemmingDoor; createdAt: Date; verlooptOp: Date; antwoord: LinkAntwoord | null; antwoordOp: Date | null }[];
}

/**
 * One traject, if `actor` may read it; null otherwise, whether it does not exist or is out of
 * scope, so that a probe by URL learns nothing. A refused attempt is logged as a denial.
 */
export async function getTraject(ctx: RequestContext, id: string, today = amsterdamDay()): Promise<TrajectDetail | null> {
  const audit = { action: "TRAJECT_READ", onderdeel: "traject" } as const;
  // The scoped check reads the traject's own columns; its relations follow in one statement.
  const traject = await findReadableTraject(ctx, id, paginaKolommen, audit);
  if (!traject) return null;
  const [relaties] = await Promise.all([
    leesPaginaRelaties(id),
    recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", trajectId: id, studentId: traject.studentId, ip: ctx.ip }),
  ]);
  if (!relaties) return null;
  const { contacten, toestemmingLinks, ...rest } = relaties;
  const row = {
    ...traject,
    ...rest,
    // The rule on consent counts the consents still standing; the school sees them all.
    consents: rest.consents.filter((c) => c.ingetrokkenOp === null),
  };
  const history: HistoryEntry[] = row.history.map((h) => ({
    id: h.id,
    action: h.action as HistoryAction,
    vanFase: h.vanFase,
    vanStap: h.vanStap,
    naarFase: h.naarFase,
    naarStap: h.naarStap,
    datum: h.datum,
    recordedAt: h.recordedAt,
    notitie: h.notitie,
    correctsId: h.correctsId,
    door: h.door,
    teruggedraaid: h.teruggedraaid,
  }));
  // Shown in the order things happened, not the order they were recorded: a back-dated entry
  // sits at its own date (the page says when it was recorded).
  history.sort((a, b) => a.datum.getTime() - b.datum.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime());
  const laatste = row.history.findLast((h) => isInEffect({ ...h, corrected: h.teruggedraaid }));
  const stand = standOf(row.fase, row.aanmeldingStap);
  const undoable = laatste && laatste.heeftVoorToestand && isCorrigeerbaar(laatste.action, ctx.actor.role);
  const terugdraaibaar = undoable ? history.find((entry) => entry.id === laatste.id)! : null;
  const summary = toSummary(row, today, ctx.actor);
  // Shielded: nothing to write, and of the steps only stopping the traject.
  const mag = summary.afgeschermd ? geenSchrijfmogelijkheden() : schrijfmogelijkheden(ctx.actor, stand);
  const gestopt = row.fase === "GESTOPT" ? history.findLast((entry) => entry.naarFase === "GESTOPT" && !entry.teruggedraaid) : undefined;
  return {
    ...summary,
    code: trajectCode(row.nummer),
    toestemming: toestemmingStand(row, rest.consents.length - row.consents.length, today),
    contacten: contacten.map((c) => ({ rol: c.role, naam: c.naam, email: c.email })),
    stopToelichting: gestopt && !summary.afgeschermd ? gestopt.notitie || null : null,
    studentId: summary.afgeschermd ? null : (row.student?.id ?? null),
    onderzoekStart: row.onderzoekStart,
    lisaReferentie: summary.afgeschermd ? null : row.lisaReferentie,
    stopReden: row.stopReden,
    intensiefWeken: row.intensiefWeken,
    version: row.version,
    stand,
    followUpsGedaan: row.followUps.map((f) => f.moment),
    history: summary.afgeschermd ? history.map((entry) => ({ ...entry, notitie: "" })) : history,
    // Offer no step that cannot apply: nothing to undo, or intensief already at its maximum.
    acties: actiesVoor(stand, ctx.actor.role).filter(
      (actie) =>
        (actie !== "CORRECTIE" || terugdraaibaar !== null) &&
        (actie !== "INTENSIEF_VERLENGD" || row.intensiefWeken < INTENSIEF_MAX_WEEKS) &&
        (!summary.afgeschermd || actie === ZONDER_TOESTEMMING),
    ),
    terugdraaibaar,
    mag,
    hoortHier: vensters(stand),
    infoVragen: summary.afgeschermd ? [] : row.infoVragen,
    vooroverleg: summary.afgeschermd ? null : row.vooroverleg,
    documenten: summary.afgeschermd ? [] : row.documenten,
    overdrachtsdocument: can(ctx.actor, "overdracht:read") && row.intensiefStart !== null && row.student !== null && !summary.afgeschermd,
    wachttijd: row.aanvraagOp ? wachttijd(row.aanvraagOp, row.goedgekeurdOp, row.infoVragen, today) : null,
    toestemmingViaLink: geldigeToestemming(row, today)?.bron === "LINK",
    // The school records consent, so it sees every consent, withdrawn ones included, and its requests.
    ...(mag.intrekking ? { toestemmingen: rest.consents, toestemmingLinks } : { toestemmingen: [], toestemmingLinks: [] }),
  };
}
