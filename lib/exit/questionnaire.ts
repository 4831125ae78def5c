// The exit questionnaire at closure: one single-use link each for the parents and the student,
// valid for a limited time, answered without an account. Only a hash of each token is stored,
// and the link is shown once, when it is made. The Topteam reads the answers in the traject;
// the SWV sees them only in aggregate.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { addDays } from "date-fns";
import { z } from "zod";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay, formatDay } from "../calendar";
import { db } from "../db";
import type { ExitVoor } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { ZTrajectBasis } from "../forms/schema";
import { schrijfInDossier } from "../trajecten/dossier-write";

export const EXIT_GELDIG_DAGEN = 30;

const score = z.coerce
  .number({ error: "Kies een score van 1 tot 5." })
  .int("Kies een score van 1 tot 5.")
  .min(1, "Kies een score van 1 tot 5.")
  .max(5, "Kies een score van 1 tot 5.");

export const ZExitAntwoord = z.object({
  token: z.string().trim().min(20).max(100),
  tevredenheid: score,
  samenwerking: score,
  bruikbaarheid: score,
  resultaat: score,
  opmerking: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").default(""),
});

export const ZExitLinks = ZTrajectBasis;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * New links for a closed traject that the Topteam worked in. Links made earlier and not yet
 * used stop working, so that only the links just handed out are valid.
 */
export async function createExitLinks(ctx: RequestContext, input: z.infer<typeof ZExitLinks>, now = new Date()): Promise<{ voor: ExitVoor; token: string }[]> {
  return schrijfInDossier(ctx, input, "exitLinks", async (tx, traject) => {
    const { onderzoekStart } = await tx.traject.findUniqueOrThrow({ where: { id: traject.id }, select: { onderzoekStart: true } });
    if (!onderzoekStart) {
      throw new AppError("VERKEERDE_FASE", "De exit-vragenlijst hoort bij een afgesloten traject waarin het Topteam heeft gewerkt.");
    }
    await tx.exitLink.updateMany({ where: { trajectId: traject.id, gebruiktOp: null, verlooptOp: { gt: now } }, data: { verlooptOp: now } });
    const links = (["OUDERS", "LEERLING"] as const).map((voor) => ({ voor, token: randomBytes(32).toString("base64url") }));
    await tx.exitLink.createMany({
      data: links.map(({ voor, token }) => ({ trajectId: traject.id, voor, tokenHash: hash(token), verlooptOp: addDays(now, EXIT_GELDIG_DAGEN), createdById: ctx.actor.id })),
    });
    const tot = formatDay(amsterdamDay(addDays(now, EXIT_GELDIG_DAGEN)));
    return { gebeurtenis: "EXIT_LINKS_GEMAAKT", datum: amsterdamDay(now), notitie: `Links voor ouders en leerling, geldig tot ${tot}.`, result: links };
  });
}

export type ExitLinkStatus = { geldig: true; voor: ExitVoor } | { geldig: false; reden: string };

const REDEN = {
  onbekend: "Deze link bestaat niet. Controleer of u de hele link heeft gebruikt.",
  gebruikt: "Deze vragenlijst is al ingevuld. Dank u wel!",
  verlopen: "Deze link is verlopen. Vraag het Topteam om een nieuwe link.",
};

function statusOf(link: { voor: ExitVoor; gebruiktOp: Date | null; verlooptOp: Date } | null, now: Date): ExitLinkStatus {
  if (!link) return { geldig: false, reden: REDEN.onbekend };
  if (link.gebruiktOp) return { geldig: false, reden: REDEN.gebruikt };
  if (link.verlooptOp <= now) return { geldig: false, reden: REDEN.verlopen };
  return { geldig: true, voor: link.voor };
}

/** Whether a link may still be answered; tells nothing about the traject it belongs to. */
export async function exitLinkStatus(token: string, now = new Date()): Promise<ExitLinkStatus> {
  const link = await db().exitLink.findUnique({ where: { tokenHash: hash(token) }, select: { voor: true, gebruiktOp: true, verlooptOp: true } });
  return statusOf(link, now);
}

/**
 * Stores the answers and uses up the link, in one transaction. Of two submissions at once only
 * one can take the link: the update only matches while it is unused.
 */
export async function submitExit(input: z.infer<typeof ZExitAntwoord>, ip: string | null, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const link = await tx.exitLink.findUnique({ where: { tokenHash: hash(input.token) }, select: { id: true, trajectId: true, voor: true, gebruiktOp: true, verlooptOp: true } });
    const status = statusOf(link, now);
    if (!status.geldig || !link) throw new AppError("VOORWAARDE", status.geldig ? REDEN.onbekend : status.reden);
    const taken = await tx.exitLink.updateMany({ where: { id: link.id, gebruiktOp: null, verlooptOp: { gt: now } }, data: { gebruiktOp: now } });
    if (taken.count !== 1) throw new AppError("VOORWAARDE", REDEN.gebruikt);
    const { tevredenheid, samenwerking, bruikbaarheid, resultaat, opmerking } = input;
    await tx.exitAntwoord.create({ data: { tevredenheid, samenwerking, bruikbaarheid, resultaat, opmerking, trajectId: link.trajectId, linkId: link.id, voor: link.voor, ingevuldOp: now } });
    await recordAudit(tx, { actor: null, action: "EXIT_ANSWER", onderdeel: "exit-vragenlijst", outcome: "ALLOWED", trajectId: link.trajectId, ip });
  });
}
