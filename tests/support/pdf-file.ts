// Real PDF files for tests that upload an OPP: a one-page document made with pdf-lib, optionally
// with a script attached (which the upload must refuse).
import { PDFDocument, PDFName, PDFString } from "pdf-lib";

export async function pdfFile({ script = false }: { script?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText("OPP (test)", { x: 72, y: 770, size: 18 });
  if (script) {
    const action = doc.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert('x')") });
    doc.catalog.set(PDFName.of("OpenAction"), doc.context.register(action));
  }
  return new Uint8Array(await doc.save());
}

/** What an attacker would send: a PDF header, then a web page. */
export const polyglot = (): Uint8Array<ArrayBuffer> => new TextEncoder().encode("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF");
