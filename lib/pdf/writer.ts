// Text-only A4 PDFs: the AVG export and the quarterly report. They embed DejaVu Sans (from the
// dejavu-fonts-ttf package), which covers Latin Extended-A and -B and Vietnamese: pdf-lib's
// standard fonts cover WinAnsi only, and a student's name must print as it is spelled.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

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
}

