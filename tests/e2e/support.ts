import { expect, type Browser, type Page } from "@playwright/test";
import { fixture, type AccountKey, type TrajectKey } from "./fixture/plan";

export { expectAccessible } from "../support/accessible";

/** The e-mail address of one of the fixture's accounts. */
export const emailOf = (account: AccountKey): string => fixture().accounts[account];

/** One of the fixture's trajecten: its id, its student's id and name. */
export const trajectOf = (traject: TrajectKey) => fixture().trajecten[traject];

/** The page of one of the fixture's trajecten. */
export const pathOf = (traject: TrajectKey): string => `/trajecten/${trajectOf(traject).id}`;

/** Signs in as a fixture account, or with any address and password (to test refusals). */
export async function signIn(page: Page, account: AccountKey | { email: string; password: string }) {
  const { email, password } = typeof account === "string" ? { email: emailOf(account), password: fixture().password } : account;
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

/** A page in a browser context of its own, signed in as `account`. */
export async function signedInPage(browser: Browser, account: AccountKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  await expect(page).not.toHaveURL(/login/);
  return page;
}
