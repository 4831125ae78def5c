import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { ofGeenToegang } from "@/lib/http/route";
import { auditPakket, auditPakketZip } from "@/lib/figures/audit-pack";

const ZVraag = z.object({ schooljaar: z.coerce.number().int().min(2000).max(2100) });

/** The yearly audit pack of a school year (?schooljaar=<the year it starts in>) as a ZIP. */
export async function GET(request: Request) {
  const ctx = await requireContext();
  const vraag = ZVraag.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!vraag.success) return new Response("Kies een schooljaar.", { status: 400 });
  const pakket = await ofGeenToegang(() => auditPakket(ctx, vraag.data.schooljaar));
  if (pakket instanceof Response) return pakket;
  return new Response(Buffer.from(await auditPakketZip(pakket)), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="auditpakket-${vraag.data.schooljaar}-${vraag.data.schooljaar + 1}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
