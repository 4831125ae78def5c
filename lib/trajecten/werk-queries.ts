// What the Topteam recorded in a traject, for its page: the team, goals with their evaluations,
// handelingsadviezen, the handover and the exit questionnaire. Read in the actor's scope, like
// every dossier read; the page's own read (getTraject) writes the audit row.
import { can, trajectWhere } from "../authz";
import { db } from "../db";
import type { AdviesVoor, DoelBesluit, DoelGebied, DoelStatus, ExitVoor, JaNeeOnbekend, OverdrachtAan, Role } from "../generated/prisma/enums";
import type { QueryContext } from "./queries";

export interface Persoon {
  id: string;
  naam: string;
  role: Role;
}

export interface TrajectWerk {
  /** The actor records work here (goals, evaluations, advice, handover). */
  schrijven: boolean;
  /** The actor leads: assigns team members, makes exit links. */
  leiden: boolean;
  toegewezen: Persoon[];
  /** The team's Topdocenten and hulpverleners not yet assigned; only for who leads. */
  beschikbaar: Persoon[];
  doelen: {
    id: string;
    omschrijving: string;
    gebied: DoelGebied;
    status: DoelStatus;
    eigenaar: Persoon | null;
    /** Each evaluation's score for this goal, oldest first: its progress chart. */
    reeks: { datum: Date; voortgang: number; besluit: DoelBesluit }[];
  }[];
  evaluaties: { id: string; datum: Date; deelnemers: string; doelen: { doelId: string; voortgang: number; besluit: DoelBesluit; toelichting: string }[] }[];
  adviezen: { id: string; voor: AdviesVoor; tekst: string; getest: boolean; werkt: JaNeeOnbekend; inOpp: boolean }[];
  overdrachten: { aan: OverdrachtAan; datum: Date; notitie: string }[];
  /** Only for the Topteam: who answered and what. */
  exit: {
    links: { voor: ExitVoor; verlooptOp: Date; gebruiktOp: Date | null }[];
    antwoorden: { voor: ExitVoor; tevredenheid: number; samenwerking: number; bruikbaarheid: number; resultaat: number; opmerking: string; ingevuldOp: Date }[];
  } | null;
}

const persoon = { select: { id: true, naam: true, role: true } } as const;
const TOPTEAM_ROLLEN: Role[] = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER"];

export async function getTrajectWerk(ctx: QueryContext, trajectId: string): Promise<TrajectWerk | null> {
  if (!can(ctx.actor, "traject:read")) return null;
  const leiden = can(ctx.actor, "traject:staff");
  const topteam = TOPTEAM_ROLLEN.includes(ctx.actor.role);
  const row = await db().traject.findFirst({
    where: { AND: [{ id: trajectId }, trajectWhere(ctx.actor, "traject:read")] },
    select: {
      topteamId: true,
      assignments: { orderBy: { assignedAt: "asc" }, select: { user: persoon } },
      doelen: { orderBy: [{ afgesprokenOp: "asc" }, { createdAt: "asc" }], select: { id: true, omschrijving: true, gebied: true, status: true, eigenaar: persoon } },
      evaluaties: {
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }],
        select: { id: true, datum: true, deelnemers: true, doelen: { select: { doelId: true, voortgang: true, besluit: true, toelichting: true } } },
      },
      adviezen: { orderBy: { createdAt: "asc" }, select: { id: true, voor: true, tekst: true, getest: true, werkt: true, inOpp: true } },
      overdrachten: { orderBy: { datum: "asc" }, select: { aan: true, datum: true, notitie: true } },
      exitLinks: topteam ? { orderBy: { createdAt: "desc" }, select: { voor: true, verlooptOp: true, gebruiktOp: true } } : false,
      exitAntwoorden: topteam
        ? { orderBy: { ingevuldOp: "asc" }, select: { voor: true, tevredenheid: true, samenwerking: true, bruikbaarheid: true, resultaat: true, opmerking: true, ingevuldOp: true } }
        : false,
    },
  });
  if (!row) return null;
  const toegewezen = row.assignments.map((a) => a.user);
  const beschikbaar =
    leiden && row.topteamId
      ? await db().user.findMany({
          where: { topteamId: row.topteamId, active: true, role: { in: ["TOPDOCENT", "HULPVERLENER"] }, id: { notIn: toegewezen.map((p) => p.id) } },
          orderBy: { naam: "asc" },
          ...persoon,
        })
      : [];
  return {
    schrijven: can(ctx.actor, "traject:work"),
    leiden,
    toegewezen,
    beschikbaar,
    doelen: row.doelen.map((doel) => ({
      ...doel,
      reeks: row.evaluaties.flatMap((e) => e.doelen.filter((d) => d.doelId === doel.id).map((d) => ({ datum: e.datum, voortgang: d.voortgang, besluit: d.besluit }))),
    })),
    evaluaties: row.evaluaties,
    adviezen: row.adviezen,
    overdrachten: row.overdrachten,
    exit: topteam ? { links: row.exitLinks ?? [], antwoorden: row.exitAntwoorden ?? [] } : null,
  };
}
