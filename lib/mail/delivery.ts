// Sending one message of the outbox, as the worker's mail job. Idempotent: a message already sent
// (or kept, without SMTP) is left alone, so a job that runs twice sends once. A failure counts an
// attempt, notes the SMTP client's code (never the message, which may quote an address) and
// throws, so that pg-boss retries; after the last retry the dead-letter job marks it MISLUKT.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db";
import { appUrl } from "../http/deployment";
import { expandLinks } from "../users/token-link";
import { ADRES_NIET_BEWAARD, type MailSoort } from "./templates";

/** What the outbox shows, once sent, for the address of someone without an account. */
export const NIET_BEWAARD = "(adres niet bewaard)";

type Env = Record<string, string | undefined>;

/** The SMTP connection of SMTP_URL (e.g. `smtps://user:pass@smtp.example.nl:465`), or null: keep mails. */
export function mailTransport(env: Env = process.env): Transporter | null {
  return env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
}

export const mailFrom = (env: Env = process.env): string => env.MAIL_FROM || "Toptrajecten <noreply@toptrajecten.invalid>";

function foutcode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  return [typeof e.code === "string" ? e.code : "FOUT", typeof e.responseCode === "number" ? String(e.responseCode) : null].filter(Boolean).join(" ");
}

export async function deliver(mailId: string, transport: Transporter | null, from: string): Promise<void> {
  const mail = await db().mailBericht.findUnique({ where: { id: mailId } });
  if (!mail || mail.status === "VERZONDEN" || mail.status === "BEWAARD") return;
  if (!transport) {
    await db().mailBericht.update({ where: { id: mailId }, data: { status: "BEWAARD" } });
    return;
  }
  try {
    // A link is made now, from its placeholder: the outbox never holds it.
    await transport.sendMail({ from, to: mail.aan, subject: mail.onderwerp, text: expandLinks(mail.tekst, appUrl().href), html: expandLinks(mail.html, appUrl().href) });
  } catch (error) {
    const code = foutcode(error);
    await db().mailBericht.update({ where: { id: mailId }, data: { status: "WACHT", pogingen: { increment: 1 }, laatsteFout: code } });
    throw new Error(`SMTP: ${code}`);
  }
  // A parent's or student's address is not kept once it served: they have no account here.
  const aan = ADRES_NIET_BEWAARD.has(mail.soort as MailSoort) ? NIET_BEWAARD : mail.aan;
  await db().mailBericht.update({ where: { id: mailId }, data: { status: "VERZONDEN", aan, pogingen: { increment: 1 }, verzondenOp: new Date(), laatsteFout: null } });
}

/** Every retry failed: the functioneel beheerder sees it under Beheer and may send it again. */
export async function markFailed(mailId: string): Promise<void> {
  await db().mailBericht.updateMany({ where: { id: mailId, status: "WACHT" }, data: { status: "MISLUKT" } });
}
