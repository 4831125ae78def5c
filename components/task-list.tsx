import { formatDay } from "@/lib/calendar";
import type { TeamCaseload } from "@/lib/figures/overview";
import { TAAK } from "@/lib/tasks/rules";
import { lijstHref, type LijstParams } from "@/lib/trajecten/list-params";
import type { TakenPagina } from "@/lib/tasks/queries";
import { TaakRegels } from "./task-rows";
import { statusTekst } from "./term-badge";
import { Pagination } from "./ui/pagination";
import { Kop, Table } from "./ui/table";

/** "Mijn taken": the first thing on every start page; its page is kept in the URL beside the list's state. */
export function TaskList({ taken, params, teamsVol = [] }: { taken: TakenPagina; params: LijstParams; teamsVol?: TeamCaseload[] }) {
  const aantal = taken.totaal + teamsVol.length;
  if (aantal === 0) {
    return (
      <section aria-labelledby="taken-kop" className="rounded-lg bg-white p-6 shadow">
        <h2 id="taken-kop" className="text-lg font-semibold">
          Mijn taken
        </h2>
        <p className="mt-2 text-slate-700">U heeft nu geen taken. Alles ligt op schema.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="taken-kop" id="taken">
      <h2 id="taken-kop" className="mb-2 text-lg font-semibold">
        Mijn taken <span className="font-normal text-slate-700">({aantal})</span>
      </h2>
      {teamsVol.length > 0 && (
        <ul className="mb-3 space-y-1">
          {teamsVol.map((team) => (
            <li key={team.topteam} className="rounded bg-red-50 px-3 py-2 text-red-900">
              {team.topteam} zit boven de capaciteit: {team.lopend} trajecten bij een capaciteit van {team.capaciteit}.
            </li>
          ))}
        </ul>
      )}
      {taken.regels.length > 0 && (
        <Table label="Mijn taken">
          <Kop kolommen={["Taak", "Traject", "Uiterlijk", "Status"]} />
          <TaakRegels
            regels={taken.regels.map((t, i) => ({
              key: `${t.soort}-${t.trajectId}-${i}`,
              href: `/trajecten/${t.trajectId}#${TAAK[t.soort].anker}`,
              taak: TAAK[t.soort].label,
              detail: t.detail,
              leerling: t.leerling,
              school: t.school,
              uiterlijk: formatDay(t.dueOn),
              status: statusTekst(t.status),
            }))}
          />
        </Table>
      )}
      <Pagination pagina={taken.pagina} paginas={taken.paginas} href={(p) => `${lijstHref(params, { taken: p })}#taken`} label="Pagina's van Mijn taken" />
    </section>
  );
}
