// Who is told what, by e-mail, when something in a traject needs them. Called inside the
// transaction of the change, so the message exists exactly when the change does. The message
// names no student (lib/mail/templates.ts): the link leads to the traject after sign-in. A user
// who switched a kind off (lib/mail/preferences.ts) is not sent it.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { linkNaar, queueMail } from "./outbox";
import { MELDING_VAN } from "./preferences";
import type { MailSoort } from "./templates";

/** The active users `where` selects who did not switch off the kind `soort` belongs to. */
async function ontvangers(tx: Prisma.TransactionClient, soort: MailSoort, where: Prisma.UserWhereInput): Promise<string[]> {
  const melding = MELDING_VAN[soort];
  const users = await tx.user.findMany({
    where: { ...where, active: true, ...(melding ? { NOT: { meldingenUit: { has: melding } } } : {}) },
    select: { email: true },
  });
  return users.map((u) => u.email);
}

const trajectLink = (trajectId: string) => linkNaar(`/trajecten/${encodeURIComponent(trajectId)}`);

/** An approved request: to its team's gedragswetenschapper, or, with the team full, to the coördinator. */
export async function meldGoedkeuring(tx: Prisma.TransactionClient, trajectId: string, topteamId: string | null): Promise<void> {
  if (!topteamId) {
    await queueMail(tx, await ontvangers(tx, "aanvraagWachtOpTeam", { role: "COORDINATOR" }), "aanvraagWachtOpTeam", { url: trajectLink(trajectId) });
    return;
  }
  const team = await tx.topteam.findUniqueOrThrow({ where: { id: topteamId }, select: { naam: true } });
  const aan = await ontvangers(tx, "aanvraagVoorTeam", { role: "GEDRAGSWETENSCHAPPER", topteamId });
  await queueMail(tx, aan, "aanvraagVoorTeam", { team: team.naam, url: trajectLink(trajectId) });
}

/** The coördinator assigned a team: its gedragswetenschapper is told, and whether it comes from another windstreek. */
export async function meldToewijzing(tx: Prisma.TransactionClient, trajectId: string, team: { id: string; naam: string }, overstijgend: boolean): Promise<void> {
  const soort = overstijgend ? "toegewezenUitAndereWindstreek" : "aanvraagVoorTeam";
  const aan = await ontvangers(tx, soort, { role: "GEDRAGSWETENSCHAPPER", topteamId: team.id });
  await queueMail(tx, aan, soort, { team: team.naam, url: trajectLink(trajectId) });
}

/** The onderwijsadviseur asks the school for information: to the school's zorgcoördinatoren. */
export async function meldInformatieVraag(tx: Prisma.TransactionClient, trajectId: string, schoolId: string): Promise<void> {
  await queueMail(tx, await ontvangers(tx, "informatieGevraagd", { role: "ZORGCOORDINATOR", schoolId }), "informatieGevraagd", { url: trajectLink(trajectId) });
}

/** The school answered: to the onderwijsadviseur who asked. */
export async function meldAntwoord(tx: Prisma.TransactionClient, trajectId: string, gesteldDoorId: string): Promise<void> {
  await queueMail(tx, await ontvangers(tx, "informatieBeantwoord", { id: gesteldDoorId }), "informatieBeantwoord", { url: trajectLink(trajectId) });
}

/** Parents or a student answered a consent link: to the zorgcoördinator who sent it. */
export async function meldToestemmingsantwoord(tx: Prisma.TransactionClient, trajectId: string, verstuurdDoorId: string, antwoord: string, code: string): Promise<void> {
  await queueMail(tx, await ontvangers(tx, "toestemmingBeantwoord", { id: verstuurdDoorId }), "toestemmingBeantwoord", { antwoord, code, url: trajectLink(trajectId) });
}
