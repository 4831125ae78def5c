// The one gate. Every read and write of a dossier, and every use of a permission outside one,
// passes here: the permission table (lib/authz.ts) decides, the row is found in the scope of
// the permission being used, and every refusal is written to the audit log before it is thrown
// or answered. Pages ask this module (through the flags their DTOs carry), never can() directly.
import "server-only";
import { recordAudit, type TAuditAction } from "./audit";
import { assertCan, can, trajectWhere, type Permission, type RequestContext, type Scope } from "./authz";
import { db } from "./db";
import { vervalFigurenVan } from "./figures/figures-cache";
import { naHerberekening, werkTakenBij } from "./tasks/stored";
import { AppError, isAccessRefusal, MELDING } from "./errors";
import type { Prisma } from "./generated/prisma/client";
import type { Role } from "./generated/prisma/enums";

export interface AccessAudit {
  action: TAuditAction;
  onderdeel: string;
  trajectId?: string | null;
  studentId?: string | null;
}

/** Writes the denial; outside any transaction, so that it stays when the refused work rolls back. */
export async function recordDenial(ctx: RequestContext, audit: AccessAudit): Promise<void> {
  await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "DENIED", ip: ctx.ip });
}

/** The actor's scope for `permission`; a role without it is refused, and the refusal logged. */
export async function authorize(ctx: RequestContext, permission: Permission, audit: AccessAudit): Promise<Scope> {
  if (!can(ctx.actor, permission)) await recordDenial(ctx, audit);
  return assertCan(ctx.actor, permission);
}

/** Whether page `pagina`, which is for `roles`, is for this actor; a visit that is not is logged. */
export async function mayVisit(ctx: RequestContext, pagina: string, roles: readonly Role[]): Promise<boolean> {
  if (roles.includes(ctx.actor.role)) return true;
  await recordDenial(ctx, { action: "PAGE_VISIT", onderdeel: pagina });
  return false;
}

/** The filter for trajecten within the actor's scope of `permission`, or null without that permission. */
function scoped(ctx: RequestContext, permission: Permission, id: string): Prisma.TrajectWhereInput | null {
  return can(ctx.actor, permission) ? { AND: [{ id }, trajectWhere(ctx.actor, permission)] } : null;
}

/**
 * One traject as `ctx.actor` may read it with `permission`, or null: unknown and out of scope
 * look the same. A null is logged as a denial under `audit`; an allowed read is the caller's to log.
 */
export async function findReadableTraject<S extends Prisma.TrajectSelect>(
  ctx: RequestContext,
  id: string,
  select: S,
  audit: AccessAudit,
  permission: Permission = "traject:read",
): Promise<Prisma.TrajectGetPayload<{ select: S }> | null> {
  const where = scoped(ctx, permission, id);
  const row = where ? await db().traject.findFirst({ where, select }) : null;
  if (!row) await recordDenial(ctx, { trajectId: id, ...audit });
  return row as Prisma.TrajectGetPayload<{ select: S }> | null;
}

// Generous: on the embedded engine all transactions share one connection and queue behind
// each other, so twenty at once must not time out while they wait their turn.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export interface TrajectWrite {
  trajectId: string;
  version: number;
  permission: Permission;
  audit: { action: TAuditAction; onderdeel: string };
}

/**
 * The frame of every write in one traject's dossier: one transaction holding the row lock, the
 * traject found in the scope of the write's own permission, and the version the page was
 * loaded with. Out of write scope but readable is "not allowed"; out of read scope too is "not
 * found". Either is logged as a denial; otherwise a refused write leaves no trace.
 */
export async function inWritableTraject<S extends Prisma.TrajectSelect & { version: true }, T>(
  ctx: RequestContext,
  write: TrajectWrite,
  select: S,
  work: (tx: Prisma.TransactionClient, row: Prisma.TrajectGetPayload<{ select: S }>) => Promise<T>,
): Promise<T> {
  try {
    return await db().$transaction(async (tx) => {
      // The row lock makes concurrent writes to one traject take turns; the version check
      // then turns every one but the first into a conflict. The stored tasks' lock comes first.
      await naHerberekening(tx);
      await tx.$executeRaw`SELECT 1 FROM "Traject" WHERE id = ${write.trajectId} FOR UPDATE`;
      const writable = scoped(ctx, write.permission, write.trajectId);
      const row = writable ? await tx.traject.findFirst({ where: writable, select }) : null;
      if (!row) {
        const readable = scoped(ctx, "traject:read", write.trajectId);
        const seen = readable ? await tx.traject.count({ where: readable }) : 0;
        if (seen === 0) throw new AppError("NIET_GEVONDEN", MELDING.NIET_GEVONDEN);
        throw new AppError("NIET_TOEGESTAAN", MELDING.NIET_TOEGESTAAN);
      }
      if ((row as { version: number }).version !== write.version) throw new AppError("CONFLICT", MELDING.CONFLICT);
      const result = await work(tx, row as Prisma.TrajectGetPayload<{ select: S }>);
      // Every write to a traject passes here: the closed quarters' figures and the stored tasks
      // it may change go with it.
      await vervalFigurenVan(tx, write.trajectId);
      await werkTakenBij(tx, [write.trajectId]);
      return result;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (isAccessRefusal(error)) await recordDenial(ctx, { ...write.audit, trajectId: write.trajectId });
    throw error;
  }
}
