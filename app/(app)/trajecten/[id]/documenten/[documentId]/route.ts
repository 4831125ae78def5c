import { requireContext } from "@/lib/auth/current-actor";
import { readDocument } from "@/lib/aanmelding/opp";

/**
 * A dossier's document, for those who may read the dossier's contents. Anything else gets the
 * same 404 as an unknown id, and the attempt is logged.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const ctx = await requireContext();
  const { id, documentId } = await params;
  const document = await readDocument(ctx, id.slice(0, 64), documentId.slice(0, 64));
  if (!document) return new Response("Dit document bestaat niet of u heeft er geen toegang toe.", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(Buffer.from(document.inhoud), {
    headers: {
      "Content-Type": "application/pdf",
      // The name was cleaned on upload; encoded again so no byte of it can break the header.
      "Content-Disposition": `attachment; filename="opp.pdf"; filename*=UTF-8''${encodeURIComponent(document.bestandsnaam)}`,
      "Content-Length": String(document.inhoud.length),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ETag: `"${document.sha256}"`,
    },
  });
}
