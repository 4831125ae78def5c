import Link from "next/link";
import { faseMetStap } from "@/lib/labels";
import type { TrajectSummary } from "@/lib/trajecten/queries";
import { TermSummary } from "./term-badge";

export function TrajectTable({ caption, trajecten, showTeam = false }: { caption: string; trajecten: TrajectSummary[]; showTeam?: boolean }) {
  if (trajecten.length === 0) {
    return (
      <section>
        <h2 className="text-lg font-semibold">{caption}</h2>
        <p className="mt-2 text-slate-700">Er zijn geen trajecten om te tonen.</p>
      </section>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow">
      <table className="w-full text-left">
        <caption className="px-4 py-3 text-left text-lg font-semibold">
          {caption} <span className="font-normal text-slate-700">({trajecten.length})</span>
        </caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">Leerling</th>
            <th scope="col" className="px-4 py-2">School</th>
            {showTeam && <th scope="col" className="px-4 py-2">Topteam</th>}
            <th scope="col" className="px-4 py-2">Fase</th>
            <th scope="col" className="px-4 py-2">Volgende termijn</th>
          </tr>
        </thead>
        <tbody>
          {trajecten.map((t) => (
            <tr key={t.id} className="border-t border-slate-200">
              <td className="px-4 py-2">
                <Link href={`/trajecten/${t.id}`} className="text-brand-700 underline">
                  {t.leerling}
                </Link>
              </td>
              <td className="px-4 py-2">{t.school}</td>
              {showTeam && (
                <td className="px-4 py-2">
                  {t.topteam ?? "Nog niet toegewezen"}
                  {t.windstreekoverstijgend ? " (windstreekoverstijgend)" : ""}
                </td>
              )}
              <td className="px-4 py-2">{faseMetStap(t.fase, t.aanmeldingStap)}</td>
              <td className="px-4 py-2">
                <TermSummary term={t.term} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
