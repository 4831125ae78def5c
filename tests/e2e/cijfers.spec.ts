import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed";
import { pdfText } from "../support/pdf-text";
import { fixture } from "./fixture/plan";
import { expectAccessible, signIn } from "./support";

/** Any student's name (of the demo data or the fixture), or an id that leads to a student or a traject. */
function persoonlijk(): RegExp {
  const fixtureIds = Object.values(fixture().trajecten).flatMap((t) => [t.naam, t.id, t.studentId]);
  return new RegExp(`(${FIRST_NAMES.join("|")})\\s+(${LAST_NAMES.join("|")})|demo-student-|demo-traject-|/trajecten/|${fixtureIds.join("|")}`);
}

async function download(page: Page, link: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFile((await file.path())!);
}

test("the samenwerkingsverband picks a quarter and a windstreek, and downloads the figures shown as XLSX and PDF", async ({ page }) => {
  const PERSOONLIJK = persoonlijk();
  await signIn(page, "swv");
  await expect(page).toHaveURL("/cijfers");
  await expectAccessible(page);

  const kwartaal = page.getByLabel("Kwartaal", { exact: true });
  const vorig = (await kwartaal.locator("option").nth(1).textContent())!;
  await kwartaal.selectOption({ index: 1 });
  await page.getByLabel("Windstreek", { exact: true }).selectOption({ label: "Noord" });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `${vorig}: Windstreek Noord` })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^Lopende trajecten per fase \\(einde kwartaal\\), ${vorig}:`) })).toBeVisible();
  await expectAccessible(page);
  expect(await page.content()).not.toMatch(PERSOONLIJK);

  // The figures on screen, row by row: "Cijfer|value|value|value".
  const opScherm = new Map<string, string>();
  for (const table of await page.getByRole("table").all()) {
    for (const row of await table.locator("tbody tr").all()) {
      const cells = (await row.locator("th, td").allTextContents()).map((c) => c.trim());
      if (cells.length === 4) opScherm.set(cells[0]!, cells.slice(1).join("|"));
    }
  }
  expect(opScherm.get("Aanvragen")).toMatch(/^(\d+|<5)\|(\d+|<5)\|(\d+|<5)$/);
  expect(opScherm.size).toBeGreaterThan(20);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await download(page, "Download als Excel (XLSX)")) as never);
  const sheet = book.worksheets[0]!;
  expect(String(sheet.getCell("A2").value)).toBe("Windstreek Noord");
  const inXlsx = new Map<string, string>();
  sheet.eachRow((row, n) => {
    if (n <= 4) return;
    const [, , cijfer, ...waarden] = row.values as unknown[];
    inXlsx.set(String(cijfer), waarden.map((v) => (typeof v === "number" ? v.toLocaleString("nl-NL", { maximumFractionDigits: 1 }) + "" : String(v))).join("|"));
  });
  // Shares are numbers in the sheet and "12,5%" on screen: compare without the sign.
  for (const [cijfer, waarden] of opScherm) expect(inXlsx.get(cijfer), cijfer).toBe(waarden.replace(/%/g, ""));

  const pdf = (await pdfText(await download(page, "Kwartaalrapport (PDF)"))).join("|");
  expect(pdf).toContain(`Toptrajecten: ${vorig}`);
  expect(pdf).toContain("Windstreek Noord");
  for (const cijfer of opScherm.keys()) expect(pdf, cijfer).toContain(cijfer.slice(0, 40));
  expect(pdf).toContain(`Aanvragen|${opScherm.get("Aanvragen")}`);

  const csv = (await download(page, "Download als CSV")).toString("utf8");
  for (const file of [csv, pdf, [...inXlsx.keys()].join("|")]) expect(file).not.toMatch(PERSOONLIJK);
});

test("the running quarter shows so far, marked, with the trend and the cohorts; a school's yearly report downloads", async ({ page }) => {
  const PERSOONLIJK = persoonlijk();
  await signIn(page, "swv");
  await expect(page).toHaveURL("/cijfers");
  const kwartaal = page.getByLabel("Kwartaal", { exact: true });
  expect(await kwartaal.locator("option").first().textContent()).toMatch(/\(tot nu toe\)$/);
  await kwartaal.selectOption({ index: 0 });
  const school = page.getByLabel("School", { exact: true });
  const schoolNaam = (await school.locator("option").nth(1).textContent())!;
  await school.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page.getByRole("note")).toContainText("Dit kwartaal loopt nog");
  await expect(page.getByRole("heading", { level: 2, name: /^Ontwikkeling over acht kwartalen/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Aanvragen: / })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Cohorten/ })).toBeVisible();
  await expectAccessible(page);
  expect(await page.content()).not.toMatch(PERSOONLIJK);

  const pdf = (await pdfText(await download(page, /^Jaarverslag van deze school/))).join(" ");
  expect(pdf).toContain(`School: ${schoolNaam}`);
  expect(pdf).toContain("Jaarverslag Toptrajecten, schooljaar");
  expect(pdf).not.toMatch(PERSOONLIJK);

  // The yearly audit pack opens: a summary and a workbook, the SWV's copy without the accounts.
  const zip = await JSZip.loadAsync(await download(page, /^Auditpakket schooljaar/));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await zip.file("auditpakket.xlsx")!.async("nodebuffer")) as never);
  expect(book.worksheets.map((w) => w.name)).toContain("Toestemming");
  expect(book.worksheets.map((w) => w.name)).not.toContain("Accounts");
  expect((await pdfText(await zip.file("samenvatting.pdf")!.async("uint8array"))).join(" ")).not.toMatch(PERSOONLIJK);
});
