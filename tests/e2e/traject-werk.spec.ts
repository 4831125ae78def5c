import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, pathOf, signedInPage, signIn, trajectOf } from "./support";

// A traject of Topteam Zuid in onderzoek, taken by its gedragswetenschapper to the end: intensief
// with two goals and two evaluations, a handelingsadvies, borging, both follow-ups, closure, and
// the exit questionnaire answered once through its link, in a browser without an account.

async function form(page: Page, summary: string): Promise<Locator> {
  const details = page.locator("details", { has: page.locator("summary", { hasText: summary }) });
  await details.locator("summary").click();
  return details;
}

async function vastgelegd(page: Page, wat: string) {
  await expect(page.getByRole("status")).toHaveText(`Vastgelegd: ${wat}.`);
}

const DOELEN = ["Vraagt om hulp voordat hij vastloopt.", "Komt elke ochtend op tijd op school."];

test("the gedragswetenschapper takes a traject from onderzoek to closed, and the exit link works once", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "gwZuid");
  await expect(page).toHaveURL("/team");
  await page.getByRole("table", { name: "Trajecten van het team" }).getByRole("link", { name: trajectOf("onderzoekZuid").naam }).click();
  await expect(page).toHaveURL(pathOf("onderzoekZuid"));

  // Onderzoek: a contact, an observation, and two notes, one for the Topteam only.
  const contact = await form(page, "Contact aan het netwerk toevoegen");
  await contact.getByLabel("Wie is het").selectOption("MENTOR");
  await contact.getByLabel("Naam").fill("Mw. De Mentor");
  await contact.getByRole("button", { name: "Contact toevoegen" }).click();
  await vastgelegd(page, "Netwerk bijgewerkt");
  let activiteit = await form(page, "Activiteit vastleggen");
  await activiteit.getByLabel("Soort activiteit").selectOption("OBSERVATIE");
  await activiteit.getByLabel("Wie deden mee").fill("Topdocent");
  await activiteit.getByRole("button", { name: "Activiteit vastleggen" }).click();
  activiteit = page.locator("details", { has: page.locator("summary", { hasText: "Activiteit vastleggen" }) });
  await expect(activiteit.getByLabel("Situatie (bij een observatie)")).toHaveAccessibleDescription("Kies in welke situatie is geobserveerd.");
  await activiteit.getByLabel("Situatie (bij een observatie)").selectOption("LES_LASTIG");
  await activiteit.getByLabel("Notities").fill("Haakt af bij zelfstandig werken.");
  await activiteit.getByLabel("Wie mag dit lezen?").selectOption("GEDEELD");
  await activiteit.getByRole("button", { name: "Activiteit vastleggen" }).click();
  await vastgelegd(page, "Activiteit vastgelegd");
  for (const [tekst, zichtbaarheid] of [["Alleen voor ons: zorgen over de thuissituatie.", "TOPTEAM"], ["Gedeeld: mentor doet goed mee.", "GEDEELD"]]) {
    const notitie = await form(page, "Notitie vastleggen");
    await notitie.getByLabel("Notitie", { exact: true }).fill(tekst!);
    await notitie.getByLabel("Wie mag dit lezen?").selectOption(zichtbaarheid!);
    await notitie.getByRole("button", { name: "Notitie vastleggen" }).click();
    await expect(page.getByRole("region", { name: "Notities" }).getByText(tekst!)).toBeVisible();
  }
  await expectAccessible(page);
  const url = new URL(page.url()).pathname;
  const school = await signedInPage(browser, "zcZuid");
  await school.goto(url);
  await expect(school.getByRole("region", { name: "Notities" }).getByText("Gedeeld: mentor doet goed mee.")).toBeVisible();
  await expect(school.getByText("Haakt af bij zelfstandig werken.")).toBeVisible();
  await expect(school.getByText(/zorgen over de thuissituatie/)).toHaveCount(0);
  await expect(school.getByText("Mw. De Mentor")).toHaveCount(0);

  // Intensief, with the two goals of the advies-/startgesprek.
  let stap = await form(page, "Intensief starten");
  for (const [i, doel] of DOELEN.entries()) {
    await stap.getByLabel(`Doel ${i + 1}`, { exact: true }).fill(doel);
    await stap.getByLabel(`Gebied van doel ${i + 1}`).selectOption(i === 0 ? "GEDRAG_SOCIAAL_EMOTIONEEL" : "THUIS");
  }
  await stap.getByRole("button", { name: "Intensief starten" }).click();
  await vastgelegd(page, "Advies-/startgesprek: intensief gestart");

  // Two evaluations; an evaluation without its scores is refused at the fields.
  for (const [n, scores] of [[3, 5], [6, 8]].entries()) {
    const evaluatie = await form(page, "Evaluatie vastleggen");
    await evaluatie.getByLabel("Deelnemers").fill("Mentor, ouders, Topdocent, gedragswetenschapper");
    if (n === 0) {
      await evaluatie.getByRole("button", { name: "Evaluatie vastleggen" }).click();
      const opnieuw = page.locator("details", { has: page.locator("summary", { hasText: "Evaluatie vastleggen" }) });
      await expect(opnieuw.getByLabel(`Voortgang (1 tot 10): ${DOELEN[0]}`)).toHaveAccessibleDescription("Kies de voortgang (1 tot 10).");
      await expectAccessible(page);
    }
    const open = page.locator("details", { has: page.locator("summary", { hasText: "Evaluatie vastleggen" }) });
    for (const [i, doel] of DOELEN.entries()) {
      await open.getByLabel(`Voortgang (1 tot 10): ${doel}`).selectOption(String(scores[i]));
      await open.getByLabel(`Besluit: ${doel}`).selectOption("HANDHAVEN");
    }
    await open.getByRole("button", { name: "Evaluatie vastleggen" }).click();
    await expect(page.getByRole("region", { name: "Geschiedenis" }).getByText("Evaluatie vastgelegd", { exact: true })).toHaveCount(n + 1);
  }
  const doelen = page.getByRole("region", { name: "Doelen en evaluaties" });
  await expect(doelen.getByRole("img", { name: `Voortgang van ${DOELEN[0]}: 3 op ${await datum(page)}, 6 op ${await datum(page)}.` })).toBeVisible();
  await expect(doelen.getByRole("table", { name: `Evaluaties van ${DOELEN[1]}` }).getByRole("row")).toHaveCount(3);
  await expectAccessible(page);

  // Borging, with one handelingsadvies, and the handover to the mentor.
  stap = await form(page, "Borging starten");
  await stap.getByLabel("Advies 1 is voor").selectOption("DOCENTEN");
  await stap.getByLabel("Advies 1", { exact: true }).fill("Geef hem een vaste plek bij de deur en een time-outkaart.");
  await stap.getByRole("button", { name: "Borging starten" }).click();
  await vastgelegd(page, "Borging gestart");
  await expect(page.getByRole("region", { name: "Handelingsadviezen" }).getByText("Geef hem een vaste plek bij de deur")).toBeVisible();
  const overdracht = await form(page, "Overdracht vastleggen");
  await overdracht.getByLabel("Overgedragen aan").selectOption("MENTOR");
  await overdracht.getByRole("button", { name: "Overdracht vastleggen" }).click();
  await vastgelegd(page, "Overdracht vastgelegd");

  // Follow-up at 3 and 12 months, then closure.
  await (await form(page, "Follow-up starten")).getByRole("button", { name: "Follow-up starten" }).click();
  await vastgelegd(page, "Follow-up gestart");
  for (const [k, moment] of ["DRIE_MAANDEN", "TWAALF_MAANDEN"].entries()) {
    const fu = await form(page, "Follow-up vastleggen");
    await fu.getByLabel("Welke follow-up").selectOption(moment);
    await fu.getByLabel("Krijgt de leerling nog onderwijs op het uitstroomniveau?").selectOption("JA");
    await fu.getByLabel("Wordt een diploma verwacht?").selectOption("JA");
    await fu.getByRole("button", { name: "Follow-up vastleggen" }).click();
    // The same message twice: count the history rows to know the second one is in.
    await expect(page.getByRole("region", { name: "Geschiedenis" }).getByText("Follow-up vastgelegd", { exact: true })).toHaveCount(k + 1);
  }
  await (await form(page, "Traject afronden")).getByRole("button", { name: "Traject afronden" }).click();
  await vastgelegd(page, "Traject afgerond");

  // The exit links, shown once.
  await page.getByRole("button", { name: "Links voor de exit-vragenlijst maken" }).click();
  const links = page.getByRole("status").filter({ hasText: "werken één keer" });
  const ouders = (await links.getByRole("definition").first().textContent())!;
  expect(ouders).toMatch(/\/exit\/[\w-]{40,}$/);
  await expectAccessible(page);

  // A fresh browser, no account: the link works once.
  const ouder = await (await browser.newContext()).newPage();
  await ouder.goto(ouders);
  await expect(ouder.getByRole("heading", { level: 1 })).toHaveText("Vragenlijst na het Toptraject");
  await ouder.getByRole("button", { name: "Versturen" }).click();
  await expect(ouder.getByRole("group", { name: "Hoe tevreden bent u over het Toptraject als geheel?" })).toHaveAccessibleDescription("Kies een score van 1 tot 5.");
  await expectAccessible(ouder);
  for (const group of await ouder.getByRole("group").all()) await group.getByRole("radio").nth(3).check();
  await ouder.getByLabel("Wat wilt u ons nog meegeven? (niet verplicht)").fill("Veel geleerd, dank jullie wel.");
  await ouder.getByRole("button", { name: "Versturen" }).click();
  await expect(ouder.getByRole("heading", { level: 1 })).toHaveText("Dank u wel");
  await expectAccessible(ouder);

  await ouder.goto(ouders);
  await expect(ouder.getByRole("alert").filter({ hasText: "Deze vragenlijst" })).toHaveText("Deze vragenlijst is al ingevuld. Dank u wel!");
  const ander = await (await browser.newContext()).newPage();
  await ander.goto(ouders);
  await expect(ander.getByRole("alert").filter({ hasText: "Deze vragenlijst" })).toHaveText("Deze vragenlijst is al ingevuld. Dank u wel!");
  await expect(ander.getByRole("button", { name: "Versturen" })).toHaveCount(0);

  await page.reload();
  const exit = page.getByRole("region", { name: "Exit-vragenlijst" });
  await expect(exit.getByText("Veel geleerd, dank jullie wel.")).toBeVisible();
});

/** Today as the page writes dates, read from the last history entry. */
async function datum(page: Page): Promise<string> {
  // The line "<date> · <who>" of the latest entry.
  const text = (await page.getByRole("region", { name: "Geschiedenis" }).getByRole("listitem").last().locator("p", { hasText: " · " }).first().textContent())!;
  return text.split(" · ")[0]!;
}
