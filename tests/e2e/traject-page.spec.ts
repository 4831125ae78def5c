import { expect, test } from "@playwright/test";
import { expectAccessible, pathOf, signedInPage, signIn } from "./support";

test("the traject page opens with what matters, jumps to its sections, and prints without forms", async ({ page, browser }) => {
  await signIn(page, "gwNoord");
  await expect(page).toHaveURL("/team");
  await page.goto(pathOf("intensiefNoord"));
  const overzicht = page.locator("header#overzicht");
  await expect(overzicht.getByText(/^T-\d+$/)).toBeVisible();
  await expect(overzicht.getByRole("definition").filter({ hasText: /^Gegeven$/ })).toBeVisible();
  await expect(overzicht.getByRole("link", { name: /^e2e\.zcnoord@/ })).toHaveAttribute("href", /^mailto:/);

  const nav = page.getByRole("navigation", { name: "Onderdelen van dit traject" });
  for (const onderdeel of ["Overzicht", "Volgende stap", "Doelen en evaluaties", "Handelingsadviezen", "Geschiedenis"]) {
    await expect(nav.getByRole("link", { name: onderdeel, exact: true })).toBeVisible();
  }
  await nav.getByRole("link", { name: "Geschiedenis", exact: true }).click();
  await expect(page).toHaveURL(/#geschiedenis$/);
  await expect(page.getByRole("heading", { name: "Geschiedenis" })).toBeInViewport();
  await expectAccessible(page);

  // On paper: the dossier, without the app's bar, the navigation, the forms and the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeHidden();
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(page.locator("summary").first()).toBeHidden();

  // The school's print holds nothing for the Topteam only: the server never sends it.
  const school = await signedInPage(browser, "zcNoord");
  await school.goto(pathOf("intensiefNoord"));
  await school.emulateMedia({ media: "print" });
  await expect(school.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(school.getByText("Alleen het Topteam")).toHaveCount(0);
});

test("a school is told the usual path on the advice step", async ({ page }) => {
  await signIn(page, "zcWest1");
  await page.locator("summary", { hasText: "Advies vragen over een leerling" }).click();
  await page.getByLabel("Uw vraag").fill("Een leerling lijkt overvraagd in de les.");
  await page.getByRole("button", { name: "Advies vragen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Anoniem/);
  const stap = page.getByRole("region", { name: "Volgende stap" });
  await expect(stap.getByText(/De gebruikelijke route is: eerst advies van het Topteam, dan een collegiaal vooroverleg, daarna de aanvraag/)).toBeVisible();
  await expect(stap.locator("summary").first()).toContainText("gebruikelijke volgende stap");
  await expectAccessible(page);
});
