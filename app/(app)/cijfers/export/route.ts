import { requireContext } from "@/lib/auth/current-actor";
import { ofGeenToegang } from "@/lib/http/route";
import { toCsv, toPdf, toXlsx } from "@/lib/figures/dashboard-export";
import { dashboardOpties, leesVraag, rapport } from "@/lib/figures/dashboard-request";
import { kwartaalCode } from "@/lib/figures/quarter";

const SOORTEN = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** The page's figures as a file: the same request, the same rows, aggregates only. */
export async function GET(request: Request) {
  const ctx = await requireContext();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const formaat = (params.formaat ?? "csv") as keyof typeof SOORTEN;
  if (!(formaat in SOORTEN)) return new Response("Onbekend formaat.", { status: 400 });
  const vraag = leesVraag(params);
  const r = await ofGeenToegang(async () => rapport(ctx, vraag, await dashboardOpties(ctx)));
  if (r instanceof Response) return r;
  const body = formaat === "csv" ? toCsv(r) : formaat === "xlsx" ? await toXlsx(r) : await toPdf(r);
  return new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: {
      "Content-Type": SOORTEN[formaat],
      "Content-Disposition": `attachment; filename="toptrajecten-${kwartaalCode(vraag.kwartaal)}.${formaat}"`,
      "Cache-Control": "no-store",
    },
  });
}
