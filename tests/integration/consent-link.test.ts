// Consent by link: the school sends it, the mail carries it (the outbox does not), the parents
// answer once without an account, and withdraw through the same link, with immediate effect.
import { describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { day } from "@/lib/calendar";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import {
  beantwoordToestemming,
  toestemmingLinkStand,
  trekToestemmingInViaLink,
  vraagToestemmingPerLink,
  ZToestemmingVragen,
} from "@/lib/aanmelding/consent-link";
import { toestemmingstekst } from "@/lib/aanmelding/consent-text";
import { formulierPdf, leesFormuliergegevens } from "@/lib/documents/toestemmingsformulier";
import { NIET_BEWAARD } from "@/lib/mail/delivery";
import { getTraject } from "@/lib/trajecten/queries";
import { hashAdres } from "@/lib/users/token-link";
import { until, withMailWorker } from "../support/mail-worker";
import { pdfText } from "../support/pdf-text";
import { mailText } from "../support/smtp";
import { refusal, seededWithCasts, trajectAt, versionOf, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const now = new Date("2026-11-20T10:00:00Z");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const mail = withMailWorker(() => setup.database);
const zc = (cast: Cast = setup.own) => ({ actor: cast.ZORGCOORDINATOR, ip: "10.1.1.1" });
const gw = () => ({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "10.1.1.2" });

/** A traject the team works in whose paper consent the school withdrew: shielded from the team. */
async function afgeschermd(): Promise<string> {
  const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
  const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
  await withdrawConsent(zc(), { trajectId: id, version: await versionOf(db(), id), consentId: consent.id, ingetrokkenOp: today }, today);
  expect((await getTraject(gw(), id, today))!.afgeschermd).toBe(true);
  return id;
}

/** Sends a request to `email` and returns the token from the mail that arrives. */
async function vraag(trajectId: string, email: string, voor: "OUDERS" | "LEERLING" = "OUDERS", op = now): Promise<string> {
  const eerder = mail.smtp().received.length;
  await vraagToestemmingPerLink(zc(), { trajectId, version: await versionOf(db(), trajectId), voor, email }, op);
  const ontvangen = await until(() => mail.smtp().received.slice(eerder).find((m) => m.to.includes(email)), `the consent mail to ${email}`);
  const link = /https?:\/\/\S+\/toestemming\/([\w-]+)/.exec(mailText(ontvangen.raw));
  expect(link, "a link in the mail").not.toBeNull();
  return link![1]!;
}

describe("consent by link", () => {
  it("mails a link that the outbox and the database do not hold, names no student, and forgets the address once sent", async () => {
    const id = await afgeschermd();
    const email = "ouder.een@voorbeeld.test";
    const token = await vraag(id, email);
    const { student } = await db().traject.findUniqueOrThrow({ where: { id }, select: { student: true } });
    const raw = mailText(mail.smtp().received.findLast((m) => m.to.includes(email))!.raw);
    expect(raw).not.toContain(student!.achternaam);
    expect(raw).toContain("vraagt uw toestemming");

    const link = await db().toestemmingLink.findFirstOrThrow({ where: { trajectId: id } });
    expect(link.adresHash).toBe(hashAdres(email));
    expect(JSON.stringify(link)).not.toContain(token);
    const outbox = await until(() => db().mailBericht.findFirst({ where: { soort: "toestemmingGevraagd", status: "VERZONDEN", tekst: { contains: link.id } } }), "the sent mail");
    expect(outbox.aan).toBe(NIET_BEWAARD);
    expect(`${outbox.tekst}${outbox.html}`).not.toContain(token);
    expect(await db().mailBericht.count({ where: { aan: email } })).toBe(0);
    const history = await db().trajectTransition.findFirstOrThrow({ where: { trajectId: id, action: "TOESTEMMING_GEVRAAGD" } });
    expect(history.notitie).not.toContain(email);
  });

  it("takes one answer: consent given lifts the shield at once, is shown as by link, and a second use is refused", async () => {
    const id = await afgeschermd();
    const token = await vraag(id, "ouder.twee@voorbeeld.test");
    expect(await toestemmingLinkStand(token, now)).toMatchObject({ soort: "OPEN", voor: "OUDERS", school: expect.any(String), tekst: { versie: "2026-1" } });

    // Two answers at once: one wins, the other is told the link was used.
    const [een, twee] = await Promise.allSettled([
      beantwoordToestemming({ token, antwoord: "GEGEVEN", naam: "Ouder Twee" }, "192.0.2.7", now),
      beantwoordToestemming({ token, antwoord: "GEGEVEN", naam: "Ouder Twee" }, "192.0.2.7", now),
    ]);
    expect([een.status, twee.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().consent.count({ where: { trajectId: id, ingetrokkenOp: null } })).toBe(1);
    const link = await db().toestemmingLink.findFirstOrThrow({ where: { trajectId: id }, include: { consent: true } });
    expect(link).toMatchObject({ antwoord: "GEGEVEN", antwoordIp: "192.0.2.7" });
    expect(link.consent).toMatchObject({ bron: "LINK", tekstVersie: "2026-1", gegevenDoor: "OUDERS", naamGever: "Ouder Twee" });

    const traject = (await getTraject(gw(), id, today))!;
    expect(traject.afgeschermd).toBe(false);
    expect(traject.toestemmingViaLink).toBe(true);
    expect((await getTraject(zc(), id, today))!.toestemmingLinks[0]).toMatchObject({ antwoord: "GEGEVEN" });
    expect((await refusal(beantwoordToestemming({ token, antwoord: "GEGEVEN", naam: "Iemand" }, null, now))).message).toBe("U heeft dit verzoek al beantwoord. Een link werkt één keer.");
    // Logged without an actor, and the school told by mail.
    expect(await db().auditLog.count({ where: { trajectId: id, action: "CONSENT_CHANGE", userId: null, subject: `toestemminglink:${link.id}` } })).toBe(1);
    expect(await db().mailBericht.count({ where: { soort: "toestemmingBeantwoord", aan: setup.own.ZORGCOORDINATOR.email } })).toBeGreaterThan(0);

    // Withdrawn through the same link, later: shielded again at once.
    await trekToestemmingInViaLink({ token }, "192.0.2.8", addDays(now, 40));
    expect((await getTraject(gw(), id, today))!.afgeschermd).toBe(true);
    expect(await toestemmingLinkStand(token, addDays(now, 40))).toMatchObject({ soort: "INGETROKKEN" });
    expect((await refusal(trekToestemmingInViaLink({ token }, null, addDays(now, 41)))).message).toBe("Er is via deze link geen toestemming (meer) om in te trekken.");
  });

  it("refuses an expired, an unknown or a replaced link with a clear message, and a refusal gives no consent", async () => {
    const id = await afgeschermd();
    const oud = await vraag(id, "ouder.drie@voorbeeld.test");
    const nieuw = await vraag(id, "ouder.drie@voorbeeld.test", "OUDERS", new Date(now.getTime() + 60_000));
    // A new request ends the earlier open one.
    expect(await toestemmingLinkStand(oud, new Date(now.getTime() + 120_000))).toEqual({ soort: "ONGELDIG", reden: "Deze link is verlopen. Vraag de school om een nieuwe link." });
    expect((await refusal(beantwoordToestemming({ token: oud, antwoord: "GEGEVEN", naam: "X" }, null, new Date(now.getTime() + 120_000)))).message).toContain("verlopen");
    expect(await toestemmingLinkStand("onbekend-onbekend-onbekend-onbekend", now)).toMatchObject({ soort: "ONGELDIG", reden: expect.stringContaining("bestaat niet") });
    // Valid 14 days: refused on the 15th.
    expect((await refusal(beantwoordToestemming({ token: nieuw, antwoord: "GEGEVEN", naam: "X" }, null, addDays(now, 15)))).message).toContain("verlopen");

    await beantwoordToestemming({ token: nieuw, antwoord: "GEWEIGERD", naam: "Ouder Drie" }, null, addDays(now, 2));
    expect(await db().consent.count({ where: { trajectId: id, ingetrokkenOp: null } })).toBe(0);
    expect((await getTraject(gw(), id, today))!.afgeschermd).toBe(true);
    expect(await toestemmingLinkStand(nieuw, addDays(now, 3))).toMatchObject({ soort: "GEWEIGERD" });
  });

  it("asks the student only from 16, at a valid address, for a named student, and only the school asks", async () => {
    const id = await afgeschermd();
    const basis = { trajectId: id, version: await versionOf(db(), id) };
    expect((await refusal(vraagToestemmingPerLink(zc(), { ...basis, voor: "LEERLING", email: "leerling@voorbeeld.test" }, now))).veld).toBe("voor");
    const fout = ZToestemmingVragen.safeParse({ ...basis, voor: "OUDERS", email: "geen-adres" });
    expect(fout.success).toBe(false);
    expect(fout.error!.issues[0]).toMatchObject({ path: ["email"], message: "Vul een geldig e-mailadres in." });
    expect((await refusal(vraagToestemmingPerLink(gw(), { ...basis, voor: "OUDERS", email: "ouder@voorbeeld.test" }, now))).code).toBe("NIET_TOEGESTAAN");
    expect((await refusal(vraagToestemmingPerLink(zc(setup.foreign), { ...basis, voor: "OUDERS", email: "ouder@voorbeeld.test" }, now))).code).toBe("NIET_GEVONDEN");
    expect(await db().toestemmingLink.count({ where: { trajectId: id } })).toBe(0);
  });

  it("prints the paper form with the same versioned text and the name as spelled, for the school only", async () => {
    const id = await trajectAt(db(), setup.own, "AANVRAAG", today);
    const { studentId } = await db().traject.findUniqueOrThrow({ where: { id } });
    await db().student.update({ where: { id: studentId! }, data: { voornaam: "Şükrü", achternaam: "Yıldız-Łukasiewicz Nguyễn" } });
    const text = (await pdfText(await formulierPdf((await leesFormuliergegevens(zc(), id))!))).join(" ");
    expect(text).toContain("Leerling: Şükrü Yıldız-Łukasiewicz Nguyễn");
    expect(text).toContain("Versie van deze tekst: 2026-1.");
    expect(text).toContain("☐ Ja, ik geef toestemming");
    for (const regel of toestemmingstekst("2026-1").wieZietWat) expect(text).toContain(regel);
    expect(await db().auditLog.count({ where: { trajectId: id, action: "TRAJECT_EXPORT", onderdeel: "toestemmingsformulier", outcome: "ALLOWED" } })).toBe(1);
    // The Topteam and another school get nothing, and the attempt is logged.
    expect(await leesFormuliergegevens(gw(), id)).toBeNull();
    expect(await leesFormuliergegevens(zc(setup.foreign), id)).toBeNull();
    expect(await db().auditLog.count({ where: { trajectId: id, action: "TRAJECT_EXPORT", outcome: "DENIED" } })).toBe(2);
  });
});
