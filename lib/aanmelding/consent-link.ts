// Consent by link (beside the paper route): the school sends a single-use link to the parents or
// the student; they read the versioned consent text without an account and give or refuse
// consent, and later withdraw it through the same link, with the same immediate effect as when
// the school withdraws it. Only hashes of the link and the address are kept (lib/users/token-link.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { z } from "zod";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay, formatDay } from "../calendar";
import { db } from "../db";
import { AppError } from "../errors";
import { vervalFigurenVan } from "../figures/figures-cache";
import { naHerberekening, werkTakenBij } from "../tasks/stored";
import { ZTrajectBasis } from "../forms/schema";
import type { Prisma } from "../generated/prisma/client";
import type { LinkAntwoord, ToestemmingDoor } from "../generated/prisma/enums";
import { meldToestemmingsantwoord } from "../mail/notifications";
import { queueMail } from "../mail/outbox";
import { toestemmingVan } from "../trajecten/consent-shield";
import type { Gebeurtenis } from "../trajecten/history";
import { schrijfInDossier } from "../trajecten/dossier-write";
import { trajectCode } from "../trajecten/student-label";
import { hashAdres, hashToken, linkPlaceholder, tokenFor } from "../users/token-link";
import { HUIDIGE_VERSIE, TOESTEMMING_VAN, toestemmingstekst, type Toestemmingstekst } from "./consent-text";

export const TOESTEMMING_LINK_DAGEN = 14;

export const ZToestemmingVragen = z.object({
  ...ZTrajectBasis.shape,
  voor: z.enum(["OUDERS", "LEERLING"], { error: "Kies aan wie u toestemming vraagt." }),
  email: z.string({ error: "Vul een e-mailadres in." }).trim().toLowerCase().max(254, "Dit e-mailadres is te lang.").pipe(z.email("Vul een geldig e-mailadres in.")),
});

export const ZToestemmingAntwoord = z.object({
  token: z.string().trim().min(20).max(100),
  antwoord: z.enum(["GEGEVEN", "GEWEIGERD"], { error: "Kies of u toestemming geeft." }),
  naam: z.string({ error: "Vul uw naam in." }).trim().min(1, "Vul uw naam in.").max(200, "Gebruik hoogstens 200 tekens."),
});

export const ZToestemmingIntrekken = z.object({ token: z.string().trim().min(20).max(100) });

/**
 * The school asks consent by e-mail. A new request to the same party ends the earlier open one,
 * so only the latest link works. The address is used for the mail and kept only as a hash.
 */
export async function vraagToestemmingPerLink(ctx: RequestContext, input: z.infer<typeof ZToestemmingVragen>, now = new Date()): Promise<void> {
  const today = amsterdamDay(now);
  await schrijfInDossier(ctx, input, "toestemming", async (tx, traject) => {
    const student = traject.studentId ? await tx.student.findUnique({ where: { id: traject.studentId }, select: { geboortedatum: true } }) : null;
    if (!student) throw new AppError("VOORWAARDE", "Zet de leerling eerst op naam: toestemming geldt voor een leerling op naam.", "voor");
    if (input.voor === "LEERLING" && toestemmingVan(student, today) !== "LEERLING") {
      throw new AppError("VOORWAARDE", "De leerling is jonger dan 16: de ouders of verzorgers geven toestemming.", "voor");
    }
    await tx.toestemmingLink.updateMany({ where: { trajectId: traject.id, voor: input.voor, antwoord: null, verlooptOp: { gt: now } }, data: { verlooptOp: now } });
    const id = randomUUID();
    const verlooptOp = addDays(now, TOESTEMMING_LINK_DAGEN);
    await tx.toestemmingLink.create({
      data: {
        id,
        trajectId: traject.id,
        voor: input.voor,
        tokenHash: hashToken(tokenFor(id, "toestemminglink")),
        adresHash: hashAdres(input.email),
        tekstVersie: HUIDIGE_VERSIE,
        verlooptOp,
        createdById: ctx.actor.id,
      },
    });
    const school = await tx.school.findUniqueOrThrow({ where: { id: traject.schoolId }, select: { naam: true } });
    const tot = formatDay(amsterdamDay(verlooptOp));
    await queueMail(tx, [input.email], "toestemmingGevraagd", { school: school.naam, url: linkPlaceholder(id, "toestemminglink"), tot });
    return { gebeurtenis: "TOESTEMMING_GEVRAAGD", datum: today, notitie: `Toestemming gevraagd per e-mail aan ${TOESTEMMING_VAN[input.voor]}; de link is geldig tot en met ${tot}.`, result: undefined };
  });
}

