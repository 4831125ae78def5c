// Going live, as an SWV would on Monday: the production build on an empty PostgreSQL database,
// no seed, a real SMTP server. The sign-in page says how to make the first account; admin:create
// makes it; the admin sets up TOTP, builds the organisation and invites a zorgcoördinator, whose
// invitation arrives by mail; the zorgcoördinator chooses a password (a weak one is refused at the
// field first), signs in and asks for advice.
import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectAccessible } from "../support/accessible";
import { ownDatabase } from "../support/own-database";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { mailText as plain, startSmtp, type TestSmtp } from "../support/smtp";

const port = 3314;
const origin = `http://localhost:${port}`;
const server = process.env.INSTANCES_DATABASE_URL!;
let databaseUrl: string;
let eigen: Awaited<ReturnType<typeof ownDatabase>> | undefined;
let smtp: TestSmtp;
let app: ProductionServer | undefined;

test.beforeAll(async () => {
  eigen = await ownDatabase(server, "leeg");
  databaseUrl = eigen.url;
  smtp = await startSmtp();
  app = await startProductionServer(port, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "empty-database-test-secret-of-enough-length",
    SMTP_URL: smtp.url,
    MAIL_FROM: "Toptrajecten <noreply@toptrajecten.test>",
    WORKER_IN_PROCESS: "1",
    DEMO_MODE: "",
    TOTP_REQUIRED_ROLES: "ADMIN",
  });
});

test.afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
  await eigen?.drop();
});


async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

test("from an empty database to a zorgcoördinator's first advice question", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext()).newPage();

  // 1. The empty database: the sign-in page says how to begin, and nothing else.
  await page.goto(`${origin}/login`);
  await expect(page.getByText("Er is nog geen account.")).toContainText("npm run admin:create");
  await expect(page.getByRole("heading", { name: "Demo-accounts" })).toHaveCount(0);
  await expectAccessible(page);

  // 2. The first account, from the command line (the bundled production script).
  const adminPassword = "kraanvogel-paperclip-omelet-7";
  const created = spawnSync(process.execPath, ["dist/admin-create.mjs", "--email", "beheer@swv.test", "--naam", "Bea Beheerder", "--password-stdin"], {
    input: `${adminPassword}\n`,
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(created.stderr).toBe("");
  expect(created.status).toBe(0);

  // 3. Sign-in, and the second factor before anything else.
  await signIn(page, "beheer@swv.test", adminPassword);
  await expect(page).toHaveURL(`${origin}/account/tweestaps`);
  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  const secret = (await page.getByTestId("totp-sleutel").textContent())!.trim();
  await page.getByLabel("Code uit uw authenticator-app").fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
  await page.getByRole("button", { name: "Bevestigen en aanzetten" }).click();
  await expect(page.getByRole("heading", { name: /Staat aan sinds/ })).toBeVisible();

  // 4. The organisation: a windstreek, a school and a Topteam.
  await page.goto(`${origin}/beheer/organisatie`);
  await expectAccessible(page);
  const add = async (wat: string, fields: Record<string, string>, select: Record<string, string>, saved: string) => {
    const form = page.locator("details", { has: page.locator("summary", { hasText: `${wat} toevoegen` }) });
    await form.locator("summary").click();
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of Object.entries(select)) await form.getByLabel(label, { exact: true }).selectOption({ label: value });
    await form.getByRole("button", { name: `${wat} toevoegen` }).click();
    await expect(page.getByRole("status")).toHaveText(saved);
  };
  await add("Windstreek", { Code: "NOORD", Naam: "Noord" }, {}, "De windstreek is opgeslagen.");
  // A BRIN code that is not one is refused at its field.
  const school = page.locator("details", { has: page.locator("summary", { hasText: "School toevoegen" }) });
  await school.locator("summary").click();
  await school.getByLabel("Naam", { exact: true }).fill("Het Noorderlicht");
  await school.getByLabel("BRIN-code").fill("ABCD");
  await school.getByLabel("Windstreek").selectOption({ label: "Noord" });
  await school.getByRole("button", { name: "School toevoegen" }).click();
  await expect(school.getByLabel("BRIN-code")).toHaveAccessibleDescription(/twee cijfers en twee letters/);
  await expect(school.getByLabel("BRIN-code")).toBeFocused();
  await school.getByLabel("BRIN-code").fill("12AB");
  await school.getByRole("button", { name: "School toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText("De school is opgeslagen.");
  await add("Topteam", { Naam: "Topteam Noord", Capaciteit: "12" }, { Windstreek: "Noord" }, "Het Topteam is opgeslagen.");
  await expect(page.getByRole("cell", { name: "12AB" })).toBeVisible();
  await expectAccessible(page);

  // 5. The zorgcoördinator's account: the role asks for a school.
  await page.goto(`${origin}/beheer`);
  await page.locator("summary", { hasText: "Account toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Zora Zorg");
  await page.getByLabel("E-mailadres").fill("zora@noorderlicht.test");
  await page.getByLabel("Rol").selectOption({ label: "Zorgcoördinator" });
  await page.getByLabel("School").selectOption({ label: "Het Noorderlicht (12AB)" });
  await page.getByRole("button", { name: "Account aanmaken en uitnodiging sturen" }).click();
  await expect(page.getByRole("status")).toContainText("De uitnodiging om een wachtwoord te kiezen is onderweg.");
  await expect(page.getByRole("row").filter({ hasText: "zora@noorderlicht.test" })).toContainText("Uitgenodigd");
  await expectAccessible(page);

  // 6. The invitation arrives, with a link and nothing else of note.
  await expect.poll(() => smtp.received.filter((m) => m.to.includes("zora@noorderlicht.test")).length, { timeout: 60_000 }).toBe(1);
  const mail = plain(smtp.received.find((m) => m.to.includes("zora@noorderlicht.test"))!.raw);
  const link = mail.match(/http:\/\/localhost:3314\/wachtwoord\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();

  // 7. A weak password is refused at the field; a strong one is taken.
  const zc = await (await browser.newContext()).newPage();
  await zc.goto(link!);
  await expect(zc.getByRole("heading", { name: "Welkom: kies uw wachtwoord" })).toBeVisible();
  await expectAccessible(zc);
  await zc.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Noorderlicht2026");
  await zc.getByLabel("Nogmaals het nieuwe wachtwoord").fill("Noorderlicht2026");
  await zc.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(zc.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(zc.getByLabel("Nieuw wachtwoord", { exact: true })).toBeFocused();
  await expectAccessible(zc);
  const zcPassword = "zeilboot-kaneel-vuurtoren-41";
  await zc.getByLabel("Nieuw wachtwoord", { exact: true }).fill(zcPassword);
  await zc.getByLabel("Nogmaals het nieuwe wachtwoord").fill(zcPassword);
  await zc.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(zc.getByRole("status")).toHaveText("Uw wachtwoord is opgeslagen. Meld u nu aan.");
  // The link works once.
  await zc.goto(link!);
  await expect(zc.getByText("Deze link werkt niet (meer)")).toBeVisible();

  // 8. The zorgcoördinator signs in and asks for advice.
  await signIn(zc, "zora@noorderlicht.test", zcPassword);
  await expect(zc).toHaveURL(`${origin}/school`);
  await zc.locator("summary", { hasText: "Advies vragen over een leerling" }).click();
  await zc.getByLabel("Uw vraag").fill("Leerling in klas 2 trekt zich terug en verzuimt. Wat raadt het Topteam aan?");
  await zc.getByRole("button", { name: "Advies vragen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Advies gevraagd.");
  await expectAccessible(zc);
});
