import { requireContext } from "@/lib/auth/current-actor";
import { ofGeenToegang } from "@/lib/http/route";
import { studentPdf } from "@/lib/privacy/student-pdf";
import { exportStudent } from "@/lib/privacy/students";

/**
 * Everything about one student as a download (AVG right of access): JSON, or with
 * ?formaat=pdf a readable PDF. Every export is logged.
 */
export async function GET(request: Request, { params }: { params: Promise<{ studentId: string }> }) {
  const ctx = await requireContext();
  const { studentId } = await params;
  const exported = await ofGeenToegang(() => exportStudent(ctx, studentId.slice(0, 64)));
  if (exported instanceof Response) return exported;
  if (!exported) return new Response("Deze leerling bestaat niet (meer).", { status: 404 });
  const pdf = new URL(request.url).searchParams.get("formaat") === "pdf";
  const filename = `leerling-${studentId.replace(/[^\w-]/g, "")}.${pdf ? "pdf" : "json"}`;
  return new Response(pdf ? Buffer.from(await studentPdf(exported)) : JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": pdf ? "application/pdf" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
