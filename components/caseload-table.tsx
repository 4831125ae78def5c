import { suppressSmall } from "@/lib/figures/suppress";
import type { TeamCaseload } from "@/lib/figures/overview";
import { Cel, Kop, Rij, Table } from "./ui/table";

/** Occupancy against capacity per team; `suppress` hides counts below 5 (for the SWV). */
export function CaseloadTable({ rows, suppress }: { rows: TeamCaseload[]; suppress: boolean }) {
  const show = (n: number) => (suppress ? suppressSmall(n) : n);
  return (
    <Table caption="Bezetting en capaciteit per Topteam">
      <Kop kolommen={["Topteam", "Windstreek", { tekst: "Bezet (goedgekeurd t/m borging)", rechts: true }, { tekst: "Capaciteit", rechts: true }, { tekst: "Windstreekoverstijgend", rechts: true }]} />
      <tbody>
        {rows.map((row) => (
          <Rij key={row.topteam}>
            <Cel kop>{row.topteam}</Cel>
            <Cel>{row.windstreek}</Cel>
            <Cel rechts>
              {show(row.lopend)}
              {row.lopend >= row.capaciteit && <span className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">vol</span>}
            </Cel>
            <Cel rechts>{row.capaciteit}</Cel>
            <Cel rechts>{show(row.windstreekoverstijgend)}</Cel>
          </Rij>
        ))}
      </tbody>
    </Table>
  );
}
