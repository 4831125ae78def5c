import { expect, test, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { TEAM_NOTITIE, TRAJECTEN } from "./fixture/plan";
import { expectAccessible, pathOf, signedInPage, trajectOf } from "./support";
import { pdfText } from "../support/pdf-text";

async function download(page: Page, link: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

test("the school takes the handover for the OPP of a traject in borging as PDF and as Word, with every advies and no team-only note", async ({ browser }) => {
  const page = await signedInPage(browser, "zcZuid");
  await page.goto(pathOf("overdrachtZuid"));
  const adviezen = page.getByRole("region", { name: "Handelingsadviezen" });
  await expect(adviezen.getByRole("link", { name: "PDF" })).toBeVisible();
  await expectAccessible(page);

  const pdf = await download(page, "PDF");
  const docx = await download(page, "Word (om te bewerken)");
  // Named by the traject's code: no student name in a file name.
  expect(pdf.name).toMatch(/^opp-overdracht-T-\d+\.pdf$/);
  expect(docx.name).toMatch(/^opp-overdracht-T-\d+\.docx$/);
  const pdfTekst = (await pdfText(pdf.body)).join(" ");
  // Parsed back as an Office document: a file Word cannot open would not parse.
  const docxTekst = (await mammoth.extractRawText({ buffer: docx.body })).value;
  for (const tekst of [pdfTekst, docxTekst]) {
    expect(tekst).toContain(trajectOf("overdrachtZuid").naam);
    for (const advies of TRAJECTEN.overdrachtZuid.adviezen) expect(tekst).toContain(advies);
    expect(tekst).not.toContain(TEAM_NOTITIE);
  }
});
