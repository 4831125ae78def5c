import { expect, test, type Locator, type Page } from "@playwright/test";
import { pdfFile, polyglot } from "../support/pdf-file";
import { expectAccessible, signedInPage } from "./support";

// The aanmelding route in one run, as the handbook's Stap 1 to 3 describe it: advice, an
// anonymous vooroverleg with the OPP, consent, the request, the dossiercheck and approval,
// until the Topteam's gedragswetenschapper starts onderzoek. A school in West and its windstreek.

/** Opens the form under a summary ("Vooroverleg plannen") and returns it. */
async function form(page: Page, summary: string): Promise<Locator> {
  const details = page.locator("details", { has: page.locator("summary", { hasText: summary }) });
  await details.locator("summary").click();
  return details;
}

// Over the size limit, content does not matter: the form stops it before anything is sent.
const tooLarge = () => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024, 0x20)]);

test("from a school's first question to onderzoek, seen by no one outside the school's windstreek", async ({ browser }) => {
  test.setTimeout(180_000);
  const zc = await signedInPage(browser, "zcWest1");
  const otherSchool = await signedInPage(browser, "zcWest2");
  const otherOa = await signedInPage(browser, "oaNoord");
  const outsiders = [otherSchool, otherOa];
  const seenByNoOutsider = async (path: string) => {
    for (const outsider of outsiders) expect((await outsider.goto(path))?.status(), path).toBe(404);
  };

  // 1. Advice, anonymously.
  await zc.locator("summary", { hasText: "Advies vragen over een leerling" }).click();
  await zc.getByLabel("Uw vraag").fill("Leerling in klas 3 verzuimt steeds vaker en raakt achter. Past een Toptraject?");
  await zc.getByRole("button", { name: "Advies vragen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Advies gevraagd.");
  const url = new URL(zc.url()).pathname;
  await seenByNoOutsider(url);

  // 2. The vooroverleg: planned, anonymous.
  let plan = await form(zc, "Vooroverleg plannen");
  await plan.getByRole("button", { name: "Vooroverleg plannen" }).click();
  await expect(plan.getByLabel("Deelnemers")).toHaveAccessibleDescription(/Noem wie er deelnemen\./);
  await expect(plan.getByLabel("Wordt de leerling anoniem of op naam besproken?")).toHaveAccessibleDescription(/Kies of de leerling anoniem/);
  await expectAccessible(zc);
  plan = zc.locator("details", { has: zc.locator("summary", { hasText: "Vooroverleg plannen" }) });
  await plan.getByLabel("Deelnemers").fill("Zorgcoördinator, mentor, gedragswetenschapper, onderwijsadviseur");
  await plan.getByLabel("Datum van het vooroverleg").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await plan.getByLabel("Wordt de leerling anoniem of op naam besproken?").selectOption("ANONIEM");
  await plan.getByRole("button", { name: "Vooroverleg plannen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Vooroverleg gepland.");
  await expect(zc.getByRole("definition").filter({ hasText: /^Aanmelding: vooroverleg$/ })).toBeVisible();

  // The OPP: a file over the limit is stopped at the field, so is one that is no PDF.
  let opp = await form(zc, "OPP toevoegen");
  await opp.getByLabel("OPP (PDF)").setInputFiles({ name: "opp.pdf", mimeType: "application/pdf", buffer: tooLarge() });
  await expect(opp.getByLabel("OPP (PDF)")).toHaveAccessibleDescription(/groter dan 5 MB/);
  await opp.getByLabel("OPP (PDF)").setInputFiles({ name: "opp.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>geen pdf</html>") });
  await opp.getByRole("button", { name: "OPP toevoegen" }).click();
  opp = zc.locator("details", { has: zc.locator("summary", { hasText: "OPP toevoegen" }) });
  await expect(opp.getByLabel("OPP (PDF)")).toHaveAccessibleDescription(/Dit is geen PDF-bestand/);
  await expect(zc.getByText("Er is nog geen OPP toegevoegd.")).toBeVisible();
  await opp.getByLabel("OPP (PDF)").setInputFiles({ name: "OPP anoniem.pdf", mimeType: "application/pdf", buffer: Buffer.from(polyglot()) });
  // The field already says "geen PDF" from the try before: wait for this refusal's own answer,
  // and for the form to be done with it (it resets its fields then, a chosen file included).
  await Promise.all([zc.waitForResponse((r) => r.request().method() === "POST"), opp.getByRole("button", { name: "OPP toevoegen" }).click()]);
  opp = zc.locator("details", { has: zc.locator("summary", { hasText: "OPP toevoegen" }) });
  await expect(opp.getByRole("button", { name: "OPP toevoegen" })).toBeEnabled();
  await expect(opp.getByLabel("OPP (PDF)")).toHaveAccessibleDescription(/Dit is geen PDF-bestand/);
  await expect(zc.getByText("Er is nog geen OPP toegevoegd.")).toBeVisible();
  // Past the browser's check, over HTTP: the same post with a 20 MB file in it gets the field's
  // message from the server, not an error page.
  const real = Buffer.from(await pdfFile());
  await zc.route(zc.url(), async (route) => {
    const body = route.request().postDataBuffer();
    const start = body?.indexOf(real.subarray(0, 64)) ?? -1;
    if (route.request().method() !== "POST" || !body || start < 0) return route.continue();
    const big = Buffer.concat([real, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    return route.continue({ postData: Buffer.concat([body.subarray(0, start), big, body.subarray(start + real.length)]) });
  });
  await opp.getByLabel("OPP (PDF)").setInputFiles({ name: "OPP anoniem.pdf", mimeType: "application/pdf", buffer: real });
  await Promise.all([zc.waitForResponse((r) => r.request().method() === "POST"), opp.getByRole("button", { name: "OPP toevoegen" }).click()]);
  await zc.unrouteAll();
  opp = zc.locator("details", { has: zc.locator("summary", { hasText: "OPP toevoegen" }) });
  await expect(opp.getByLabel("OPP (PDF)")).toHaveAccessibleDescription(/groter dan 5 MB/);
  await expect(zc.getByText("Er is nog geen OPP toegevoegd.")).toBeVisible();

  await opp.getByLabel("OPP (PDF)").setInputFiles({ name: "OPP anoniem.pdf", mimeType: "application/pdf", buffer: real });
  await opp.getByRole("button", { name: "OPP toevoegen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: OPP toegevoegd.");
  const oppLink = zc.getByRole("link", { name: "OPP anoniem.pdf" });
  const oppPath = (await oppLink.getAttribute("href"))!;
  expect((await zc.request.get(oppPath)).status()).toBe(200);
  for (const outsider of outsiders) expect((await outsider.request.get(oppPath)).status()).toBe(404);

  // Recorded: the five questions, the target-group check with its warning, the decision.
  let verslag = await form(zc, "Vooroverleg vastleggen");
  await verslag.getByRole("button", { name: "Vooroverleg vastleggen" }).click();
  verslag = zc.locator("details", { has: zc.locator("summary", { hasText: "Vooroverleg vastleggen" }) });
  await expect(verslag.getByLabel(/^Hoe gaat het met de leerling/)).toHaveAccessibleDescription("Beschrijf hoe het met de leerling gaat.");
  await expect(verslag.getByLabel("Besluit")).toHaveAccessibleDescription("Kies het besluit van het vooroverleg.");
  await verslag.getByLabel("Deelnemers").fill("Zorgcoördinator, mentor, gedragswetenschapper, onderwijsadviseur");
  await verslag.getByLabel("Wordt de leerling anoniem of op naam besproken?").selectOption("ANONIEM");
  await verslag.getByLabel(/^Hoe gaat het met de leerling/).fill("Haalt de overgang waarschijnlijk niet; het niveau past wel.");
  await verslag.getByLabel(/^Welke hulp is al ingezet/).fill("Verzuimgesprekken met de mentor; kort effect.");
  await verslag.getByLabel(/^Welke andere hulpverlening/).fill("Leerplicht is op de hoogte.");
  await verslag.getByLabel(/^Zijn de mentor, de docenten/).fill("Ja, ook de ouders.");
  await verslag.getByLabel(/^Welke afspraken/).fill("School vraagt toestemming en dient de aanvraag in.");
  await verslag.getByLabel("Verzuim", { exact: true }).check();
  await verslag.getByLabel("Motivatie", { exact: true }).check();
  await verslag.getByLabel(/enkelvoudige vraag/).check();
  await expect(verslag.getByText(/in deze situatie is een Toptraject volgens het handboek niet zinvol/)).toBeVisible();
  await verslag.getByLabel("Besluit").selectOption("TOPTRAJECT");
  await verslag.getByRole("button", { name: "Vooroverleg vastleggen" }).click();
  verslag = zc.locator("details", { has: zc.locator("summary", { hasText: "Vooroverleg vastleggen" }) });
  await expect(verslag.getByRole("group", { name: "Is een van deze situaties van toepassing?" })).toHaveAccessibleDescription(/niet zinvol/);
  // What was typed and ticked is still there.
  await expect(verslag.getByLabel("Verzuim", { exact: true })).toBeChecked();
  await expect(verslag.getByLabel(/^Welke afspraken/)).toHaveValue("School vraagt toestemming en dient de aanvraag in.");
  await expectAccessible(zc);
  await verslag.getByLabel(/enkelvoudige vraag/).uncheck();
  await verslag.getByRole("button", { name: "Vooroverleg vastleggen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Vooroverleg gehouden.");
  await expect(zc.getByRole("definition").filter({ hasText: /^Aanmelding: aanvraag$/ })).toBeVisible();
  await expect(zc.getByRole("region", { name: "Collegiaal vooroverleg" }).getByText("Motivatie, Verzuim")).toBeVisible();

  // 3. Named, with consent, then the request with its LISA reference.
  await form(zc, "Leerling op naam zetten");
  await zc.getByLabel("Voornaam").fill("Noor");
  await zc.getByLabel("Achternaam").fill("Verzuimt");
  await zc.getByLabel("Geboortedatum").fill("2011-03-14");
  await zc.getByRole("button", { name: "Leerling op naam zetten" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Leerling op naam gezet.");
  await form(zc, "Toestemming vastleggen");
  await zc.getByLabel("Gegeven door").selectOption("OUDERS");
  await zc.getByLabel("Naam van wie toestemming gaf").fill("Fam. Verzuimt");
  await zc.getByRole("button", { name: "Toestemming vastleggen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Toestemming vastgelegd.");

  let aanvraag = await form(zc, "Aanvraag indienen");
  await aanvraag.getByLabel("LISA-referentie").fill("2026-123");
  await aanvraag.getByRole("button", { name: "Aanvraag indienen" }).click();
  aanvraag = zc.locator("details", { has: zc.locator("summary", { hasText: "Aanvraag indienen" }) });
  await expect(aanvraag.getByLabel("LISA-referentie")).toHaveAccessibleDescription(/Een LISA-referentie ziet eruit als LISA-2026-01234\./);
  const lisa = `LISA-2026-${String(Date.now() % 100000).padStart(5, "0")}`;
  await aanvraag.getByLabel("LISA-referentie").fill(lisa);
  await aanvraag.getByRole("button", { name: "Aanvraag indienen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Aanvraag ingediend.");
  await expect(zc.getByRole("definition").filter({ hasText: /^Aanmelding: dossiercheck$/ })).toBeVisible();
  await seenByNoOutsider(url);

  // 4. The onderwijsadviseur of the windstreek asks for information; the school answers.
  const oa = await signedInPage(browser, "oaWest");
  await oa.goto(url);
  await expect(oa.getByRole("heading", { level: 1 })).toHaveText("Noor Verzuimt");
  await expect(oa.getByRole("region", { name: "Collegiaal vooroverleg" }).getByText("Leerplicht is op de hoogte.")).toBeVisible();
  await form(oa, "Aanvullende informatie vragen");
  await oa.getByLabel("Vraag aan de school").fill("Hoeveel uur verzuim is er dit schooljaar geregistreerd?");
  await oa.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(oa.getByRole("status")).toHaveText("Vastgelegd: Aanvullende informatie gevraagd.");
  await zc.reload();
  await zc.getByLabel("Antwoord van de school").fill("42 uur, waarvan 30 ongeoorloofd.");
  await zc.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(zc.getByRole("status")).toHaveText("Vastgelegd: Aanvullende informatie gegeven.");

  // 5. Approval, and the gedragswetenschapper starts onderzoek.
  await oa.reload();
  await (await form(oa, "Aanvraag goedkeuren")).getByRole("button", { name: "Aanvraag goedkeuren" }).click();
  await expect(oa.getByRole("status")).toHaveText("Vastgelegd: Aanvraag goedgekeurd.");
  await expectAccessible(oa);
  await seenByNoOutsider(url);

  const gw = await signedInPage(browser, "gwWest");
  await expect(gw.getByRole("link", { name: "Noor Verzuimt" })).toBeVisible();
  await gw.getByRole("link", { name: "Noor Verzuimt" }).click();
  await expect(gw).toHaveURL(url);
  expect((await gw.request.get(oppPath)).status()).toBe(200);
  await (await form(gw, "Onderzoek starten")).getByRole("button", { name: "Onderzoek starten" }).click();
  await expect(gw.getByRole("status")).toHaveText("Vastgelegd: Kennismakingsgesprek: onderzoek gestart.");
  await expect(gw.getByRole("definition").filter({ hasText: /^Onderzoek$/ })).toBeVisible();
  await expectAccessible(gw);
  await seenByNoOutsider(url);
  for (const outsider of outsiders) expect((await outsider.request.get(oppPath)).status()).toBe(404);
});
