// The running term's last day, stored on the traject so that lists sort and filter by urgency in
// SQL. It is derived, never entered: the one write path of the phase fields (transitions.ts)
// sets it again in its own transaction, from the same currentTerm the page shows.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { termijnEinde } from "./terms";

export const TERMIJN_FEITEN_SELECT = {
  fase: true,
  onderzoekStart: true,
  intensiefStart: true,
  intensiefWeken: true,
  borgingStart: true,
  followUpStart: true,
  followUps: { select: { moment: true } },
} as const satisfies Prisma.TrajectSelect;

type TermijnFeiten = Prisma.TrajectGetPayload<{ select: typeof TERMIJN_FEITEN_SELECT }>;

export function termijnOpVan(row: TermijnFeiten): Date | null {
  return termijnEinde({ ...row, followUpsDone: row.followUps.map((f) => f.moment) });
}

/** Sets `termijnOp` from what the traject holds now, inside the transaction that changed it. */
export async function werkTermijnBij(tx: Prisma.TransactionClient, trajectId: string): Promise<void> {
  const row = await tx.traject.findUniqueOrThrow({ where: { id: trajectId }, select: TERMIJN_FEITEN_SELECT });
  await tx.traject.update({ where: { id: trajectId }, data: { termijnOp: termijnOpVan(row) } });
}
