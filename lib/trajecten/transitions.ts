// Makes a transition in the database: reads the traject in the write frame of lib/access.ts
// (row lock, write scope, version), lets the domain (decide.ts) decide, and writes the traject,
// its history row, what the transition records (goals, handelingsadviezen, a follow-up) and the
// audit row in one transaction.
import "server-only";
import { inWritableTraject } from "../access";
import { recordAudit } from "../audit";
import { meldGoedkeuring } from "../mail/notifications";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { AppError, MELDING } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { beslis, type TrajectFeiten } from "./decide";
import { werkTermijnBij } from "./due-date";
import { GEBEURTENISSEN } from "./history";
import { FASEVELDEN_SELECT, pickFasevelden, snapshotOf, type FaseveldenSnapshot } from "./phase-fields";
import { verslagVan, type OvergangVerzoek } from "./transition-input";
import { heeftGeldigeToestemming, TOESTEMMING_SELECT, toestemmingVan } from "./consent-shield";

const feitenSelect = {
  id: true,
  version: true,
  studentId: true,
  ...FASEVELDEN_SELECT,
  school: { select: { windstreek: { select: { topteam: { select: { id: true, capaciteit: true, actief: true } } } } } },
  topteam: { select: { members: { where: { role: "GEDRAGSWETENSCHAPPER", active: true }, select: { id: true }, take: 1 } } },
  ...TOESTEMMING_SELECT,
  infoVragen: { where: { antwoord: null }, select: { id: true }, take: 1 },
  followUps: { select: { moment: true } },
  _count: { select: { doelen: true, adviezen: true } },
  // The latest transition still in effect: neither a correction nor corrected.
  history: {
    where: { correctsId: null, correctedBy: { is: null }, action: { notIn: [...GEBEURTENISSEN] } },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { id: true, action: true, datum: true, voorToestand: true },
  },
} satisfies Prisma.TrajectSelect;

type FeitenRow = Prisma.TrajectGetPayload<{ select: typeof feitenSelect }>;

/** The facts on `datum`, the step's date: consent is judged at the student's age on that day. */
function feitenOf(row: FeitenRow, teamVol: boolean, datum: Date): TrajectFeiten {
  const laatste = row.history[0];
  return {
    ...pickFasevelden(row),
    heeftLeerling: row.studentId !== null,
    heeftToestemming: heeftGeldigeToestemming(row, datum),
    toestemmingVan: toestemmingVan(row.student, datum),
    openVraag: row.infoVragen.length > 0,
    teamVanWindstreek: row.school.windstreek.topteam?.id ?? null,
    teamVol,
    teamHeeftGedragswetenschapper: (row.topteam?.members.length ?? 0) > 0,
    doelen: row._count.doelen,
    handelingsadviezen: row._count.adviezen,
    followUps: row.followUps.map((f) => f.moment),
    laatsteOvergang: laatste
      ? { id: laatste.id, actie: laatste.action, datum: laatste.datum, voorToestand: laatste.voorToestand as FaseveldenSnapshot | null }
      : null,
  };
}

export interface OvergangResultaat {
  overgangId: string;
  version: number;
}

// Says no more than that: whose traject holds the number is not the school's to know.
const lisaInGebruik = () => new AppError("VOORWAARDE", "Deze LISA-referentie is al in gebruik. Controleer het nummer in LISA.", "lisaReferentie");

/**
 * The team's occupancy (the count the triggers on "Traject" keep, docs/decisions/0024), with its
 * row locked until the transaction ends: two approvals for the team's last place take turns, and
 * the second sees the first's traject counted. The row is made if the team has none yet, so that
 * there is always one to lock.
 */
async function bezettingVastgehouden(tx: Prisma.TransactionClient, topteamId: string): Promise<number> {
  const [rij] = await tx.$queryRaw<{ lopend: number }[]>`
    INSERT INTO "TeamBezetting" ("topteamId") VALUES (${topteamId})
    ON CONFLICT ("topteamId") DO UPDATE SET lopend = "TeamBezetting".lopend
    RETURNING lopend`;
  return rij!.lopend;
}

/**
 * Makes the transition `verzoek` asks for, as `ctx.actor`. Throws an AppError when the
 * traject is out of reach, the role or phase is wrong, a guard fails, or someone else changed
 * the traject since `verzoek.version` was read; then nothing is written except, for a refusal
 * on access, the denial in the audit log.
 */
