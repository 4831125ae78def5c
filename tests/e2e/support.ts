import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo";

/** WCAG 2.1 AA, checked by axe on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a server action the page's metadata streams in with the refreshed content: check the
  // page once it is whole, not halfway through that update.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

/** A page in a browser context of its own, signed in as `email`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/login/);
  return page;
}

/**
 * The zorgcoördinator of the school a traject page shows. Demo schools are "<name> <windstreek>"
 * with BRIN 99<first letter of the windstreek><1-4>, and their zorgcoördinator is zc.<brin>.
 */
export async function zorgcoordinatorOf(page: Page): Promise<string> {
  const school = (await page.locator("dt", { hasText: /^School$/ }).locator("+ dd").textContent())!;
  const nummer = ["Voorbeeldcollege", "Proeflyceum", "Oefenschool", "Demo Scholengemeenschap"].findIndex((n) => school.startsWith(n)) + 1;
  return `zc.99${school.split(" ").at(-1)![0]!.toLowerCase()}${nummer}@demo.toptrajecten.nl`;
}
