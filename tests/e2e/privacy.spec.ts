import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, trajectOf } from "./support";

// Pim Privacytest has one traject, closed (AFGEROND): this test erases him.
test("the privacy officer reads a student's access log, exports it, and erases the student", async ({ page }) => {
  const { naam } = trajectOf("afgerondNoord");
  await signIn(page, "beheer");
  await page.getByRole("link", { name: /Privacy/ }).click();
  await page.getByLabel("Naam van de leerling").fill("pim privacyt");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { name: "1 leerling gevonden" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: naam }).click();
  await expect(page.getByRole("heading", { name: `Toegangslog: ${naam}` })).toBeVisible();
  await page.reload();
  // Reading the log is itself logged, with the officer's name.
  await expect(page.getByRole("cell", { name: "AUDIT_READ" }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "AUDIT_READ" }).first()).toContainText("Bas Beheerder");
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

  const erase = page.getByRole("button", { name: "Persoonsgegevens verwijderen" });
  await erase.click();
  await expect(page.getByLabel(/Ik begrijp dat/)).toHaveAccessibleDescription("Bevestig dat u de gegevens van deze leerling wilt verwijderen.");
  await page.getByLabel(/Ik begrijp dat/).check();
  await erase.click();
  await expect(page.getByRole("status")).toContainText("zijn verwijderd");
  await expect(page.getByRole("heading", { name: "Toegangslog: Verwijderde of onbekende leerling" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "STUDENT_ANONYMISE" })).toBeVisible();
  await expectAccessible(page);
});

test("no one but the privacy officer reaches the privacy pages or the export", async ({ page }) => {
  await signIn(page, "gwNoord");
  await expect(page).toHaveURL("/team");
  await page.goto("/beheer/privacy?naam=a");
  await expect(page).toHaveURL("/team");
  const response = await page.request.get(`/beheer/privacy/${trajectOf("eigenNoord").studentId}/export`);
  expect(response.status()).toBe(403);
});
