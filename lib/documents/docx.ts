// Blocks (./blocks.ts) as an editable Word document, with the `docx` package: for what a school
// takes into its own files, such as the OPP handover.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Block } from "./blocks";

function cel(tekst: string, breedte: number, kop = false): TableCell {
  return new TableCell({
    width: { size: Math.round(breedte * 100), type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text: tekst, bold: kop })] })],
  });
}

/** A chart in a word processor's own terms: one line per point, its score as a bar of blocks. */
function staafregels({ punten, min, max }: Extract<Block, { soort: "grafiek" }>): Paragraph[] {
  return punten.map(({ label, waarde }) => {
    const vol = Math.round(waarde - min + 1);
    const staaf = "█".repeat(vol) + "░".repeat(max - min + 1 - vol);
    return new Paragraph({ children: [new TextRun({ text: `${label}  ` }), new TextRun({ text: staaf, font: "Consolas" }), new TextRun({ text: `  ${waarde}` })] });
  });
}

function onderdelen(block: Block): (Paragraph | Table)[] {
  switch (block.soort) {
    case "titel":
      return [new Paragraph({ text: block.tekst, heading: HeadingLevel.TITLE })];
    case "kop":
      return [new Paragraph({ text: block.tekst, heading: HeadingLevel.HEADING_1 })];
    case "tekst":
      return [new Paragraph({ children: [new TextRun({ text: block.tekst, size: block.klein ? 17 : undefined, bold: block.vet })] })];
    case "lijst":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "tabel":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.kolommen.map((k, i) => cel(k, block.breedtes[i]!, true)) }),
            ...block.rijen.map((rij) => new TableRow({ children: rij.map((c, i) => cel(c, block.breedtes[i]!)) })),
          ],
        }),
        new Paragraph({}),
      ];
    case "grafiek":
      return staafregels(block);
  }
}

export async function blocksToDocx(titel: string, blocks: readonly Block[]): Promise<Uint8Array> {
  const doc = new Document({ title: titel, creator: "Toptrajecten", sections: [{ children: blocks.flatMap(onderdelen) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
