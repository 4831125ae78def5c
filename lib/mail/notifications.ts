// Who is told what, by e-mail, when something in a traject needs them. Called inside the
// transaction of the change, so the message exists exactly when the change does. The message
// names no student (lib/mail/templates.ts): the link leads to the traject after sign-in.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { linkNaar, queueMail } from "./outbox";

async function adressen(tx: Prisma.TransactionClient, role: Role, where: Prisma.UserWhereInput = {}): Promise<string[]> {
  const users = await tx.user.findMany({ where: { ...where, role, active: true }, select: { email: true } });
  return users.map((u) => u.email);
}

const trajectLink = (trajectId: string) => linkNaar(`/trajecten/${encodeURIComponent(trajectId)}`);

/** An approved request: to its team's gedragswetenschapper, or, with the team full, to the coördinator. */
export async function meldGoedkeuring(tx: Prisma.TransactionClient, trajectId: string, topteamId: string | null): Promise<void> {
  if (!topteamId) {
    await queueMail(tx, await adressen(tx, "COORDINATOR"), "aanvraagWachtOpTeam", { url: trajectLink(trajectId) });
    return;
  }
  const team = await tx.topteam.findUniqueOrThrow({ where: { id: topteamId }, select: { naam: true } });
  await queueMail(tx, await adressen(tx, "GEDRAGSWETENSCHAPPER", { topteamId }), "aanvraagVoorTeam", { team: team.naam, url: trajectLink(trajectId) });
}

/** The onderwijsadviseur asks the school for information: to the school's zorgcoördinatoren. */
export async function meldInformatieVraag(tx: Prisma.TransactionClient, trajectId: string, schoolId: string): Promise<void> {
  await queueMail(tx, await adressen(tx, "ZORGCOORDINATOR", { schoolId }), "informatieGevraagd", { url: trajectLink(trajectId) });
}
