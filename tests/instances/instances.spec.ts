// Two app instances on one database: a session made on one works on the other, the sign-in
// limits count across both, a forged X-Forwarded-For does not make a new address, and a scheduled
// job runs once per slot although both instances run a worker.
import { expect, test, type Page } from "@playwright/test";
import { amsterdamDay } from "@/lib/calendar";
import { installDatabase } from "@/lib/db";
import { openDatabase, type Database } from "@/lib/db/connect";
import { createAccount } from "@/lib/users/accounts";
import { seedDemoData } from "@/prisma/seed";
import { PORTS } from "../../playwright.instances.config";

const [A, B] = PORTS.map((port) => `http://localhost:${port}`) as [string, string];
const password = "twee-instanties-een-database";
let database: Database;

test.beforeAll(async () => {
  database = openDatabase({ kind: "postgres", url: process.env.INSTANCES_DATABASE_URL! });
  installDatabase(database);
  await seedDemoData(database.prisma, amsterdamDay());
  const team = await database.prisma.topteam.findFirstOrThrow({ where: { naam: "Topteam Noord" } });
  // A retried worker runs this again: the account may exist already.
  if (!(await database.prisma.user.findUnique({ where: { email: "gw.instanties@toptrajecten.test" } }))) {
    await createAccount({ email: "gw.instanties@toptrajecten.test", naam: "Gaby Instantie", role: "GEDRAGSWETENSCHAPPER", topteamId: team.id, password });
  }
});
test.afterAll(() => database?.close());

async function signIn(page: Page, origin: string, email: string, secret = password) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(secret);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

test("a user signs in on one instance and works on the other", async ({ page }) => {
  await signIn(page, A, "gw.instanties@toptrajecten.test");
  await expect(page).toHaveURL(`${A}/team`);
  // Cookies are per host, not per port: the browser brings the session to the other instance.
  await page.goto(`${B}/team`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Trajecten van Topteam Noord/);
  await page.getByRole("table", { name: "Trajecten van het team" }).getByRole("row").filter({ hasText: "Onderzoek" }).first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`^${B}/trajecten/`));
  const form = page.locator("details", { has: page.locator("summary", { hasText: "Notitie vastleggen" }) });
  await form.locator("summary").click();
  await form.getByLabel("Notitie", { exact: true }).fill("Geschreven op de tweede instantie.");
  await form.getByRole("button", { name: "Notitie vastleggen" }).click();
  await expect(page.getByRole("region", { name: "Notities" }).getByText("Geschreven op de tweede instantie.")).toBeVisible();
  // And signing out on one ends the session on both.
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${A}/team`);
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-in limits count across both instances, and forty forged addresses are one", async ({ browser }) => {
  // Per (account, address): five failures, spread over the two instances, lock the pair on both.
  const page = await browser.newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(page, i % 2 ? B : A, "gw.instanties@toptrajecten.test", "fout-wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: "Aanmelden is niet gelukt" })).toBeVisible();
  }
  await signIn(page, A, "gw.instanties@toptrajecten.test");
  await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen." })).toBeVisible();

  // Per address: with no trusted proxy, X-Forwarded-For is ignored, so forty "different clients"
  // on forty addresses are one client; after twenty failures it is paused, on either instance.
  const forged = await browser.newContext();
  const client = await forged.newPage();
  // Every attempt so far came from this machine's loopback address too.
  const before = await database.prisma.signInAttempt.count({ where: { succeeded: false } });
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await forged.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i + 1}` });
    await signIn(client, i % 2 ? B : A, `onbekend${i}@toptrajecten.test`, "fout-wachtwoord");
    const alert = client.getByRole("alert").filter({ hasText: /Aanmelden is niet gelukt|Te veel mislukte pogingen/ });
    seen.push((await alert.textContent())!.includes("Te veel") ? "gepauzeerd" : "mislukt");
  }
  const pause = 20 - before;
  expect(seen.indexOf("gepauzeerd")).toBe(pause);
  expect(seen.slice(pause).every((s) => s === "gepauzeerd")).toBe(true);
  const addresses = await database.prisma.signInAttempt.groupBy({ by: ["ip"], _count: true });
  expect(addresses).toHaveLength(1);
  expect(addresses[0]!.ip).not.toMatch(/^198\.51\.100\./);
  await forged.close();
});

test("a scheduled job runs once per slot, with a worker on each instance", async () => {
  // RETENTION_CRON is every minute here: wait for two slots, then count the runs per minute.
  const runs = async () =>
    database.prisma.auditLog.findMany({ where: { action: "RETENTION_RUN" }, select: { at: true }, orderBy: { at: "asc" } });
  await expect.poll(async () => (await runs()).length, { timeout: 200_000, intervals: [5_000] }).toBeGreaterThanOrEqual(2);
  // A slot's job may start late (in the next minute), so count slots, not minutes of the runs:
  // since the instances migrated there have been at most this many slots (the one they started
  // in counts: its job is sent at the first check), and no more runs.
  const [first] = await database.prisma.$queryRaw<{ started: Date }[]>`SELECT min(finished_at) AS started FROM "_prisma_migrations"`;
  const slots = Math.floor(Date.now() / 60_000) - Math.floor(first!.started.getTime() / 60_000) + 1;
  expect((await runs()).length).toBeLessThanOrEqual(slots);

  // The weekly digest runs in the same slots, on both workers. The servers started before this
  // file seeded the users, so wait for a slot that found them, and then for one more: still one
  // digest per user this week.
  const digests = async () => database.prisma.mailBericht.groupBy({ by: ["aan"], where: { soort: "weekoverzicht" }, _count: true });
  await expect.poll(async () => (await digests()).length, { timeout: 200_000, intervals: [5_000] }).toBeGreaterThan(0);
  const na = (await runs()).length;
  await expect.poll(async () => (await runs()).length, { timeout: 200_000, intervals: [5_000] }).toBeGreaterThan(na);
  const perGebruiker = await digests();
  expect(perGebruiker.filter((d) => d._count !== 1)).toEqual([]);
  expect(await database.prisma.weekoverzicht.count()).toBe(perGebruiker.length);
});
