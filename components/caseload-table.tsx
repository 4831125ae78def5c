import { suppressSmall } from "@/lib/figures/suppress";
import type { TeamCaseload } from "@/lib/figures/overview";

/** Caseload against capacity per team; `suppress` hides counts below 5 (for the SWV). */
export function CaseloadTable({ rows, suppress }: { rows: TeamCaseload[]; suppress: boolean }) {
  const show = (n: number) => (suppress ? suppressSmall(n) : n);
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow">
      <table className="w-full text-left">
        <caption className="px-4 py-3 text-left text-lg font-semibold">Caseload en capaciteit per Topteam</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">Topteam</th>
            <th scope="col" className="px-4 py-2">Windstreek</th>
            <th scope="col" className="px-4 py-2 text-right">Lopend</th>
            <th scope="col" className="px-4 py-2 text-right">Capaciteit</th>
            <th scope="col" className="px-4 py-2 text-right">Windstreekoverstijgend</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.topteam} className="border-t border-slate-200">
              <th scope="row" className="px-4 py-2 font-medium">{row.topteam}</th>
              <td className="px-4 py-2">{row.windstreek}</td>
              <td className="px-4 py-2 text-right">
                {show(row.lopend)}
                {row.lopend >= row.capaciteit && <span className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">vol</span>}
              </td>
              <td className="px-4 py-2 text-right">{row.capaciteit}</td>
              <td className="px-4 py-2 text-right">{show(row.windstreekoverstijgend)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
