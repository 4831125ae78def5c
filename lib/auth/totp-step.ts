// Using up a TOTP code's time step, once: a conditional update, so that two sign-ins with one
// code at the same moment cannot both pass.
import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** Records `step` as the user's last; false when that step (or a later one) was used already. */
export async function claimTotpStep(tx: Prisma.TransactionClient, userId: string, step: number): Promise<boolean> {
  const used = await tx.user.updateMany({ where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
  return used.count === 1;
}
