// The quarterly figures as files: CSV and XLSX for further work, a PDF for the quarterly meeting.
// All three are written from the rows the page shows (dashboard-rows.ts), suppression included.
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { Writer } from "../pdf/writer";
import { PERIODEN } from "./dashboard";
import { toon, type Sectie } from "./dashboard-rows";

export interface Rapport {
  titel: string;
  /** The filter in words: "Alle windstreken", "Windstreek Noord", … */
  filter: string;
  /** Each period's column heading; a running quarter's says so. */
  koppen: Record<(typeof PERIODEN)[number], string>;
  /** Said above the figures where the quarter is still running, null otherwise. */
  onvolledig: string | null;
  secties: Sectie[];
}

const kolommen = (r: Rapport) => ["Onderdeel", "Cijfer", ...PERIODEN.map((p) => r.koppen[p])];

function regels(r: Rapport): string[][] {
  return r.secties.flatMap((s) => s.rijen.map((rij) => [s.titel, rij.cijfer, ...PERIODEN.map((p) => toon(rij.waarden[p], rij.eenheid))]));
}

/**
 * A cell a spreadsheet will not run: text that starts like a formula (=, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe (OWASP's CSV injection advice); a plain number stays.
 */
export function neutraliseer(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?%?$/.test(text) ? `'${text}` : text;
}

/** RFC 4180, with a semicolon as Dutch spreadsheets expect, and a BOM so they read UTF-8. */
export function toCsv(r: Rapport): string {
  const cel = (raw: string) => {
    const text = neutraliseer(raw);
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [[r.titel], [r.filter], ...(r.onvolledig ? [[r.onvolledig]] : []), kolommen(r), ...regels(r)].map((row) => row.map(cel).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function toXlsx(r: Rapport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Toptrajecten";
  const sheet = book.addWorksheet("Kwartaalcijfers");
  sheet.addRow([r.titel]).font = { bold: true, size: 14 };
  sheet.addRow([r.filter]);
  sheet.addRow(r.onvolledig ? [r.onvolledig] : []);
  sheet.addRow(kolommen(r)).font = { bold: true };
  for (const s of r.secties) {
    for (const rij of s.rijen) {
      // Numbers stay numbers, so the sheet can compute with them; "<5" and "—" stay text.
      sheet.addRow([s.titel, rij.cijfer, ...PERIODEN.map((p) => (typeof rij.waarden[p] === "number" ? rij.waarden[p] : toon(rij.waarden[p], rij.eenheid)))]);
    }
  }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 40 : i === 1 ? 60 : 20));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function toPdf(r: Rapport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(r.titel);
  const w = await Writer.on(doc);
  w.line(r.titel, { size: 16, bold: true });
  w.line(r.filter);
  if (r.onvolledig) w.line(r.onvolledig, { bold: true });
  w.line("Alleen totalen; aantallen onder de 5 staan er als “<5”.", { size: 9 });
  const columns = [0, 225, 315, 405];
  for (const s of r.secties) {
    w.gap(10);
    w.line(s.titel, { size: 12, bold: true });
    w.row(["Cijfer", ...PERIODEN.map((p) => r.koppen[p])], columns, { bold: true });
    for (const rij of s.rijen) w.row([rij.cijfer, ...PERIODEN.map((p) => toon(rij.waarden[p], rij.eenheid))], columns);
  }
  return doc.save();
}
