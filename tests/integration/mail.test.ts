// E-mail through the outbox and the worker, to a real SMTP server started by the test: what
// arrives names no student, a rolled-back change leaves no message and no job, and a message
// that cannot be delivered is retried, marked failed, and sent again when the beheerder asks.
import { describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { listOutbox, queueMail, retryMail } from "@/lib/mail/outbox";
import { until, withMailWorker } from "../support/mail-worker";
import { refusal, seededWithCasts, step, trajectAt, validInput } from "../support/trajecten";

const today = day("2026-11-20");
// Installed with the queues when the test database is migrated: retries in a second, not minutes.
process.env.MAIL_RETRY_LIMIT = "1";
process.env.MAIL_RETRY_DELAY_SECONDS = "1";
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const mailWorker = withMailWorker(() => setup.database);
const smtp = () => mailWorker.smtp();

const jobCount = async () => Number((await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail'`))[0]!.n);

describe("e-mail", () => {
  it("tells the team's gedragswetenschapper of an approved request, with a link and no student name", async () => {
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    const gw = setup.own.GEDRAGSWETENSCHAPPER.email;
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    const mail = await until(async () => smtp().received.find((m) => m.to.includes(gw) && m.raw.includes(id)), "the approval mail");
    expect(mail.raw).toContain("Subject: Nieuwe goedgekeurde aanvraag voor uw Topteam");
    expect(mail.raw).toContain(`http://localhost:3000/trajecten/${id}`);
    const student = await db().student.findFirstOrThrow({ where: { trajecten: { some: { id } } } });
    for (const naam of [student.voornaam, student.achternaam]) expect(mail.raw).not.toContain(naam);
    const row = await until(() => db().mailBericht.findFirst({ where: { aan: gw, status: "VERZONDEN", tekst: { contains: id } } }), "the outbox row");
    expect(row.pogingen).toBe(1);
  });

  it("writes no message and no job when the change it belongs to rolls back", async () => {
    const [rows, jobs] = [await db().mailBericht.count(), await jobCount()];
    await expect(
      db().$transaction(async (tx) => {
        await queueMail(tx, ["iemand@toptrajecten.test"], "informatieGevraagd", { url: "http://localhost:3000/trajecten/x" });
        throw new Error("the change fails after the mail was queued");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db().mailBericht.count()).toBe(rows);
    expect(await jobCount()).toBe(jobs);
  });

  it("retries a message the SMTP server cannot take, marks it failed, and sends it again when the beheerder asks", async () => {
    const port = Number(new URL(smtp().url).port);
    await smtp().stop();
    await db().$transaction((tx) => queueMail(tx, ["zc@toptrajecten.test"], "informatieGevraagd", { url: "http://localhost:3000/trajecten/t-retry" }));
    const failed = await until(() => db().mailBericht.findFirst({ where: { aan: "zc@toptrajecten.test", status: "MISLUKT" } }), "the failed status", 30_000);
    expect(failed.pogingen).toBe(2);
    expect(failed.laatsteFout).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    const admin = { actor: setup.own.ADMIN, ip: "192.0.2.30" };
    const outbox = await listOutbox(admin);
    expect(outbox.telling.MISLUKT).toBe(1);
    expect(outbox.regels.find((r) => r.id === failed.id)).toMatchObject({ status: "MISLUKT", tekst: null });
    expect((await refusal(retryMail({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, failed.id))).code).toBe("NIET_TOEGESTAAN");

    await mailWorker.restartSmtp(port);
    await retryMail(admin, failed.id);
    await until(() => db().mailBericht.findFirst({ where: { id: failed.id, status: "VERZONDEN" } }), "the resent message");
    expect(smtp().received.some((m) => m.to.includes("zc@toptrajecten.test"))).toBe(true);
  }, 60_000);
});
