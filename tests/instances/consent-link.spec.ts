// Consent by link in the browser, against the production build and a real SMTP server: the
// school sends the request, the mail arrives, a parent answers in a browser of their own, a
// second use is refused, and a withdrawal through the link shields the dossier from the Topteam
// at once.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { vraagAdvies } from "@/lib/aanmelding/advies";
import { assignTeam } from "@/lib/aanmelding/assignment";
import { linkStudent, recordConsent, withdrawConsent } from "@/lib/aanmelding/consent";
import { actorFromUser, type Actor } from "@/lib/authz";
import { amsterdamDay } from "@/lib/calendar";
import { installDatabase } from "@/lib/db";
import { openDatabase, type Database } from "@/lib/db/connect";
import { migrateAll } from "@/lib/db/prepare";
import { DEMO_PASSWORD } from "@/lib/demo";
import { seedDemoData } from "@/prisma/seed";
import { expectAccessible } from "../support/accessible";
import { ownDatabase } from "../support/own-database";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { mailText, startSmtp, type TestSmtp } from "../support/smtp";
import { contextOf, walkTo } from "../support/traject-route";

const port = 3315;
const origin = `http://localhost:${port}`;
const server = process.env.INSTANCES_DATABASE_URL!;
const today = amsterdamDay();
let eigen: Awaited<ReturnType<typeof ownDatabase>> | undefined;
let database: Database;
let smtp: TestSmtp;
let app: ProductionServer | undefined;
let trajectId: string;

const actor = async (email: string): Promise<Actor> => actorFromUser(await database.prisma.user.findUniqueOrThrow({ where: { email: `${email}@demo.toptrajecten.nl` } }), "consent-link-spec");

test.beforeAll(async () => {
  // A database of its own: the other instances' workers keep mails without SMTP.
  eigen = await ownDatabase(server, "toestemming");
  database = openDatabase({ kind: "postgres", url: eigen.url });
  installDatabase(database);
  await migrateAll(database);
  await seedDemoData(database.prisma, today);

  // A traject of Topteam Noord in onderzoek, whose paper consent the school withdrew.
  const zc = await actor("zc.99n1");
  const spelers = { ZORGCOORDINATOR: zc, ONDERWIJSADVISEUR: await actor("oa.noord"), GEDRAGSWETENSCHAPPER: await actor("gw.noord") };
  trajectId = await vraagAdvies(contextOf(zc), { vraag: "Past een Toptraject? (toestemming per link)", datum: today }, today);
  const basis = async () => ({ trajectId, version: (await database.prisma.traject.findUniqueOrThrow({ where: { id: trajectId } })).version });
  await walkTo(database.prisma, spelers, trajectId, "ONDERZOEK", today, {
    AANVRAAG: async () => {
      await linkStudent(contextOf(zc), { ...(await basis()), voornaam: "Lotte", achternaam: "Linkstra", geboortedatum: new Date("2012-03-04") }, today);
      await recordConsent(contextOf(zc), { ...(await basis()), gegevenDoor: "OUDERS", naamGever: "Ouder (papier)", gegevenOp: today }, today);
    },
    // With the demo's team full, the coördinator assigns it, as in the app.
    GOEDGEKEURD: async () => {
      if ((await database.prisma.traject.findUniqueOrThrow({ where: { id: trajectId } })).topteamId) return;
      const team = await database.prisma.topteam.findFirstOrThrow({ where: { naam: "Topteam Noord" } });
      await assignTeam(contextOf(await actor("coordinator")), { ...(await basis()), topteamId: team.id }, today);
    },
  });
  const papier = await database.prisma.consent.findFirstOrThrow({ where: { trajectId } });
  await withdrawConsent(contextOf(zc), { ...(await basis()), consentId: papier.id, ingetrokkenOp: today }, today);

  smtp = await startSmtp();
  app = await startProductionServer(port, {
    DATABASE_URL: eigen.url,
    AUTH_SECRET: "consent-link-test-secret-of-enough-length",
    SMTP_URL: smtp.url,
    MAIL_FROM: "Toptrajecten <noreply@toptrajecten.test>",
    WORKER_IN_PROCESS: "1",
    DEMO_MODE: "",
    TOTP_REQUIRED_ROLES: "none",
  });
});

