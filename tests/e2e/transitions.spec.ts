import { expect, test, type Page } from "@playwright/test";
import { amsterdamDay, plusDays } from "@/lib/calendar";
import { expectAccessible, pathOf, signIn } from "./support";

// Two approved trajecten of the fixture, of Topteam Noord and Oost, wait for their
// kennismakingsgesprek. Each test undoes what it does, so the traject ends as it began.
const iso = (value: Date) => value.toISOString().slice(0, 10);

async function openStep(page: Page, name: string) {
  await page.locator("summary", { hasText: name }).click();
  return page.locator("details[open]").filter({ hasText: name });
}

test("the gedragswetenschapper starts onderzoek, is told about a wrong date at the field, and undoes it", async ({ page }) => {
  await signIn(page, "gwNoord");
  await expect(page).toHaveURL("/team");
  await page.goto(pathOf("goedgekeurdNoord"));
  await expect(page.getByText("Aanmelding: goedgekeurd, wacht op kennismakingsgesprek", { exact: true })).toBeVisible();
  await expectAccessible(page);

  const form = await openStep(page, "Onderzoek starten");
  const datum = form.getByLabel("Datum van het kennismakingsgesprek");
  await datum.fill(iso(plusDays(amsterdamDay(), 1)));
  await form.getByRole("button", { name: "Onderzoek starten" }).click();
  await expect(form.getByRole("alert")).toHaveText("Er is niets opgeslagen. Verbeter de gemarkeerde velden.");
  await expect(datum).toHaveAttribute("aria-invalid", "true");
  await expect(datum).toHaveAccessibleDescription("De datum mag niet in de toekomst liggen.");
  // Focus goes to the field to mend, so that the keyboard user is where the message is.
  await expect(datum).toBeFocused();
  await expectAccessible(page);

  await datum.fill(iso(amsterdamDay()));
  await form.getByLabel("Notitie").fill("Kennismaking met leerling, ouders en mentor.");
  await form.getByRole("button", { name: "Onderzoek starten" }).click();
  await expect(page.getByRole("status")).toHaveText("Vastgelegd: Kennismakingsgesprek: onderzoek gestart.");
  await expect(page.getByRole("status")).toBeFocused();
  await expect(page.getByText("week 1 van 4")).toBeVisible();
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByText("Kennismaking met leerling, ouders en mentor.")).toBeVisible();

  const undo = await openStep(page, "Laatste stap terugdraaien");
  await undo.getByRole("button", { name: "Laatste stap terugdraaien" }).click();
  await expect(undo.getByLabel("Reden van de correctie")).toHaveAccessibleDescription("Geef de reden van de correctie.");
  await undo.getByLabel("Reden van de correctie").fill("Verkeerd traject aangeklikt.");
  await undo.getByRole("button", { name: "Laatste stap terugdraaien" }).click();
  await expect(page.getByRole("status")).toHaveText("Vastgelegd: Correctie.");
  await expect(page.getByText("Aanmelding: goedgekeurd, wacht op kennismakingsgesprek", { exact: true })).toBeVisible();
  await expect(history.getByText("teruggedraaid")).toHaveCount(1);
  await expect(history.getByText("Verkeerd traject aangeklikt.")).toBeVisible();
  await expectAccessible(page);
});

test("of two people starting the same onderzoek at once, the second is told to reload", async ({ browser }) => {
  const pages = await Promise.all(
    [0, 1].map(async () => {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, "gwOost");
      await expect(page).toHaveURL("/team");
      await page.goto(pathOf("goedgekeurdOost"));
      return page;
    }),
  );
  const [first, second] = pages as [Page, Page];
  const forms = await Promise.all(pages.map((page) => openStep(page, "Onderzoek starten")));
  await forms[0]!.getByRole("button", { name: "Onderzoek starten" }).click();
  await expect(first.getByRole("status")).toHaveText("Vastgelegd: Kennismakingsgesprek: onderzoek gestart.");

  await forms[1]!.getByRole("button", { name: "Onderzoek starten" }).click();
  await expect(forms[1]!.getByRole("alert")).toHaveText(
    "Iemand anders heeft dit traject intussen gewijzigd. Herlaad de pagina en probeer het opnieuw.",
  );
  await expectAccessible(second);

  const undo = await openStep(first, "Laatste stap terugdraaien");
  await undo.getByLabel("Reden van de correctie").fill("Opgeruimd na de test.");
  await undo.getByRole("button", { name: "Laatste stap terugdraaien" }).click();
  await expect(first.getByRole("status")).toHaveText("Vastgelegd: Correctie.");
  await Promise.all(pages.map((page) => page.context().close()));
});
