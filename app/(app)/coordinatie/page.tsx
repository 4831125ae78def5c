import type { Metadata } from "next";
import { zoekAction } from "../zoeken/actions";
import { CaseloadTable } from "@/components/caseload-table";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectList } from "@/components/traject-list";
import { requireRole } from "@/lib/auth/current-actor";
import { caseloadPerTeam } from "@/lib/figures/overview";
import { teamsBovenCapaciteit } from "@/lib/tasks/queries";
import type { SearchParams } from "@/lib/trajecten/list-params";
import { startpagina } from "@/lib/trajecten/start-page";

export const metadata: Metadata = { title: "Coördinatie" };

export default async function CoordinatiePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireRole("/coordinatie", "COORDINATOR");
  const [caseload, { params, taken, lijst, keuzes }] = await Promise.all([caseloadPerTeam(ctx), startpagina(ctx, await searchParams, "startpagina coördinatie")]);
  return (
    <>
      <PageTitle title="Coördinatie Toptrajecten" intro="Caseload van de vier Topteams en alle trajecten." />
      <p className="mb-6">
        <a href="/cijfers" className="text-brand-800 underline">
          Kwartaalcijfers voor het overleg met het samenwerkingsverband
        </a>
      </p>
      <div className="space-y-8">
        <TaskList params={params} taken={taken} teamsVol={teamsBovenCapaciteit(caseload)} />
        <CaseloadTable rows={caseload} suppress={false} />
        <TrajectList zoek={zoekAction} titel="Trajecten van alle Topteams" lijst={lijst} params={params} keuzes={keuzes} kolommen={{ team: true, toegewezen: true }} />
      </div>
    </>
  );
}
