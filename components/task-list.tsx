import Link from "next/link";
import { formatDay } from "@/lib/calendar";
import type { TeamCaseload } from "@/lib/figures/overview";
import { TAAK } from "@/lib/tasks/rules";
import { lijstHref, type LijstParams } from "@/lib/trajecten/list-params";
import type { TakenPagina } from "@/lib/tasks/queries";
import { StatusBadge } from "./term-badge";
import { Pagination } from "./ui/pagination";
import { Cel, Kop, Rij, Table } from "./ui/table";

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
          <tbody>
            {taken.regels.map((t, i) => (
              <Rij key={`${t.soort}-${t.trajectId}-${i}`}>
                <Cel>
                  <Link href={`/trajecten/${t.trajectId}#${TAAK[t.soort].anker}`} prefetch={false} className="text-brand-700 underline">
                    {TAAK[t.soort].label}
                  </Link>
                  {t.detail && <span className="block text-sm text-slate-700">{t.detail}</span>}
                </Cel>
                <Cel>
                  {t.leerling}
                  <span className="block text-sm text-slate-700">{t.school}</span>
                </Cel>
                <Cel>{formatDay(t.dueOn)}</Cel>
                <Cel>
                  <StatusBadge status={t.status} />
                </Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination pagina={taken.pagina} paginas={taken.paginas} href={(p) => `${lijstHref(params, { taken: p })}#taken`} label="Pagina's van Mijn taken" />
    </section>
  );
}