const REDEN = {
  onbekend: "Deze link bestaat niet. Controleer of u de hele link heeft gebruikt, of vraag de school om een nieuwe.",
  verlopen: "Deze link is verlopen. Vraag de school om een nieuwe link.",
  gebruikt: "U heeft dit verzoek al beantwoord. Een link werkt één keer.",
  nietIntrekbaar: "Er is via deze link geen toestemming (meer) om in te trekken.",
};

/** What the link's page shows: never the student, only the school, the text and the state. */
export type LinkStand =
  | { soort: "ONGELDIG"; reden: string }
  | {
      soort: "OPEN" | "GEGEVEN" | "GEWEIGERD" | "INGETROKKEN";
      voor: ToestemmingDoor;
      school: string;
      tekst: Toestemmingstekst;
      verlooptOp: Date;
      antwoordOp: Date | null;
      ingetrokkenOp: Date | null;
    };

const linkSelect = {
  id: true,
  trajectId: true,
  voor: true,
  tekstVersie: true,
  verlooptOp: true,
  antwoord: true,
  antwoordOp: true,
  createdById: true,
  traject: { select: { nummer: true, school: { select: { naam: true } } } },
  consent: { select: { id: true, ingetrokkenOp: true } },
} as const satisfies Prisma.ToestemmingLinkSelect;

type Link = Prisma.ToestemmingLinkGetPayload<{ select: typeof linkSelect }>;

function standOf(link: Link | null, now: Date): LinkStand {
  if (!link) return { soort: "ONGELDIG", reden: REDEN.onbekend };
  const soort = link.consent?.ingetrokkenOp ? "INGETROKKEN" : (link.antwoord ?? (link.verlooptOp <= now ? null : "OPEN"));
  if (!soort) return { soort: "ONGELDIG", reden: REDEN.verlopen };
  return {
    soort,
    voor: link.voor,
    school: link.traject.school.naam,
    tekst: toestemmingstekst(link.tekstVersie),
    verlooptOp: link.verlooptOp,
    antwoordOp: link.antwoordOp,
    ingetrokkenOp: link.consent?.ingetrokkenOp ?? null,
  };
}

export async function toestemmingLinkStand(token: string, now = new Date()): Promise<LinkStand> {
  return standOf(await db().toestemmingLink.findUnique({ where: { tokenHash: hashToken(token) }, select: linkSelect }), now);
}

/**
 * A change through a link, in one transaction: the traject's row lock (so it takes turns with the
 * school's and the team's writes), the change, a new version, the figures it touches, the
 * history row and the audit row. Without an account, the history names the zorgcoördinator who
 * sent the link and says that the answer came through it.
 */
