// The text a PDF made by pdf-lib draws, for assertions: its content streams are deflated, and
// each string is drawn as hex in a Tj operator. Enough for our own files, not a general parser.
import { inflateSync } from "node:zlib";

export function pdfText(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf);
  const lines: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf("stream", at);
    if (start < 0) break;
    const dataStart = raw[start + 6] === 0x0d ? start + 8 : start + 7;
    const end = raw.indexOf("endstream", dataStart);
    if (end < 0) break;
    try {
      const content = inflateSync(raw.subarray(dataStart, end)).toString("latin1");
      for (const match of content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) lines.push(Buffer.from(match[1]!, "hex").toString("latin1"));
    } catch {
      // Not a deflated content stream (a font, an object stream): no drawn text in it.
    }
    at = end + 9;
  }
  return lines;
}
