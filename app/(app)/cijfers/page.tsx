import type { Metadata } from "next";
import { CaseloadTable } from "@/components/caseload-table";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/lib/auth/current-actor";
import { FASE_LABEL } from "@/lib/labels";
import { caseloadPerTeam, countPerWindstreekAndFase } from "@/lib/figures/overview";
import { suppressSmall } from "@/lib/figures/suppress";
import { Fase } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Cijfers" };

const FASEN = Object.values(Fase);

export default async function CijfersPage() {
  const ctx = await requireRole("SWV");
  const [counts, caseload] = await Promise.all([countPerWindstreekAndFase(ctx), caseloadPerTeam(ctx)]);
  const windstreken = [...new Set(caseload.map((c) => c.windstreek))].sort();
  const count = (windstreek: string, fase: Fase) => counts.find((c) => c.windstreek === windstreek && c.fase === fase)?.count ?? 0;
  return (
    <>
      <PageTitle title="Cijfers Toptrajecten" intro="Alleen totalen: aantallen onder de 5 worden getoond als “<5”." />
      <div className="space-y-8">
        <div className="overflow-x-auto rounded-lg bg-white shadow">
          <table className="w-full text-left">
            <caption className="px-4 py-3 text-left text-lg font-semibold">Trajecten per fase en windstreek</caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">Fase</th>
                {windstreken.map((w) => (
                  <th key={w} scope="col" className="px-4 py-2 text-right">{w}</th>
                ))}
                <th scope="col" className="px-4 py-2 text-right">Totaal</th>
              </tr>
            </thead>
            <tbody>
              {FASEN.map((fase) => (
                <tr key={fase} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-2 font-medium">{FASE_LABEL[fase]}</th>
                  {windstreken.map((w) => (
                    <td key={w} className="px-4 py-2 text-right">{suppressSmall(count(w, fase))}</td>
                  ))}
                  <td className="px-4 py-2 text-right">{suppressSmall(windstreken.reduce((sum, w) => sum + count(w, fase), 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CaseloadTable rows={caseload} suppress />
      </div>
    </>
  );
}
