// What the Topteam recorded in a traject, for its page: the team, goals with their evaluations,
// handelingsadviezen, the handover and the exit questionnaire. Read in the actor's scope, like
// every dossier read; the page's own read (getTraject) writes the audit row, the gate a denial.
import "server-only";
import { findReadableTraject } from "../access";
import { can, TOPTEAM_ROLES, zichtbaarWhere, type RequestContext } from "../authz";
import { leesWerkRelaties, type WerkRijen } from "./werk-read";

export interface TrajectWerk extends Pick<WerkRijen, "toegewezen" | "beschikbaar" | "evaluaties" | "adviezen" | "overdrachten" | "netwerk" | "notities" | "afspraken" | "escalaties"> {
  doelen: (WerkRijen["doelen"][number] & {
    /** Each evaluation's score for this goal, oldest first: its progress chart. */
    reeks: { datum: Date; voortgang: number; besluit: WerkRijen["evaluaties"][number]["doelen"][number]["besluit"] }[];
  })[];
  activiteiten: (Omit<WerkRijen["activiteiten"][number], "gesprekMet" | "gesprekMetZichtbaarheid"> & {
    /** Only when the actor may see that contact. */
    gesprekMet: string | null;
  })[];
  /** Only for the Topteam: who answered and what. */
  exit: { links: WerkRijen["exitLinks"]; antwoorden: WerkRijen["exitAntwoorden"] } | null;
}

export async function getTrajectWerk(ctx: RequestContext, trajectId: string): Promise<TrajectWerk | null> {
  const topteam = TOPTEAM_ROLES.includes(ctx.actor.role);
  // The one visibility this reader sees of the team's records, or null for all.
  const zichtbaarheid = zichtbaarWhere(ctx.actor).zichtbaarheid ?? null;
  // The scope is checked here, as for every dossier read; what is shown follows in one statement.
  const row = await findReadableTraject(ctx, trajectId, { id: true }, { action: "TRAJECT_READ", onderdeel: "werk" });
  if (!row) return null;
  const werk = await leesWerkRelaties(trajectId, {
    zichtbaarheid,
    exit: topteam,
    // Who leads sees the team's members that could be assigned.
    beschikbaar: can(ctx.actor, "traject:staff"),
  });
  if (!werk) return null;
  const { exitLinks, exitAntwoorden, ...rest } = werk;
  return {
    ...rest,
    doelen: werk.doelen.map((doel) => ({
      ...doel,
      reeks: werk.evaluaties.flatMap((e) => e.doelen.filter((d) => d.doelId === doel.id).map((d) => ({ datum: e.datum, voortgang: d.voortgang, besluit: d.besluit }))),
    })),
    activiteiten: werk.activiteiten.map(({ gesprekMet, gesprekMetZichtbaarheid, ...a }) => ({
      ...a,
      // Who the conversation was with, under the same visibility as the contact itself.
      gesprekMet: zichtbaarheid === null || gesprekMetZichtbaarheid === zichtbaarheid ? gesprekMet : null,
    })),
    exit: topteam ? { links: exitLinks, antwoorden: exitAntwoorden } : null,
  };
}
