// WCAG 2.1 AA by axe, for every browser test: the e2e suite and the production-instance suite.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 AA, checked by axe on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a server action the page's metadata streams in with the refreshed content: check the
  // page once it is whole, not halfway through that update.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
