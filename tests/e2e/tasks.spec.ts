import { expect, test } from "@playwright/test";
import { expectAccessible, pathOf, signIn, trajectOf } from "./support";

// A traject of Topteam Zuid 79 days into intensief, with the planned 12 weeks: the task is the
// gedragswetenschapper's until the extension is recorded.
test("the gedragswetenschapper's task for week 12 leads to the traject and goes away with the extension", async ({ page }) => {
  await signIn(page, "gwZuid");
  await expect(page).toHaveURL("/team");
  const taken = page.getByRole("region", { name: "Mijn taken", exact: true });
  const rij = taken.getByRole("row").filter({ hasText: trajectOf("week12Zuid").naam }).filter({ hasText: "Intensief bereikt week 12" });
  await expect(rij).toHaveCount(1);
  await expect(rij).toContainText("Bijna verlopen");
  await expect(page.getByRole("banner").getByRole("link", { name: /\d+ ta(ak|ken)/ })).toBeVisible();
  await expectAccessible(page);

  await rij.getByRole("link", { name: "Intensief bereikt week 12: verleng of start de borging" }).click();
  await expect(page).toHaveURL(`${pathOf("week12Zuid")}#volgende-stap`);
  await page.locator("summary", { hasText: "Intensief verlengen" }).click();
  const form = page.locator("details[open]").filter({ hasText: "Intensief verlengen" });
  await form.getByLabel("Nieuwe duur van intensief").selectOption("14");
  await form.getByLabel("Reden van de verlenging").fill("Het laatste doel vraagt twee weken meer.");
  await form.getByRole("button", { name: "Intensief verlengen" }).click();
  await expect(page.getByRole("status")).toHaveText("Vastgelegd: Intensief verlengd.");

  await page.goto("/team");
  await expect(taken.getByRole("row").filter({ hasText: trajectOf("week12Zuid").naam }).filter({ hasText: "Intensief bereikt week 12" })).toHaveCount(0);
});

// Every role with a task list sees it first on its start page, and it passes axe. The
// coördinator's is checked in second-factor.spec.ts, the one test that signs in as them.
for (const [account, start] of [
  ["zcZuid", "/school"],
  ["oaOost", "/windstreek"],
  ["tdZuid", "/team"],
] as const) {
  test(`the task list on ${start} for ${account} is the page's first section`, async ({ page }) => {
    await signIn(page, account);
    await expect(page).toHaveURL(start);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^Mijn taken/);
    await expectAccessible(page);
  });
}

test("the onderwijsadviseur sees the dossiercheck waiting, with its days", async ({ page }) => {
  await signIn(page, "oaOost");
  const rij = page.getByRole("region", { name: "Mijn taken", exact: true }).getByRole("row").filter({ hasText: trajectOf("wachtrijOost").naam });
  await expect(rij).toContainText("Dossiercheck uitvoeren");
  await expect(rij).toContainText("3 dagen in behandeling");
});

