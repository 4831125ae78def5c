import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("the functioneel beheerder imports accounts from CSV: a bad row is named and nothing is written, then all are", async ({ page }) => {
  await signIn(page, "beheer");
  await page.getByRole("link", { name: "Importeren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importeren");
  await expectAccessible(page);
  const file = (rows: string[]) => ({ name: "accounts.csv", mimeType: "text/csv", buffer: Buffer.from(["naam;email;rol;organisatie", ...rows].join("\r\n")) });
  const good = ["Ilse Import;ilse.import@school.test;Topdocent;Topteam West en Nieuw-West", "Ivo Import;ivo.import@school.test;Zorgcoördinator;99W1"];

  await page.getByLabel("CSV-bestand").setInputFiles(file([good[0]!, "Fout Regel;geen-adres;Topdocent;Topteam West en Nieuw-West"]));
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "1 van de 2 regels kloppen niet. Er is niets geïmporteerd." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "geen-adres" })).toContainText("Dit is geen geldig e-mailadres.");
  await expect(page.getByRole("row").filter({ hasText: "geen-adres" }).getByRole("cell").first()).toHaveText("3");
  await expect(page.getByRole("button", { name: /importeren/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Een ander bestand controleren" }).click();
  await page.getByLabel("CSV-bestand").setInputFiles(file(good));
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("status")).toContainText("Alle 2 regels kloppen.");
  await page.getByRole("button", { name: "Alle 2 regels importeren" }).click();
  await expect(page.getByRole("status")).toContainText("2 accounts geïmporteerd.");
  await expect(page.getByRole("status")).toBeFocused();

  // The new accounts wait for their invitation; one of them is changed.
  await page.getByRole("link", { name: "Accounts" }).click();
  const row = page.getByRole("row").filter({ hasText: "ivo.import@school.test" });
  await expect(row).toContainText("Uitgenodigd");
  await row.getByRole("link", { name: /Wijzigen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account: Ivo Import");
  await expectAccessible(page);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Topdocent" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByLabel("Topteam")).toHaveAccessibleDescription("Kies het Topteam van dit account.");
  await page.getByLabel("Topteam").selectOption({ label: "Topteam West en Nieuw-West" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Het account is gewijzigd.");
  await expect(page.getByRole("row").filter({ hasText: "ivo.import@school.test" })).toContainText("Topdocent");
});

test("Wachtwoord vergeten? answers the same for any address, and a signed-in user changes their password", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill("niemand@nergens.test");
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status")).toContainText("Als dit adres bij een account hoort");
  await expectAccessible(page);

  await signIn(page, "hvNoord");
  await expect(page).toHaveURL("/team");
  await page.getByRole("link", { name: "Wachtwoord", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord wijzigen");
  await page.getByLabel("Huidig wachtwoord").fill("niet-het-goede");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("wachtwoord1234");
  await page.getByLabel("Nogmaals het nieuwe wachtwoord").fill("wachtwoord1234");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByLabel("Huidig wachtwoord")).toHaveAccessibleDescription("Dit is niet uw huidige wachtwoord.");
  await expect(page.getByLabel("Huidig wachtwoord")).toBeFocused();
  await expectAccessible(page);
});
