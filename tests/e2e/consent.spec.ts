import { expect, test } from "@playwright/test";
import { expectAccessible, pathOf, signedInPage } from "./support";

test("when the school withdraws consent, the Topteam no longer sees the student; consent given again restores it", async ({ browser }) => {
  // A traject of Topteam Oost in borging, and its school's zorgcoördinator.
  const gw = await signedInPage(browser, "gwOost");
  const url = pathOf("borgingOost");
  await gw.goto(url);
  const naam = (await gw.getByRole("heading", { level: 1 }).textContent())!;
  const zc = await signedInPage(browser, "zcOost");
  await zc.goto(url);
  await zc.locator("summary", { hasText: "Toestemming intrekken" }).first().click();
  await zc.getByRole("button", { name: /^Intrekken:/ }).first().click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Toestemming ingetrokken.");
  await expect(zc.getByRole("region", { name: "Geschiedenis" }).getByText("Toestemming ingetrokken", { exact: true })).toBeVisible();
  await expectAccessible(zc);

  await gw.reload();
  await expect(gw.getByRole("heading", { level: 1 })).toHaveText("Afgeschermd: geen geldige toestemming");
  await expect(gw.getByRole("note")).toContainText("geen geldige toestemming");
  await expect(gw.getByText(naam)).toHaveCount(0);
  await expectAccessible(gw);

  await zc.locator("summary", { hasText: "Toestemming vastleggen" }).click();
  await zc.getByRole("button", { name: "Toestemming vastleggen" }).click();
  await expect(zc.getByLabel("Naam van wie toestemming gaf")).toHaveAccessibleDescription("Vul de naam in van wie toestemming gaf.");
  await zc.getByLabel("Naam van wie toestemming gaf").fill("Ouder (opnieuw)");
  await zc.getByRole("button", { name: "Toestemming vastleggen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Toestemming vastgelegd.");
  await gw.reload();
  await expect(gw.getByRole("heading", { level: 1 })).toHaveText(naam);
});
