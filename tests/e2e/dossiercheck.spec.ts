import { expect, test } from "@playwright/test";
import { expectAccessible, pathOf, signedInPage, signIn } from "./support";

test("the onderwijsadviseur asks for information, the school answers, and then the request is approved", async ({ browser }) => {
  // A request of a school in Oost in its dossiercheck, for Oost's onderwijsadviseur.
  const url = pathOf("dossiercheckOost");
  const oa = await signedInPage(browser, "oaOost");
  await oa.goto(url);
  await expect(oa.getByText("Aanmelding: dossiercheck", { exact: true })).toBeVisible();
  await oa.locator("summary", { hasText: "Aanvullende informatie vragen" }).click();
  await oa.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(oa.getByLabel("Vraag aan de school")).toHaveAccessibleDescription("Schrijf de vraag aan de school.");
  await oa.getByLabel("Vraag aan de school").fill("Welke hulp is dit jaar al ingezet, en met welk resultaat?");
  await oa.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(oa.getByRole("status")).toHaveText("Vastgelegd: Aanvullende informatie gevraagd.");
  await expect(oa.getByText("Wacht op antwoord van de school.")).toBeVisible();

  await oa.locator("summary", { hasText: "Aanvraag goedkeuren" }).click();
  await oa.getByRole("button", { name: "Aanvraag goedkeuren" }).click();
  await expect(oa.getByRole("alert").filter({ hasText: "nog niet gegeven" })).toBeVisible();
  await expectAccessible(oa);

  const zc = await signedInPage(browser, "zcOost");
  await zc.goto(url);
  const check = (page: typeof zc) => page.getByRole("region", { name: "Dossiercheck: aanvullende informatie" });
  await expect(check(zc).getByText("Welke hulp is dit jaar al ingezet, en met welk resultaat?")).toBeVisible();
  await zc.getByLabel("Antwoord van de school").fill("Een coach van het ondersteuningsteam, zonder blijvend resultaat.");
  await zc.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Aanvullende informatie gegeven.");
  await expectAccessible(zc);

  await oa.reload();
  await expect(check(oa).getByText("Een coach van het ondersteuningsteam, zonder blijvend resultaat.")).toBeVisible();
  await oa.locator("summary", { hasText: "Aanvraag goedkeuren" }).click();
  await oa.getByRole("button", { name: "Aanvraag goedkeuren" }).click();
  await expect(oa.getByRole("status")).toHaveText("Vastgelegd: Aanvraag goedgekeurd.");
  await expect(oa.getByText("Aanmelding: goedgekeurd, wacht op kennismakingsgesprek", { exact: true })).toBeVisible();

  // Another windstreek's onderwijsadviseur sees none of it.
  const other = await signedInPage(browser, "oaNoord");
  expect((await other.goto(url))?.status()).toBe(404);
});

test("a zorgcoördinator asks advice anonymously; the windstreek's gedragswetenschapper answers it", async ({ page, browser }) => {
  await signIn(page, "zcWest1");
  await expect(page).toHaveURL("/school");
  await page.locator("summary", { hasText: "Advies vragen over een leerling" }).click();
  await page.getByRole("button", { name: "Advies vragen" }).click();
  await expect(page.getByLabel("Uw vraag")).toHaveAccessibleDescription(/Beschrijf de vraag van de school\./);
  await expectAccessible(page);
  await page.getByLabel("Uw vraag").fill("Een leerling uit klas 2 trekt zich steeds meer terug. Wat kunnen we doen?");
  await page.getByRole("button", { name: "Advies vragen" }).click();
  await expect(page.getByRole("status")).toHaveText("Vastgelegd: Advies gevraagd.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Anoniem \(/);
  await expect(page.getByRole("definition").filter({ hasText: /^Aanmelding: advies$/ })).toBeVisible();
  await expectAccessible(page);

  const url = new URL(page.url()).pathname;

  const gw = await signedInPage(browser, "gwWest");
  await gw.getByRole("table", { name: "Trajecten van het team" }).getByRole("link", { name: /^Anoniem/ }).first().waitFor();
  await gw.goto(url);
  await gw.locator("summary", { hasText: "Advies geven" }).click();
  await gw.getByLabel("Wat levert het advies op?").selectOption("VOOROVERLEG");
  await gw.getByRole("button", { name: "Advies geven" }).click();
  await expect(gw.getByLabel("Het advies aan de school")).toHaveAccessibleDescription("Schrijf het advies aan de school.");
  // What was chosen before the error is still there.
  await expect(gw.getByLabel("Wat levert het advies op?")).toHaveValue("VOOROVERLEG");
  await gw.getByLabel("Het advies aan de school").fill("Plan een collegiaal vooroverleg; stuur vooraf het OPP.");
  await gw.getByRole("button", { name: "Advies geven" }).click();
  await expect(gw.getByRole("status")).toHaveText("Vastgelegd: Advies gegeven.");
  await expect(gw.getByRole("definition").filter({ hasText: /^Aanmelding: vooroverleg$/ })).toBeVisible();
  await expectAccessible(gw);
});
