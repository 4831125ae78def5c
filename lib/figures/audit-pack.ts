// The SWV's yearly audit pack of a school year as one download: a ZIP with a PDF summary and an
// XLSX with one sheet per part (./audit-pack-data.ts), numbers as numbers. Aggregates only; the
// functioneel beheerder's copy adds the accounts for the rights review. Audited as one read.
import "server-only";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PDFDocument } from "pdf-lib";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import { scopeOf, type RequestContext } from "../authz";
import { amsterdamDay, formatDay } from "../calendar";
import { db } from "../db";
import type { Block } from "../documents/blocks";
import { Writer } from "../pdf/writer";
import { auditPakketOnderdelen, type Onderdeel } from "./audit-pack-data";
import { schooljaarLabel, schooljaarTijdvak } from "./school-year";

export interface AuditPakket {
  titel: string;
  onderdelen: Onderdeel[];
}

/** The parts of the pack for the school year starting in `start`, as `ctx.actor` may have them. */
export async function auditPakket(ctx: RequestContext, start: number, today = amsterdamDay()): Promise<AuditPakket> {
  const audit = { action: "FIGURES_READ", onderdeel: "auditpakket" } as const;
  await authorize(ctx, "auditpakket:read", audit);
  const tijdvak = schooljaarTijdvak(start);
  const onderdelen = await auditPakketOnderdelen(tijdvak, scopeOf(ctx.actor, "auditpakket:read") === "ALL");
  await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", ip: ctx.ip });
  const lopend = tijdvak.tot.getTime() > today.getTime() ? ` (tot nu toe, tot en met ${formatDay(today)})` : "";
  return { titel: `Auditpakket Toptrajecten, ${schooljaarLabel(start)}${lopend}`, onderdelen };
}

const tekst = (cel: string | number | null) => (cel === null ? "—" : String(cel));

async function samenvatting(p: AuditPakket): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(p.titel);
  doc.setCreator("Toptrajecten");
  const blocks: Block[] = [
    { soort: "titel", tekst: p.titel },
    { soort: "tekst", klein: true, tekst: "Alleen totalen: aantallen van 1 tot 4 staan er als “<5”; een totaal naast zo’n aantal als “•”. De cijfers staan ook, als getallen, in het XLSX-bestand." },
  ];
  for (const o of p.onderdelen) {
    const breedte = 1 / o.kolommen.length;
    blocks.push({ soort: "kop", tekst: o.titel });
    blocks.push(o.rijen.length === 0 ? { soort: "tekst", tekst: "Geen gegevens in dit schooljaar." } : { soort: "tabel", kolommen: o.kolommen, rijen: o.rijen.map((r) => r.map(tekst)), breedtes: o.kolommen.map(() => breedte) });
  }
  (await Writer.on(doc)).render(blocks);
  return doc.save();
}

async function werkboek(p: AuditPakket): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Toptrajecten";
  for (const o of p.onderdelen) {
    const sheet = book.addWorksheet(o.blad);
    sheet.addRow([o.titel]).font = { bold: true };
    sheet.addRow(o.kolommen).font = { bold: true };
    // Numbers stay numbers; "<5", "•" and names stay text.
    for (const rij of o.rijen) sheet.addRow(rij.map((cel) => (cel === null ? "—" : cel)));
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 36 : 22));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function auditPakketZip(p: AuditPakket): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("samenvatting.pdf", await samenvatting(p));
  zip.file("auditpakket.xlsx", await werkboek(p));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
