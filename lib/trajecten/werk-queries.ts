// What the Topteam recorded in a traject, for its page: the team, goals with their evaluations,
// handelingsadviezen, the handover and the exit questionnaire. Read in the actor's scope, like
// every dossier read; the page's own read (getTraject) writes the audit row, the gate a denial.
import "server-only";
import { findReadableTraject } from "../access";
import { can, TOPTEAM_ROLES, zichtbaarWhere, type RequestContext } from "../authz";
import { db } from "../db";
import type {
  ActiviteitSoort,
  AdviesVoor,
  AfspraakPartij,
  DoelBesluit,
  DoelGebied,
  DoelStatus,
  ExitVoor,
  JaNeeOnbekend,
  NetwerkSoort,
  ObservatieSituatie,
  OverdrachtAan,
  Role,
  Zichtbaarheid,
} from "../generated/prisma/enums";

export interface Persoon {
  id: string;
  naam: string;
  role: Role;
}

export interface TrajectWerk {
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
  netwerk: { id: string; soort: NetwerkSoort; naam: string; organisatie: string; zichtbaarheid: Zichtbaarheid }[];
  activiteiten: {
    id: string;
    soort: ActiviteitSoort;
    datum: Date;
    deelnemers: string;
    situatie: ObservatieSituatie | null;
    /** Only when the actor may see that contact. */
    gesprekMet: string | null;
    notitie: string;
    zichtbaarheid: Zichtbaarheid;
  }[];
  notities: { id: string; datum: Date; tekst: string; zichtbaarheid: Zichtbaarheid; door: string }[];
  afspraken: { id: string; partij: AfspraakPartij; afspraak: string }[];
  escalaties: { id: string; datum: Date; niveau: number; kwestie: string; wie: string; oplossing: string | null; opgelostOp: Date | null; zichtbaarheid: Zichtbaarheid }[];
  /** Only for the Topteam: who answered and what. */
  exit: {
    links: { voor: ExitVoor; verlooptOp: Date; gebruiktOp: Date | null }[];
    antwoorden: { voor: ExitVoor; tevredenheid: number; samenwerking: number; bruikbaarheid: number; resultaat: number; opmerking: string; ingevuldOp: Date }[];
  } | null;
}

const persoon = { select: { id: true, naam: true, role: true } } as const;


export async function getTrajectWerk(ctx: RequestContext, trajectId: string): Promise<TrajectWerk | null> {
  // Who leads sees the team's members that could be assigned.
  const leiden = can(ctx.actor, "traject:staff");
  const topteam = TOPTEAM_ROLES.includes(ctx.actor.role);
  const zichtbaar = zichtbaarWhere(ctx.actor);
  const row = await findReadableTraject(ctx, trajectId, {
      topteamId: true,
      assignments: { orderBy: { assignedAt: "asc" }, select: { user: persoon } },
      doelen: { orderBy: [{ afgesprokenOp: "asc" }, { createdAt: "asc" }], select: { id: true, omschrijving: true, gebied: true, status: true, eigenaar: persoon } },
      evaluaties: {
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }],
        select: { id: true, datum: true, deelnemers: true, doelen: { select: { doelId: true, voortgang: true, besluit: true, toelichting: true } } },
      },
      adviezen: { orderBy: { createdAt: "asc" }, select: { id: true, voor: true, tekst: true, getest: true, werkt: true, inOpp: true } },
      overdrachten: { orderBy: { datum: "asc" }, select: { aan: true, datum: true, notitie: true } },
      netwerk: { where: zichtbaar, orderBy: { createdAt: "asc" }, select: { id: true, soort: true, naam: true, organisatie: true, zichtbaarheid: true } },
      activiteiten: {
        where: zichtbaar,
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }],
        select: { id: true, soort: true, datum: true, deelnemers: true, situatie: true, notitie: true, zichtbaarheid: true, gesprekMet: { select: { naam: true, soort: true, zichtbaarheid: true } } },
      },
      notities: { where: zichtbaar, orderBy: [{ datum: "asc" }, { createdAt: "asc" }], select: { id: true, datum: true, tekst: true, zichtbaarheid: true, createdById: true } },
      afspraken: { orderBy: { createdAt: "asc" }, select: { id: true, partij: true, afspraak: true } },
      escalaties: {
        where: zichtbaar,
        orderBy: [{ datum: "asc" }, { createdAt: "asc" }],
        select: { id: true, datum: true, niveau: true, kwestie: true, wie: true, oplossing: true, opgelostOp: true, zichtbaarheid: true },
      },
      exitLinks: topteam ? { orderBy: { createdAt: "desc" }, select: { voor: true, verlooptOp: true, gebruiktOp: true } } : false,
      exitAntwoorden: topteam
        ? { orderBy: { ingevuldOp: "asc" }, select: { voor: true, tevredenheid: true, samenwerking: true, bruikbaarheid: true, resultaat: true, opmerking: true, ingevuldOp: true } }
        : false,
  }, { action: "TRAJECT_READ", onderdeel: "werk" });
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
  const auteurs = new Map(
    (await db().user.findMany({ where: { id: { in: row.notities.map((n) => n.createdById) } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]),
  );
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
    activiteiten: row.activiteiten.map(({ gesprekMet, ...a }) => ({
      ...a,
      gesprekMet: gesprekMet && (topteam || gesprekMet.zichtbaarheid === "GEDEELD") ? gesprekMet.naam : null,
    })),
    notities: row.notities.map(({ createdById, ...n }) => ({ ...n, door: auteurs.get(createdById) ?? "" })),
    afspraken: row.afspraken,
    escalaties: row.escalaties,
    exit: topteam ? { links: row.exitLinks ?? [], antwoorden: row.exitAntwoorden ?? [] } : null,
  };
}
