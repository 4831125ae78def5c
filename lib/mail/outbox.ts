// The e-mail outbox: a message is a row written in the transaction of the change it tells of,
// with its job; the worker sends it (lib/mail/delivery.ts), retrying, and marks the outcome. The
// functioneel beheerder sees the outbox and may send a failed message again.
import "server-only";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { MailStatus } from "../generated/prisma/enums";
import { appUrl } from "../http/deployment";
import { enqueue, enqueueNow } from "../jobs/boss";
import { QUEUE } from "../jobs/queues";
import { MAILS, type MailInhoud, type MailSoort } from "./templates";

/** A link into the app, from its public origin (never from a request's host). */
export const linkNaar = (pad: string): string => new URL(pad, appUrl()).href;

/** Queues `soort` for each address, inside `tx`: sent if and only if the change commits. */
export async function queueMail<S extends MailSoort>(tx: Prisma.TransactionClient, aan: string[], soort: S, data: Parameters<(typeof MAILS)[S]>[0]): Promise<void> {
  const inhoud: MailInhoud = (MAILS[soort] as (d: typeof data) => MailInhoud)(data);
  for (const adres of new Set(aan)) {
    const { id } = await tx.mailBericht.create({ data: { aan: adres, soort, ...inhoud }, select: { id: true } });
    await enqueue(tx, QUEUE.mail, { mailId: id });
  }
}

export interface OutboxRegel {
  id: string;
  aan: string;
  onderwerp: string;
  status: MailStatus;
  pogingen: number;
  laatsteFout: string | null;
  createdAt: Date;
  verzondenOp: Date | null;
}

/** The newest messages, for the functioneel beheerder; with their text only in demo mode (BEWAARD). */
export async function listOutbox(ctx: RequestContext, limit = 100): Promise<{ regels: (OutboxRegel & { tekst: string | null })[]; telling: Record<MailStatus, number> }> {
  await authorize(ctx, "mail:manage", { action: "MAIL_LIST", onderdeel: "e-mail" });
  const [rows, groups] = await Promise.all([
    db().mailBericht.findMany({
      select: { id: true, aan: true, onderwerp: true, tekst: true, status: true, pogingen: true, laatsteFout: true, createdAt: true, verzondenOp: true },
      orderBy: { createdAt: "desc" },
      take: limit,
    }),
    db().mailBericht.groupBy({ by: ["status"], _count: true }),
  ]);
  const telling = { WACHT: 0, VERZONDEN: 0, BEWAARD: 0, MISLUKT: 0 } satisfies Record<MailStatus, number>;
  for (const group of groups) telling[group.status] = group._count;
  await recordAudit(db(), { actor: ctx.actor, action: "MAIL_LIST", onderdeel: "e-mail", outcome: "ALLOWED", ip: ctx.ip });
  return {
    regels: rows.map((row) => ({ ...row, tekst: row.status === "BEWAARD" ? row.tekst : null })),
    telling,
  };
}

/** Sends a failed message again: back to WACHT with a new job. */
export async function retryMail(ctx: RequestContext, mailId: string): Promise<void> {
  await authorize(ctx, "mail:manage", { action: "MAIL_RETRY", onderdeel: "e-mail" });
  const { count } = await db().mailBericht.updateMany({ where: { id: mailId, status: "MISLUKT" }, data: { status: "WACHT", laatsteFout: null } });
  if (count === 0) throw new AppError("VOORWAARDE", "Dit bericht is niet (meer) mislukt.");
  await enqueueNow(QUEUE.mail, { mailId });
  await recordAudit(db(), { actor: ctx.actor, action: "MAIL_RETRY", onderdeel: "e-mail", outcome: "ALLOWED", ip: ctx.ip });
}
