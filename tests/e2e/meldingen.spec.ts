import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("a user switches an e-mail off, makes a calendar link that works once shown, and revokes it", async ({ page }) => {
  await signIn(page, "gwOost");
  await page.getByRole("banner").getByRole("link", { name: "Meldingen" }).click();
  await expect(page).toHaveURL("/account/meldingen");
  await expectAccessible(page);

  const weekoverzicht = page.getByRole("checkbox", { name: /^Weekoverzicht van mijn taken/ });
  await expect(weekoverzicht).toBeChecked();
  await weekoverzicht.uncheck();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Uw keuze voor e-mails is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Weekoverzicht van mijn taken/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Een goedgekeurde aanvraag/ })).toBeChecked();

  await page.getByRole("button", { name: "Agenda-link maken" }).click();
  const link = page.getByLabel(/^Agenda-link/);
  await expect(link).toHaveValue(/\/agenda\/[\w-]{32}\.ics$/);
  await expectAccessible(page);
  const url = new URL(await link.inputValue());
  const feed = await page.request.get(url.pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("X-WR-TIMEZONE:Europe/Amsterdam");

  await page.goto("/account/meldingen");
  await expect(page.getByText("U heeft een agenda-link.")).toBeVisible();
  await page.getByRole("button", { name: "Agenda-link intrekken" }).click();
  await expect(page.getByText("Uw agenda-link is ingetrokken: hij werkt niet meer.")).toBeVisible();
  expect((await page.request.get(url.pathname)).status()).toBe(404);

  // Back as it was, for the other tests.
  await page.getByRole("checkbox", { name: /^Weekoverzicht van mijn taken/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Uw keuze voor e-mails is opgeslagen.")).toBeVisible();
});
