import { expect, test } from "@playwright/test";
import { expectAccessible, signedInPage, signIn, trajectOf } from "./support";

test("the gedragswetenschapper searches from the header, filters by phase and sorts, all in the URL", async ({ page }) => {
  await signIn(page, "gwNoord");
  await expect(page).toHaveURL("/team");
  const lijst = page.getByRole("table", { name: "Trajecten van het team" });

  await page.getByRole("banner").getByRole("searchbox", { name: /Zoek een traject/ }).fill("ntensiefsm");
  await page.getByRole("banner").getByRole("button", { name: "Zoeken" }).click();
  // The term is in the URL sealed: the address bar holds no name.
  await expect(page).toHaveURL(/^[^?]*\/team\?weergave=alle&z=v1\.[\w.-]+#trajecten$/);
  expect(page.url()).not.toContain("ntensiefsm");
  await expect(lijst.getByRole("row")).toHaveCount(2);
  await expect(lijst.getByRole("link", { name: trajectOf("intensiefNoord").naam })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Zoeken" })).toHaveValue("ntensiefsm");
  await expectAccessible(page);

  // Nothing found says so, and names no one.
  await page.getByRole("searchbox", { name: "Zoeken" }).fill("bestaatnietzoveel");
  await page.getByRole("search", { name: "Trajecten zoeken en filteren" }).getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Niets gevonden.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/team");
  await page.getByLabel("Fase").selectOption("ONDERZOEK");
  await page.getByRole("search", { name: "Trajecten zoeken en filteren" }).getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/fase=ONDERZOEK/);
  await expect(lijst.getByRole("link", { name: trajectOf("eigenNoord").naam })).toBeVisible();
  await expect(lijst.getByRole("link", { name: trajectOf("intensiefNoord").naam })).toHaveCount(0);
  await expect(lijst.getByRole("row").nth(1)).toContainText("Onderzoek");

  await lijst.getByRole("link", { name: /^Aangemeld/ }).click();
  await expect(page).toHaveURL(/sort=aangemeld/);
  await expect(page.getByRole("columnheader", { name: /^Aangemeld/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/fase=ONDERZOEK/);
  await expectAccessible(page);
});

test("a school finds its closed trajecten under Afgesloten, and tells its anonymous requests apart", async ({ page, browser }) => {
  await signIn(page, "zcNoord");
  await page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Afgesloten" }).click();
  await expect(page).toHaveURL("/school?weergave=afgesloten");
  const lijst = page.getByRole("table", { name: "Trajecten van uw school" });
  await expect(lijst.getByRole("link", { name: trajectOf("afgerondNoord").naam })).toBeVisible();
  await expect(lijst.getByRole("link", { name: trajectOf("eigenNoord").naam })).toHaveCount(0);
  await expectAccessible(page);

  const west = await signedInPage(browser, "zcWest2");
  await west.locator("summary", { hasText: "Advies vragen over een leerling" }).click();
  await west.getByLabel("Uw vraag").fill("Een leerling in de brugklas is vaak afwezig.");
  await west.getByLabel("Kenmerk (optioneel)").fill("1A, mentor Visser");
  await west.getByRole("button", { name: "Advies vragen" }).click();
  await expect(west.getByRole("heading", { level: 1 })).toHaveText(/^Anoniem \(“1A, mentor Visser”, aangemeld /);
  await west.getByRole("banner").getByRole("searchbox", { name: /Zoek een traject/ }).fill("visser");
  await west.getByRole("banner").getByRole("button", { name: "Zoeken" }).click();
  await expect(west.getByRole("table", { name: "Trajecten van uw school" }).getByRole("link", { name: /1A, mentor Visser/ })).toBeVisible();
  await expectAccessible(west);

  // The header's search covers open and closed trajecten alike.
  await page.getByRole("banner").getByRole("searchbox", { name: /Zoek een traject/ }).fill("privacytes");
  await page.getByRole("banner").getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Alle" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table", { name: "Trajecten van uw school" }).getByRole("link", { name: trajectOf("afgerondNoord").naam })).toBeVisible();
  await expectAccessible(west);
});
