// The frame of every write in one traject's dossier, phase transitions included: one
// transaction holding the row lock, the traject as the actor may see it, the permission to
// write and the version the page was loaded with. A refusal of access (unknown, out of scope,
// wrong role) is logged as a denial; otherwise a refused write leaves no trace.
import { recordAudit, type TAuditAction } from "../audit";
import { can, trajectWhere, type Permission } from "../authz";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { QueryContext } from "./queries";
import { MELDING, OvergangGeweigerd, type Gebeurtenis } from "./workflow";

// Generous: on the embedded engine all transactions share one connection and queue behind
// each other, so twenty at once must not time out while they wait their turn.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export interface TrajectWrite {
  trajectId: string;
  version: number;
  permission: Permission;
  audit: { action: TAuditAction; onderdeel: string };
}

/** Runs `work` on the locked traject, read with `select`, once every check has passed. */
export async function inTraject<S extends Prisma.TrajectSelect & { version: true }, T>(
  ctx: QueryContext,
  write: TrajectWrite,
  select: S,
  work: (tx: Prisma.TransactionClient, row: Prisma.TrajectGetPayload<{ select: S }>) => Promise<T>,
): Promise<T> {
  try {
    // A role without dossier access learns no more than a wrong id would tell it.
    if (!can(ctx.actor, "traject:read")) throw new OvergangGeweigerd("NIET_GEVONDEN", MELDING.NIET_GEVONDEN);
    return await db().$transaction(async (tx) => {
      // The row lock makes concurrent writes to one traject take turns; the version check
      // then turns every one but the first into a conflict.
      await tx.$executeRaw`SELECT 1 FROM "Traject" WHERE id = ${write.trajectId} FOR UPDATE`;
      const row = await tx.traject.findFirst({ where: { AND: [{ id: write.trajectId }, trajectWhere(ctx.actor, "traject:read")] }, select });
      if (!row) throw new OvergangGeweigerd("NIET_GEVONDEN", MELDING.NIET_GEVONDEN);
      // Seeing a traject is not writing in it: that is the permission's own scope and roles.
      if (!can(ctx.actor, write.permission)) throw new OvergangGeweigerd("NIET_TOEGESTAAN", MELDING.NIET_TOEGESTAAN);
      if ((row as { version: number }).version !== write.version) throw new OvergangGeweigerd("CONFLICT", MELDING.CONFLICT);
      return work(tx, row as Prisma.TrajectGetPayload<{ select: S }>);
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof OvergangGeweigerd && (error.code === "NIET_GEVONDEN" || error.code === "NIET_TOEGESTAAN")) {
      await recordAudit(db(), { actor: ctx.actor, ...write.audit, outcome: "DENIED", trajectId: write.trajectId, ip: ctx.ip });
    }
    throw error;
  }
}

const dossierSelect = { id: true, version: true, studentId: true, schoolId: true, fase: true, aanmeldingStap: true } as const;

export type DossierRow = Prisma.TrajectGetPayload<{ select: typeof dossierSelect }>;

export interface DossierWrite<T> {
  permission: Permission;
  audit: { action: TAuditAction; onderdeel: string };
  /**
   * Does the work; returns what to record in the history, a result, and the student the
   * traject names afterwards if the work changed it.
   */
  work(tx: Prisma.TransactionClient, traject: DossierRow): Promise<{ gebeurtenis: Gebeurtenis; datum: Date; notitie: string; result: T; studentId?: string }>;
}

/** A write that is not a phase transition (consent, naming the student, …): an event row in the history. */
export async function schrijfInDossier<T>(ctx: QueryContext, trajectId: string, version: number, write: DossierWrite<T>): Promise<T> {
  return inTraject(ctx, { trajectId, version, permission: write.permission, audit: write.audit }, dossierSelect, async (tx, row) => {
    const done = await write.work(tx, row);
    await tx.traject.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    await tx.trajectTransition.create({
      data: {
        trajectId: row.id,
        action: done.gebeurtenis,
        vanFase: row.fase,
        vanStap: row.aanmeldingStap,
        naarFase: row.fase,
        naarStap: row.aanmeldingStap,
        datum: done.datum,
        actorId: ctx.actor.id,
        notitie: done.notitie,
      },
    });
    const studentId = done.studentId ?? row.studentId;
    await recordAudit(tx, { actor: ctx.actor, ...write.audit, outcome: "ALLOWED", trajectId: row.id, studentId, ip: ctx.ip });
    return done.result;
  });
}

/**
 * The Topteam's work in a traject (goals, evaluations, advice, handover): a dossier write with
 * the permission to work in it, allowed only in the phases the work belongs to.
 */
export async function schrijfWerk<T>(
  ctx: QueryContext,
  input: { trajectId: string; version: number },
  { onderdeel, fasen, buitenFase }: { onderdeel: string; fasen: readonly string[]; buitenFase: string },
  work: DossierWrite<T>["work"],
): Promise<T> {
  return schrijfInDossier(ctx, input.trajectId, input.version, {
    permission: "traject:work",
    audit: { action: "TRAJECT_WORK", onderdeel },
    async work(tx, traject) {
      if (!fasen.includes(traject.fase)) throw new OvergangGeweigerd("VERKEERDE_FASE", buitenFase);
      return work(tx, traject);
    },
  });
}
