// The text of a PDF as a reader sees it, one string per drawn line, extracted by pdf.js (the
// viewer Firefox uses): through the font's Unicode map, so a test checks what a person would
// copy out of the file, not what the writer meant to draw.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(pdf: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const lines: string[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ("str" in item && item.str.trim()) lines.push(item.str);
    }
  } finally {
    await task.destroy();
  }
  return lines;
}
