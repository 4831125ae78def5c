import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { ofGeenToegang } from "@/lib/http/route";
import { toPdf } from "@/lib/figures/dashboard-export";
import { schoolJaarverslag } from "@/lib/figures/school-year";

const ZVraag = z.object({ school: z.string().trim().min(1).max(64), schooljaar: z.coerce.number().int().min(2000).max(2100) });

/** One school's yearly report as a PDF: ?school=<id>&schooljaar=<the year it starts in>. */
export async function GET(request: Request) {
  const ctx = await requireContext();
  const vraag = ZVraag.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!vraag.success) return new Response("Kies een school en een schooljaar.", { status: 400 });
  const r = await ofGeenToegang(() => schoolJaarverslag(ctx, vraag.data.school, vraag.data.schooljaar));
  if (r instanceof Response) return r;
  if (!r) return new Response("Deze school bestaat niet.", { status: 404 });
  return new Response(Buffer.from(await toPdf(r)), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="jaarverslag-${vraag.data.schooljaar}-${vraag.data.schooljaar + 1}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
