import { expect, test } from "@playwright/test";
import { fixture } from "./fixture/plan";
import { expectAccessible, signIn } from "./support";

test("the functioneel beheerder sees the outbox; without a mail server the messages are kept and shown, naming no student", async ({ page }) => {
  await signIn(page, "beheer");
  await page.getByRole("link", { name: "Uitgaande e-mail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitgaande e-mail");
  // The fixture's approvals told the teams' gedragswetenschappers; the server's worker kept them.
  const kept = page.getByRole("article", { name: /Nieuwe goedgekeurde aanvraag voor uw Topteam, aan / }).first();
  await expect(kept).toContainText("Open het traject: http://localhost:");
  await expectAccessible(page);
  const content = await page.content();
  for (const { naam } of Object.values(fixture().trajecten)) expect(content).not.toContain(naam);
});
