// A4 PDFs of text, tables and small charts: the AVG export, the quarterly report, the OPP
// handover. They embed DejaVu Sans (from the dejavu-fonts-ttf package), which covers Latin
// Extended-A and -B and Vietnamese: pdf-lib's standard fonts cover WinAnsi only, and a student's
// name must print as it is spelled.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import type { Block } from "../documents/blocks";

const A4 = [595.28, 841.89] as const;
const MARGIN = 50;

// Read from node_modules at run time (production runs from the install, see scripts/bundle.mjs);
// loaded once per process.
const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;
const fontFiles = () => (fonts ??= Promise.all([readFile(join(FONT_DIR, "DejaVuSans.ttf")), readFile(join(FONT_DIR, "DejaVuSans-Bold.ttf"))]));

/** Text the font can draw: control characters (a pasted tab or newline) become spaces. */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, " ");
}

export class Writer {
  private page!: PDFPage;
  private y = 0;

  /** A writer on `doc` with the embedded font, subset to the characters the document uses. */
  static async on(doc: PDFDocument): Promise<Writer> {
    doc.registerFontkit(fontkit);
    const [regular, bold] = await fontFiles();
    return new Writer(doc, await doc.embedFont(regular, { subset: true }), await doc.embedFont(bold, { subset: true }));
  }

  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([...A4]);
    this.y = A4[1] - MARGIN;
  }

  /** Writes `text`, wrapped to the page width, starting a new page where needed. */
  line(text: string, { size = 10, bold = false, indent = 0 }: { size?: number; bold?: boolean; indent?: number } = {}) {
    const font = bold ? this.bold : this.font;
    const width = A4[0] - 2 * MARGIN - indent;
    const words = printable(text).split(/\s+/);
    let current = "";
    const flush = () => {
      if (this.y < MARGIN + size) this.newPage();
      this.page.drawText(current, { x: MARGIN + indent, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * 1.4;
      current = "";
    };
    for (const word of words) {
      const next = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && current) {
        flush();
        current = word;
      } else current = next;
    }
    flush();
  }

  /** One table row: each cell starts at its column's offset, cut to fit its column. */
  row(cells: string[], columns: number[], { size = 9, bold = false }: { size?: number; bold?: boolean } = {}) {
    const font = bold ? this.bold : this.font;
    if (this.y < MARGIN + size) this.newPage();
    cells.forEach((cell, i) => {
      const width = (columns[i + 1] ?? A4[0] - 2 * MARGIN) - columns[i]! - 6;
      let text = printable(cell);
      while (text.length > 1 && font.widthOfTextAtSize(text, size) > width) text = `${text.slice(0, -2)}…`;
      this.page.drawText(text, { x: MARGIN + columns[i]!, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    });
    this.y -= size * 1.5;
  }

  gap(points = 6) {
    this.y -= points;
  }

  /** A small line chart of `punten` on a scale from `min` to `max`, with the scale's ends marked. */
  chart({ punten, min, max }: { punten: { label: string; waarde: number }[]; min: number; max: number }) {
    const width = 220;
    const height = 70;
    const pad = 8;
    if (this.y < MARGIN + height + 20) this.newPage();
    const left = MARGIN + 24;
    const bottom = this.y - height;
    const grey = rgb(0.6, 0.6, 0.6);
    const ink = rgb(0.1, 0.25, 0.5);
    this.page.drawRectangle({ x: left, y: bottom, width, height, borderColor: grey, borderWidth: 0.5 });
    this.page.drawText(String(max), { x: MARGIN, y: bottom + height - pad - 3, size: 7, font: this.font, color: grey });
    this.page.drawText(String(min), { x: MARGIN, y: bottom + pad - 3, size: 7, font: this.font, color: grey });
    const x = (i: number) => (punten.length === 1 ? left + width / 2 : left + pad + (i * (width - 2 * pad)) / (punten.length - 1));
    const y = (v: number) => bottom + pad + ((v - min) * (height - 2 * pad)) / (max - min);
    punten.forEach((p, i) => {
      if (i > 0) this.page.drawLine({ start: { x: x(i - 1), y: y(punten[i - 1]!.waarde) }, end: { x: x(i), y: y(p.waarde) }, thickness: 1.5, color: ink });
      this.page.drawCircle({ x: x(i), y: y(p.waarde), size: 2.5, color: ink });
    });
    this.y = bottom - 14;
  }

  /** Writes `blocks` (lib/documents/blocks.ts) in order. */
  render(blocks: readonly Block[]) {
    const tableWidth = A4[0] - 2 * MARGIN;
    for (const block of blocks) {
      switch (block.soort) {
        case "titel":
          this.line(block.tekst, { size: 16, bold: true });
          this.gap(4);
          break;
        case "kop":
          this.gap(8);
          this.line(block.tekst, { size: 12, bold: true });
          break;
        case "tekst":
          this.line(block.tekst, { size: block.klein ? 8.5 : 10, bold: block.vet });
          break;
        case "lijst":
          for (const item of block.items) this.line(`• ${item}`, { indent: 10 });
          break;
        case "tabel": {
          let at = 0;
          const columns = block.breedtes.map((share) => ((at += share), (at - share) * tableWidth));
          this.row(block.kolommen, columns, { bold: true });
          for (const rij of block.rijen) this.row(rij, columns);
          this.gap(4);
          break;
        }
        case "grafiek":
          this.chart(block);
          break;
      }
    }
  }
}

