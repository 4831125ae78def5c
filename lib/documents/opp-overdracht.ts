// The handover document for the school's OPP (handbook, Borgingsfase: what works ends up as
// handelingsadviezen "in het ondersteuningsperspectiefplan van de leerling"): the adviezen by for
// whom, what was tried and how each goal went, who at school took it over. For the school and the
// Topteam only, never with team-only content, and every download is logged as an export.
import "server-only";
import { findReadableTraject, recordDenial } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import { AppError } from "../errors";
import type { AdviesVoor, DoelBesluit, DoelGebied, DoelStatus, JaNeeOnbekend, OverdrachtAan } from "../generated/prisma/enums";
import { isAfgeschermd, TOESTEMMING_SELECT } from "../trajecten/consent-shield";
import { trajectCode } from "../trajecten/student-label";

export interface OppOverdracht {
  code: string;
  leerling: string;
  school: string;
  topteam: string;
  intensiefStart: Date;
  borgingStart: Date | null;
  /** The day the document was made. */
  opgesteldOp: Date;
  adviezen: { voor: AdviesVoor; tekst: string; getest: boolean; werkt: JaNeeOnbekend; inOpp: boolean }[];
  doelen: {
    omschrijving: string;
    gebied: DoelGebied;
    status: DoelStatus;
    eigenaar: string | null;
    afgesprokenOp: Date;
    /** Each evaluation's score for this goal, oldest first: the evidence, and its chart. */
    reeks: { datum: Date; voortgang: number; besluit: DoelBesluit; toelichting: string }[];
  }[];
  /** To whom at school (and in the network) the adviezen were handed over in borging. */
  overdrachten: { aan: OverdrachtAan; datum: Date; notitie: string }[];
  /** Who to ask: the school's zorgcoördinatoren and the team's gedragswetenschapper. */
  contacten: { naam: string; email: string; rol: "ZORGCOORDINATOR" | "GEDRAGSWETENSCHAPPER" }[];
}

const AUDIT = { action: "TRAJECT_EXPORT", onderdeel: "opp-overdracht" } as const;

/**
 * The handover of traject `trajectId` as `ctx.actor` may take it: null when unknown, out of scope
 * or shielded for the actor (logged as a denial); refused until intensief has started, since only
 * then are there goals and adviezen to hand over.
 */
export async function leesOppOverdracht(ctx: RequestContext, trajectId: string, today = amsterdamDay()): Promise<OppOverdracht | null> {
  const audit = { ...AUDIT, trajectId };
  const row = await findReadableTraject(
    ctx,
    trajectId,
    {
      nummer: true,
      intensiefStart: true,
      borgingStart: true,
      schoolId: true,
      topteamId: true,
      ...TOESTEMMING_SELECT,
      student: { select: { id: true, voornaam: true, achternaam: true, geboortedatum: true } },
      school: { select: { naam: true } },
      topteam: { select: { naam: true } },
      adviezen: { orderBy: { createdAt: "asc" }, select: { voor: true, tekst: true, getest: true, werkt: true, inOpp: true } },
      doelen: {
        orderBy: [{ afgesprokenOp: "asc" }, { createdAt: "asc" }],
        select: {
          omschrijving: true,
          gebied: true,
          status: true,
          afgesprokenOp: true,
          eigenaar: { select: { naam: true } },
          evaluaties: { select: { voortgang: true, besluit: true, toelichting: true, evaluatie: { select: { datum: true, createdAt: true } } } },
        },
      },
      overdrachten: { orderBy: { datum: "asc" }, select: { aan: true, datum: true, notitie: true } },
    },
    audit,
    "overdracht:read",
  );
  if (!row) return null;
  if (isAfgeschermd(row, ctx.actor, today)) {
    await recordDenial(ctx, audit);
    return null;
  }
  if (!row.intensiefStart || !row.student) throw new AppError("VOORWAARDE", "Het overdrachtsdocument is er zodra intensief is begonnen.");
  const [contacten] = await Promise.all([
    db().user.findMany({
      where: {
        active: true,
        OR: [{ role: "ZORGCOORDINATOR", schoolId: row.schoolId }, ...(row.topteamId ? [{ role: "GEDRAGSWETENSCHAPPER" as const, topteamId: row.topteamId }] : [])],
      },
      select: { naam: true, email: true, role: true },
      orderBy: [{ role: "desc" }, { naam: "asc" }],
    }),
    recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", studentId: row.student.id, ip: ctx.ip }),
  ]);
  return {
    code: trajectCode(row.nummer),
    leerling: `${row.student.voornaam} ${row.student.achternaam}`,
    school: row.school.naam,
    topteam: row.topteam?.naam ?? "",
    intensiefStart: row.intensiefStart,
    borgingStart: row.borgingStart,
    opgesteldOp: today,
    adviezen: row.adviezen,
    doelen: row.doelen.map(({ evaluaties, eigenaar, ...doel }) => ({
      ...doel,
      eigenaar: eigenaar?.naam ?? null,
      reeks: evaluaties
        .toSorted((a, b) => a.evaluatie.datum.getTime() - b.evaluatie.datum.getTime() || a.evaluatie.createdAt.getTime() - b.evaluatie.createdAt.getTime())
        .map((e) => ({ datum: e.evaluatie.datum, voortgang: e.voortgang, besluit: e.besluit, toelichting: e.toelichting })),
    })),
    overdrachten: row.overdrachten,
    contacten: contacten.map((c) => ({ naam: c.naam, email: c.email, rol: c.role as OppOverdracht["contacten"][number]["rol"] })),
  };
}
