import { expect, test } from "@playwright/test";
import { emailOf, expectAccessible, signIn } from "./support";
import type { AccountKey } from "./fixture/plan";

const accounts: { account: AccountKey; path: string; heading: RegExp }[] = [
  { account: "zcNoord", path: "/school", heading: /Trajecten van Voorbeeldcollege Noord/ },
  { account: "oaNoord", path: "/windstreek", heading: /Windstreek Noord/ },
  { account: "gwNoord", path: "/team", heading: /Trajecten van Topteam Noord/ },
  { account: "tdNoord", path: "/team", heading: /Mijn trajecten/ },
  { account: "hvNoord", path: "/team", heading: /Mijn trajecten/ },
  { account: "swv", path: "/cijfers", heading: /Kwartaalcijfers Toptrajecten/ },
  { account: "beheer", path: "/beheer", heading: /Beheer/ },
  { account: "fg", path: "/privacy", heading: /Privacy/ },
];

test("the sign-in page lists the demo accounts and is accessible", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Demo-accounts" })).toBeVisible();
  await expectAccessible(page);
});

for (const account of accounts) {
  test(`${account.account} lands on their own start page`, async ({ page }) => {
    await signIn(page, account.account);
    await expect(page).toHaveURL(account.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
    await expectAccessible(page);
  });
}

test("the SWV start page shows counts only: no student names, no links to dossiers", async ({ page }) => {
  await signIn(page, "swv");
  await expect(page.getByRole("table", { name: "Trajecten per fase en windstreek" })).toBeVisible();
  await expect(page.locator('a[href^="/trajecten/"]')).toHaveCount(0);
});

test("a wrong password and an unknown address get the same message", async ({ page }) => {
  await signIn(page, { email: emailOf("zcNoord"), password: "niet-het-wachtwoord" });
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toHaveText("Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.");
  await expectAccessible(page);
  await signIn(page, { email: "niemand@toptrajecten.test", password: "niet-het-wachtwoord" });
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.");
  await expect(page).toHaveURL(/\/login/);
});

test("an empty form gets a message at each field", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Vul uw e-mailadres in.")).toBeVisible();
  await expect(page.getByText("Vul uw wachtwoord in.")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  // Focus goes to the first field to mend, not to the page body.
  await expect(page.getByLabel("E-mailadres")).toBeFocused();
});

test("after a few failed attempts from one address, sign-in makes it wait, and says how long", async ({ page }) => {
  const attempt = { email: "gepauzeerd@toptrajecten.test", password: "niet-het-wachtwoord" };
  for (let i = 0; i < 3; i++) {
    await signIn(page, attempt);
    await expect(page.getByRole("alert").filter({ hasText: "Aanmelden is niet gelukt" })).toBeVisible();
  }
  // The wait doubles with each failure, so quick tries more meet it however slow the machine:
  // on the same page, with only the password typed again (the form keeps the address).
  const wait = page.getByRole("alert").filter({ hasText: /Te veel mislukte pogingen\. Wacht \d+ (seconden|minuut|minuten)/ });
  for (let i = 0; i < 8 && !(await wait.isVisible()); i++) {
    await page.getByLabel("Wachtwoord", { exact: true }).fill(attempt.password);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Aanmelden" }).click()]);
    await expect(page.getByRole("button", { name: "Aanmelden" })).toBeEnabled();
  }
  await expect(wait).toBeVisible();
  await expectAccessible(page);
});