async function viaLink(token: string, ip: string | null, now: Date, work: (tx: Prisma.TransactionClient, link: Link) => Promise<{ gebeurtenis: Gebeurtenis; notitie: string; antwoord: string }>) {
  await db().$transaction(async (tx) => {
    const found = await tx.toestemmingLink.findUnique({ where: { tokenHash: hashToken(token) }, select: { trajectId: true } });
    if (!found) throw new AppError("VOORWAARDE", REDEN.onbekend);
    await naHerberekening(tx);
    const [traject] = await tx.$queryRaw<{ fase: string; aanmeldingStap: string | null }[]>`SELECT fase, "aanmeldingStap" FROM "Traject" WHERE id = ${found.trajectId} FOR UPDATE`;
    // Read again under the lock: a second answer at the same moment sees the first.
    const link = (await tx.toestemmingLink.findUnique({ where: { tokenHash: hashToken(token) }, select: linkSelect }))!;
    const done = await work(tx, link);
    const today = amsterdamDay(now);
    await tx.traject.update({ where: { id: link.trajectId }, data: { version: { increment: 1 } } });
    await vervalFigurenVan(tx, link.trajectId);
    await werkTakenBij(tx, [link.trajectId], today);
    const fase = traject!.fase as Prisma.TrajectTransitionCreateManyInput["naarFase"];
    const stap = traject!.aanmeldingStap as Prisma.TrajectTransitionCreateManyInput["naarStap"];
    await tx.trajectTransition.create({
      data: { trajectId: link.trajectId, action: done.gebeurtenis, vanFase: fase, vanStap: stap, naarFase: fase, naarStap: stap, datum: today, actorId: link.createdById, notitie: done.notitie },
    });
    await recordAudit(tx, { actor: null, action: "CONSENT_CHANGE", onderdeel: "toestemminglink", outcome: "ALLOWED", trajectId: link.trajectId, subject: `toestemminglink:${link.id}`, ip });
    await meldToestemmingsantwoord(tx, link.trajectId, link.createdById, done.antwoord, trajectCode(link.traject.nummer));
  });
}

/** Gives or refuses consent, once: of two answers at once, one wins and the other is refused. */
export async function beantwoordToestemming(input: z.infer<typeof ZToestemmingAntwoord>, ip: string | null, now = new Date()): Promise<LinkAntwoord> {
  await viaLink(input.token, ip, now, async (tx, link) => {
    const stand = standOf(link, now);
    if (stand.soort === "ONGELDIG") throw new AppError("VOORWAARDE", stand.reden);
    if (stand.soort !== "OPEN") throw new AppError("VOORWAARDE", REDEN.gebruikt);
    await tx.toestemmingLink.update({ where: { id: link.id }, data: { antwoord: input.antwoord, antwoordOp: now, antwoordIp: ip } });
    const door = TOESTEMMING_VAN[link.voor];
    if (input.antwoord === "GEWEIGERD") {
      return { gebeurtenis: "TOESTEMMING_GEWEIGERD", notitie: `Geen toestemming van ${door} (${input.naam}), via de link (tekst ${link.tekstVersie}).`, antwoord: "geweigerd" };
    }
    await tx.consent.create({
      data: {
        trajectId: link.trajectId,
        gegevenDoor: link.voor,
        naamGever: input.naam,
        gegevenOp: amsterdamDay(now),
        recordedById: link.createdById,
        bron: "LINK",
        tekstVersie: link.tekstVersie,
        linkId: link.id,
      },
    });
    return {
      gebeurtenis: "TOESTEMMING_VASTGELEGD",
      notitie: `Toestemming van ${door} (${input.naam}) om gegevens te delen met het samenwerkingsverband en het Topteam, via de link (tekst ${link.tekstVersie}).`,
      antwoord: "gegeven",
    };
  });
  return input.antwoord;
}

/** Withdraws the consent the link gave, at any time after: from now on only the school sees the dossier. */
export async function trekToestemmingInViaLink(input: z.infer<typeof ZToestemmingIntrekken>, ip: string | null, now = new Date()): Promise<void> {
  await viaLink(input.token, ip, now, async (tx, link) => {
    if (!link.consent || link.consent.ingetrokkenOp) throw new AppError("VOORWAARDE", REDEN.nietIntrekbaar);
    await tx.consent.update({ where: { id: link.consent.id }, data: { ingetrokkenOp: amsterdamDay(now), withdrawnById: null } });
    return {
      gebeurtenis: "TOESTEMMING_INGETROKKEN",
      notitie: `Toestemming ingetrokken door ${TOESTEMMING_VAN[link.voor]}, via de link: het delen van gegevens met het samenwerkingsverband en het Topteam stopt.`,
      antwoord: "ingetrokken",
    };
  });
}
