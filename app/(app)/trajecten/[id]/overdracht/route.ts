import { requireContext } from "@/lib/auth/current-actor";
import { oppOverdrachtDocx, oppOverdrachtPdf } from "@/lib/documents/opp-overdracht-blocks";
import { leesOppOverdracht } from "@/lib/documents/opp-overdracht";
import { AppError } from "@/lib/errors";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The handover for the OPP as a PDF, or with ?formaat=docx as an editable Word file, for the
 * school and the Topteam. Unknown, out of scope and shielded look the same (404); each download
 * is logged as an export. The file is named by the traject's code, never by the student.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  let overdracht;
  try {
    overdracht = await leesOppOverdracht(ctx, id.slice(0, 64));
  } catch (error) {
    if (error instanceof AppError && error.code === "VOORWAARDE") return new Response(error.message, { status: 409, headers });
    throw error;
  }
  if (!overdracht) return new Response("Dit traject bestaat niet of u heeft er geen toegang toe.", { status: 404, headers });
  const docx = new URL(request.url).searchParams.get("formaat") === "docx";
  const body = docx ? await oppOverdrachtDocx(overdracht) : await oppOverdrachtPdf(overdracht);
  return new Response(Buffer.from(body), {
    headers: {
      ...headers,
      "Content-Type": docx ? DOCX : "application/pdf",
      "Content-Disposition": `attachment; filename="opp-overdracht-${overdracht.code}.${docx ? "docx" : "pdf"}"`,
    },
  });
}
