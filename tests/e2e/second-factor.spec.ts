import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectAccessible, signIn } from "./support";

// The e2e server requires a second factor for the coordinator (TOTP_REQUIRED_ROLES), and no
// other test signs in as the fixture's coordinator.

/** The code an authenticator app would show `offset` seconds from now. */
const codeFor = (secret: string, offset = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offset * 1000 });

async function password(page: Page) {
  await signIn(page, "coordinator");
}

test("a role that requires a second factor sets it up before anything else, then signs in with a code", async ({ page }) => {
  await password(page);
  await expect(page).toHaveURL("/account/tweestaps");
  await expect(page.getByRole("alert").filter({ hasText: "verplicht" })).toBeVisible();
  await page.goto("/coordinatie");
  await expect(page).toHaveURL("/account/tweestaps");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  const secret = (await page.getByTestId("totp-sleutel").textContent())!.trim();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await page.getByLabel("Code uit uw authenticator-app").fill("000000");
  await page.getByRole("button", { name: "Bevestigen en aanzetten" }).click();
  await expect(page.getByLabel("Code uit uw authenticator-app")).toHaveAccessibleDescription(/klopt niet/);
  await expectAccessible(page);
  await page.getByLabel("Code uit uw authenticator-app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Bevestigen en aanzetten" }).click();
  await expect(page.getByRole("heading", { name: /Staat aan sinds/ })).toBeVisible();
  await page.goto("/coordinatie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Coördinatie Toptrajecten/);
  // The coördinator's task list comes first, as on every start page.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^Mijn taken/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Afmelden" }).click();
  await password(page);
  await expect(page.getByRole("alert").filter({ hasText: "Vul ook de code" })).toBeVisible();
  await expectAccessible(page);
  // The code used to confirm cannot be used again; the next one can.
  await page.getByLabel("Code uit uw authenticator-app").fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL("/coordinatie");
});
