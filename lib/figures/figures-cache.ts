// The figures of closed quarters, kept per quarter and filter: a closed quarter's figures change
// only when a traject's history changes, so the page and its three exports read them once. Every
// write to a traject deletes, in its own transaction, the rows whose quarters that traject could
// have been part of (those ending after it began); an organisation change deletes them all.
//
// A figure computed while a write commits must not be kept stale: writers take a shared advisory
// lock before they delete, the one filling the cache takes it exclusively around computing and
// storing. A write waits at most one computation; writes do not wait for each other.
import "server-only";
import { currentDatabase, db } from "../db";
import type { Prisma } from "../generated/prisma/client";

type Writer = Prisma.TransactionClient;

/** The advisory lock of the figures cache (an arbitrary, fixed number). */
const SLOT = 7_202_001;

/** Deletes the cached figures a change to trajecten begun on or after `vanaf` could alter; all without it. */
export async function vervalFiguren(tx: Writer, vanaf: Date | null): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${SLOT})`;
  await tx.figurenCache.deleteMany({ where: vanaf ? { tot: { gt: vanaf } } : {} });
}

/** The same, for a write to traject `trajectId`: from the day it began. */
export async function vervalFigurenVan(tx: Writer, trajectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${SLOT})`;
  await tx.$executeRaw`DELETE FROM "FigurenCache" WHERE tot > (SELECT "aangemeldOp" FROM "Traject" WHERE id = ${trajectId})`;
}

/** The cached figures under `sleutel`, or what `bereken` computes on `client`, then kept. */
export async function gecachteFiguren<T>(sleutel: string, tot: Date, bereken: (client: Pick<Writer, "$queryRaw">) => Promise<T>): Promise<T> {
  const hit = await db().figurenCache.findUnique({ where: { sleutel }, select: { figuren: true } });
  if (hit) return hit.figuren as T;
  return db().$transaction(
    async (tx) => {
      // Every write that could change these figures has committed before this, or waits for it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SLOT})`;
      const meanwhile = await tx.figurenCache.findUnique({ where: { sleutel }, select: { figuren: true } });
      if (meanwhile) return meanwhile.figuren as T;
      // The lock is this transaction's, so on the server the figures may be computed on the pool,
      // in parallel: they see every committed write, and those still to commit wait for the lock.
      // The embedded engine has one connection, which this transaction holds.
      const figuren = await bereken(currentDatabase().engine.kind === "embedded" ? tx : db());
      await tx.figurenCache.create({ data: { sleutel, tot, figuren: figuren as Prisma.InputJsonValue } });
      return figuren;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