test.afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
  await database?.close();
  await eigen?.drop();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel("E-mailadres").fill(`${email}@demo.toptrajecten.nl`);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).not.toHaveURL(/login/);
  return page;
}

test("a parent gives consent through the link in the mail, once, and withdraws it: the Topteam is shielded at once", async ({ browser }) => {
  const traject = `${origin}/trajecten/${trajectId}`;
  const gw = await signedIn(browser, "gw.noord");
  await gw.goto(traject);
  await expect(gw.getByRole("heading", { level: 1 })).toHaveText("Afgeschermd: geen geldige toestemming");

  // The school sends the request.
  const zc = await signedIn(browser, "zc.99n1");
  await zc.goto(traject);
  await zc.locator("summary", { hasText: "Toestemming vragen per e-mail" }).click();
  await zc.getByLabel("Aan").selectOption("OUDERS");
  await zc.getByLabel("E-mailadres").fill("geen-adres");
  await zc.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(zc.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul een geldig e-mailadres in\./);
  await zc.getByLabel("E-mailadres").fill("ouder.linkstra@voorbeeld.test");
  await zc.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Toestemming gevraagd per e-mail.");
  await expect(zc.getByText(/Aan ouders of verzorgers, verstuurd op .*: nog geen antwoord/)).toBeVisible();
  await expectAccessible(zc);

  // The mail arrives, naming the school and not the student.
  await expect.poll(() => smtp.received.filter((m) => m.to.includes("ouder.linkstra@voorbeeld.test")).length, { timeout: 30_000 }).toBe(1);
  const mail = mailText(smtp.received.find((m) => m.to.includes("ouder.linkstra@voorbeeld.test"))!.raw);
  expect(mail).not.toContain("Linkstra");
  const link = /http:\/\/localhost:\d+\/toestemming\/[\w-]+/.exec(mail)![0];

  // The parent, in a browser of their own, without an account.
  const ouder = await (await browser.newContext()).newPage();
  await ouder.goto(link);
  await expect(ouder.getByRole("heading", { level: 2, name: /vraagt toestemming aan ouders of verzorgers/ })).toBeVisible();
  await expect(ouder.getByText("Versie van deze tekst: 2026-1.")).toBeVisible();
  await expect(ouder.getByText("Lotte")).toHaveCount(0);
  await expectAccessible(ouder);
  await ouder.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(ouder.getByLabel("Uw naam")).toHaveAccessibleDescription("Vul uw naam in.");
  await ouder.getByLabel("Uw naam").fill("Marieke Linkstra");
  await ouder.getByLabel("Ja, ik geef toestemming").check();
  await ouder.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(ouder.getByRole("status")).toContainText("Uw toestemming is opgeslagen");
  await expectAccessible(ouder);

  // The Topteam sees the dossier again, and that consent came by link.
  await gw.reload();
  await expect(gw.getByRole("heading", { level: 1 })).toHaveText("Lotte Linkstra");
  await expect(gw.getByText("Gegeven (via de link)")).toBeVisible();

  // A second use is refused: the link no longer offers an answer (a replayed post is refused by
  // the server, tests/integration/consent-link.test.ts).
  const nogmaals = await (await browser.newContext()).newPage();
  await nogmaals.goto(link);
  await expect(nogmaals.getByRole("button", { name: "Antwoord versturen" })).toHaveCount(0);
  await expect(nogmaals.getByText(/U gaf toestemming op/)).toBeVisible();

  // Withdrawn through the same link: shielded from the Topteam at once.
  await nogmaals.getByRole("button", { name: "Toestemming intrekken" }).click();
  await nogmaals.getByRole("dialog").getByRole("button", { name: "Ja, intrekken" }).click();
  await expect(nogmaals.getByRole("status")).toContainText("Uw toestemming is ingetrokken");
  await gw.reload();
  await expect(gw.getByRole("heading", { level: 1 })).toHaveText("Afgeschermd: geen geldige toestemming");
  await expect(gw.getByText("Lotte")).toHaveCount(0);
});
