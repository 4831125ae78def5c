import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, pathOf, signedInPage, signIn, trajectOf } from "./support";

// Pim Privacytest has one traject, closed (AFGEROND): this test erases him.
test("the privacy officer reads a student's access log, exports it, and erases the student", async ({ browser, page }) => {
  const { naam } = trajectOf("afgerondNoord");
  // Another team's gedragswetenschapper tries the dossier: refused, and logged.
  const outsider = await signedInPage(browser, "gwZuid");
  await outsider.goto(pathOf("afgerondNoord"));
  await expect(outsider.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
  await outsider.context().close();

  await signIn(page, "fg");
  await expect(page).toHaveURL("/privacy");
  await page.getByLabel("Naam van de leerling").fill("pim privacyt");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { name: "1 leerling gevonden" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: naam }).click();
  await expect(page.getByRole("heading", { name: `Toegangslog: ${naam}` })).toBeVisible();
  // The tasks come first, then the log.
  const tasks = await page.getByRole("heading", { name: "Inzage (AVG)" }).boundingBox();
  const logHeading = await page.getByRole("heading", { name: "Wie heeft het dossier ingezien of gewijzigd" }).boundingBox();
  expect(tasks!.y).toBeLessThan(logHeading!.y);
  await page.reload();
  // Reading the log is itself logged, with the officer's name, in words rather than codes.
  const read = page.getByRole("row").filter({ hasText: "Toegangslog bekeken" }).first();
  await expect(read).toContainText("Femke Gegevens");
  await expect(read).toContainText("Functionaris gegevensbescherming");
  await expect(page.getByRole("table")).not.toContainText("AUDIT_READ");
  await expect(page.getByRole("table")).not.toContainText("school:");
  // At 1366 px the outcome is on screen without scrolling sideways.
  await page.setViewportSize({ width: 1366, height: 768 });
  const outcome = await page.getByRole("columnheader", { name: "Uitkomst" }).boundingBox();
  expect(outcome!.x + outcome!.width).toBeLessThan(1366);
  await expectAccessible(page);

  await page.getByLabel("Alleen geweigerde pogingen").check();
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/geweigerd=1/);
  const refused = page.getByRole("table").getByRole("row").filter({ hasText: "Greet Zuidhoek" });
  await expect(refused.first()).toContainText("Dossier geopend");
  await expect(refused.first()).toContainText("Geweigerd");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Toegestaan" })).toHaveCount(0);
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren als JSON" }).click();
  const exported = JSON.parse(await readFile((await (await downloading).path())!, "utf8"));
  expect(exported.leerling).toMatchObject({ voornaam: "Pim", achternaam: "Privacytest" });
  expect(exported.leerling.trajecten[0].history.length).toBeGreaterThan(5);
  expect(exported.toegangslog.some((row: { action: string }) => row.action === "AUDIT_READ")).toBe(true);

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren als PDF" }).click();
  const pdf = await readFile((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(2000);

  // Who asked is required: the answer comes at the field, and nothing is destroyed.
  const erase = page.getByRole("button", { name: "Vernietigen" });
  await erase.click();
  const question = page.getByRole("dialog", { name: /definitief vernietigen\?/ });
  await question.getByRole("button", { name: "Ja, definitief vernietigen" }).click();
  await expect(page.getByLabel("Wie vroeg erom")).toHaveAccessibleDescription("Kies wie om vernietiging vroeg.");
  await expect(page.getByRole("heading", { name: `Toegangslog: ${naam}` })).toBeVisible();
  await page.getByLabel("Wie vroeg erom").selectOption("OUDERS");

  // Asked first, in a dialog whose safe choice has focus; cancelling changes nothing.
  await erase.click();
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Annuleren" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(erase).toBeFocused();
  await expect(page.getByRole("heading", { name: `Toegangslog: ${naam}` })).toBeVisible();

  await erase.click();
  await question.getByRole("button", { name: "Ja, definitief vernietigen" }).click();
  // The confirmation takes focus, so that it is read out.
  await expect(page.getByRole("status")).toContainText("zijn verwijderd");
  await expect(page.getByRole("status")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Toegangslog: Verwijderde of onbekende leerling" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Persoonsgegevens verwijderd" })).toBeVisible();
  // The request stays on record, without a name.
  await expect(page.getByRole("region", { name: "Vastgelegde verzoeken tot vernietiging" })).toContainText("De ouders of verzorgers, verzocht op");
  await expectAccessible(page);
});

for (const [account, start] of [["gwNoord", "/team"], ["beheer", "/beheer"]] as const) {
  test(`${account} does not reach the privacy pages or the export`, async ({ page }) => {
    await signIn(page, account);
    await expect(page).toHaveURL(start);
    await page.goto("/privacy?naam=a");
    await expect(page).toHaveURL(start);
    const response = await page.request.get(`/privacy/${trajectOf("eigenNoord").studentId}/export`);
    expect(response.status()).toBe(403);
  });
}
