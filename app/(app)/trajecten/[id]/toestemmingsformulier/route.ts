import { requireContext } from "@/lib/auth/current-actor";
import { formulierPdf, leesFormuliergegevens } from "@/lib/documents/toestemmingsformulier";

/** The printable consent form of a traject, for its school; named by the traject's code. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  const gegevens = await leesFormuliergegevens(ctx, id.slice(0, 64));
  if (!gegevens) return new Response("Dit traject bestaat niet of u heeft er geen toegang toe.", { status: 404, headers });
  return new Response(Buffer.from(await formulierPdf(gegevens)), {
    headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="toestemming-${gegevens.code}.pdf"` },
  });
}
