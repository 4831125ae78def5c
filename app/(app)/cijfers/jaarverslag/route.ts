import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { toPdf } from "@/lib/figures/dashboard-export";
import { schoolJaarverslag } from "@/lib/figures/school-year";

const ZVraag = z.object({ school: z.string().trim().min(1).max(64), schooljaar: z.coerce.number().int().min(2000).max(2100) });

/** One school's yearly report as a PDF: ?school=<id>&schooljaar=<the year it starts in>. */
export async function GET(request: Request) {
  const ctx = await requireContext();
  const vraag = ZVraag.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!vraag.success) return new Response("Kies een school en een schooljaar.", { status: 400 });
  let r;
  try {
    r = await schoolJaarverslag(ctx, vraag.data.school, vraag.data.schooljaar);
  } catch (error) {
    if (error instanceof AppError && error.code === "NIET_TOEGESTAAN") return new Response("Geen toegang.", { status: 403 });
    throw error;
  }
  if (!r) return new Response("Deze school bestaat niet.", { status: 404 });
  return new Response(Buffer.from(await toPdf(r)), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="jaarverslag-${vraag.data.schooljaar}-${vraag.data.schooljaar + 1}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
