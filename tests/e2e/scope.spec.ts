import { expect, test } from "@playwright/test";
import { emailOf, expectAccessible, pathOf, signedInPage, signIn, trajectOf } from "./support";

test("a school opens its own traject, and gets a 404 for another school's", async ({ page }) => {
  await signIn(page, "zcNoord");
  await expect(page).toHaveURL("/school");
  const own = page.getByRole("table", { name: "Trajecten van uw school" }).getByRole("row").nth(1).getByRole("link").first();
  await own.click();
  await expect(page.getByRole("heading", { name: "Geschiedenis" })).toBeVisible();
  await expectAccessible(page);

  // A traject of a school in Zuid.
  const response = await page.goto(pathOf("onderzoekZuid"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
  await expect(page.getByText(trajectOf("onderzoekZuid").id)).toHaveCount(0);
  await expectAccessible(page);
});

test("signing out ends the session: the start page asks to sign in again", async ({ page }) => {
  await signIn(page, "gwOost");
  await expect(page).toHaveURL("/team");
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/team");
  await expect(page).toHaveURL(/\/login/);
});

test("a user deactivated while signed in is signed out on their next request", async ({ browser }) => {
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signIn(user, "hvUitTeZetten");
  await expect(user).toHaveURL("/team");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "beheer");
  const row = admin.getByRole("row").filter({ hasText: emailOf("hvUitTeZetten") });
  await row.getByRole("button", { name: /Deactiveren/ }).click();
  await expect(row.getByRole("cell", { name: "Gedeactiveerd" })).toBeVisible();
  await expectAccessible(admin);

  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await signIn(user, "hvUitTeZetten");
  await expect(user.getByRole("alert").filter({ hasText: "Aanmelden is niet gelukt" })).toBeVisible();

  await row.getByRole("button", { name: /Activeren/ }).click();
  await expect(row.getByRole("cell", { name: "Actief" })).toBeVisible();
  await userContext.close();
  await adminContext.close();
});

test("Auth.js's own sign-out route ends the server session: the old cookie no longer works", async ({ page }) => {
  await signIn(page, "gwZuid");
  await expect(page).toHaveURL("/team");
  const kept = await page.context().cookies();
  const origin = new URL(page.url()).origin;
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/signout", { form: { csrfToken }, headers: { origin }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
  // The route tells the browser to drop the cookie; put the old one back, as someone who kept it would.
  await page.context().addCookies(kept);
  await page.goto("/team");
  await expect(page).toHaveURL(/\/login/);
});

test("a user sees their open sessions and signs out everywhere else", async ({ browser }) => {
  const elders = await signedInPage(browser, "oaZuid");
  const hier = await signedInPage(browser, "oaZuid");
  await hier.getByRole("link", { name: "Mijn sessies" }).click();
  await expect(hier.getByRole("heading", { level: 1 })).toHaveText("Mijn sessies");
  await expect(hier.getByRole("cell", { name: "Ja (dit apparaat)" })).toHaveCount(1);
  await expectAccessible(hier);
  await hier.getByRole("button", { name: "Elders afmelden" }).click();
  await expect(hier.getByRole("status")).toHaveText("U bent overal elders afgemeld.");
  await expectAccessible(hier);
  await elders.goto("/windstreek");
  await expect(elders).toHaveURL(/\/login/);
  await hier.goto("/windstreek");
  await expect(hier).toHaveURL("/windstreek");
});