export async function maakOvergang(ctx: RequestContext, verzoek: OvergangVerzoek, today = amsterdamDay()): Promise<OvergangResultaat> {
  const action = verzoek.actie === "CORRECTIE" ? "TRAJECT_CORRECTION" : "TRAJECT_TRANSITION";
  const write = { trajectId: verzoek.trajectId, version: verzoek.version, permission: "traject:transition" as const, audit: { action, onderdeel: "fase" } } as const;
  return inWritableTraject(ctx, write, feitenSelect, async (tx, row) => {
    // Only an approval assigns a team, so only an approval reads the team's occupancy. A
    // deactivated team takes no new trajecten: like a full one, the coördinator then chooses.
    const team = row.school.windstreek.topteam;
    const teamVol = verzoek.actie === "AANVRAAG_GOEDGEKEURD" && team !== null ? !team.actief || (await bezettingVastgehouden(tx, team.id)) >= team.capaciteit : false;
    const feiten = feitenOf(row, teamVol, verzoek.datum);
    const besluit = beslis(feiten, ctx.actor.role, verzoek, today);

    const lisa = "lisaReferentie" in besluit.na ? besluit.na.lisaReferentie : null;
    if (lisa && (await tx.traject.count({ where: { lisaReferentie: lisa, id: { not: row.id } } })) > 0) throw lisaInGebruik();
    const updated = await tx.traject
      .updateMany({ where: { id: row.id, version: row.version }, data: { ...besluit.na, version: { increment: 1 } } })
      // Two requests with one reference at the same moment: the unique index decides.
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === "P2002" && lisa ? lisaInGebruik() : error;
      });
    if (updated.count !== 1) throw new AppError("CONFLICT", MELDING.CONFLICT);

    const overgang = await tx.trajectTransition.create({
      data: {
        trajectId: row.id,
        action: verzoek.actie,
        vanFase: row.fase,
        vanStap: row.aanmeldingStap,
        naarFase: besluit.na.fase,
        naarStap: besluit.na.aanmeldingStap,
        datum: verzoek.datum,
        actorId: ctx.actor.id,
        notitie: verzoek.notitie,
        voorToestand: snapshotOf(feiten),
        correctsId: besluit.corrigeert,
      },
      select: { id: true },
    });
    await schrijfVastlegging(tx, ctx, verzoek, row.id, overgang.id, besluit.corrigeert);
    await werkTermijnBij(tx, row.id);
    await recordAudit(tx, { actor: ctx.actor, action, onderdeel: "fase", outcome: "ALLOWED", trajectId: row.id, studentId: row.studentId, ip: ctx.ip });
    if (verzoek.actie === "AANVRAAG_GOEDGEKEURD") await meldGoedkeuring(tx, row.id, besluit.na.topteamId ?? null);
    return { overgangId: overgang.id, version: row.version + 1 };
  });
}

/** What a transition records besides the phase, or, for a correction, what it takes back. */
async function schrijfVastlegging(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  verzoek: OvergangVerzoek,
  trajectId: string,
  transitionId: string,
  corrigeert: string | null,
): Promise<void> {
  switch (verzoek.actie) {
    case "VOOROVERLEG_GEPLAND": {
      const plan = { geplandOp: verzoek.geplandOp, deelnemers: verzoek.deelnemers, anoniem: verzoek.anoniem, recordedById: ctx.actor.id };
      await tx.vooroverleg.upsert({ where: { trajectId }, create: { trajectId, ...plan }, update: plan });
      return;
    }
    case "VOOROVERLEG_GEHOUDEN": {
      const record = { ...verslagVan(verzoek), recordedById: ctx.actor.id };
      await tx.vooroverleg.upsert({ where: { trajectId }, create: { trajectId, ...record }, update: record });
      return;
    }
    case "INTENSIEF_GESTART":
      await tx.doel.createMany({
        data: verzoek.doelen.map((doel) => ({ ...doel, trajectId, transitionId, afgesprokenOp: verzoek.datum, createdById: ctx.actor.id })),
      });
      return;
    case "BORGING_GESTART":
      await tx.handelingsadvies.createMany({
        data: verzoek.adviezen.map((advies) => ({ ...advies, trajectId, transitionId, createdById: ctx.actor.id })),
      });
      return;
    case "FOLLOW_UP_VASTGELEGD":
      await tx.followUp.create({
        data: {
          trajectId,
          transitionId,
          moment: verzoek.moment,
          contactOp: verzoek.datum,
          contactDoorId: ctx.actor.id,
          opUitstroomniveau: verzoek.opUitstroomniveau,
          diplomaVerwacht: verzoek.diplomaVerwacht,
          notitie: verzoek.notitie,
        },
      });
      return;
    case "CORRECTIE":
      // What the undone transition recorded goes with it; its history row stays.
      await tx.doel.deleteMany({ where: { transitionId: corrigeert! } });
      await tx.handelingsadvies.deleteMany({ where: { transitionId: corrigeert! } });
      await tx.followUp.deleteMany({ where: { transitionId: corrigeert! } });
      return;
    default:
      return;
  }
}
