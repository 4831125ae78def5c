import type { Metadata } from "next";
import { CaseloadTable } from "@/components/caseload-table";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectTable } from "@/components/traject-table";
import { requireRole } from "@/lib/auth/current-actor";
import { caseloadPerTeam } from "@/lib/figures/overview";
import { teamsBovenCapaciteit, toonMijnTaken } from "@/lib/tasks/queries";
import { listOpenTrajecten } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Coördinatie" };

export default async function CoordinatiePage() {
  const ctx = await requireRole("/coordinatie", "COORDINATOR");
  const [caseload, taken, trajecten] = await Promise.all([caseloadPerTeam(ctx), toonMijnTaken(ctx), listOpenTrajecten(ctx, "startpagina coördinatie")]);
  return (
    <>
      <PageTitle title="Coördinatie Toptrajecten" intro="Caseload van de vier Topteams en alle lopende trajecten." />
      <p className="mb-6">
        <a href="/cijfers" className="text-brand-800 underline">
          Kwartaalcijfers voor het overleg met het samenwerkingsverband
        </a>
      </p>
      <div className="space-y-8">
        <TaskList taken={taken} teamsVol={teamsBovenCapaciteit(caseload)} />
        <CaseloadTable rows={caseload} suppress={false} />
        <TrajectTable caption="Goedgekeurd, wacht op een Topteam" trajecten={trajecten.filter((t) => t.topteam === null)} />
        <TrajectTable caption="Trajecten van alle Topteams" trajecten={trajecten.filter((t) => t.topteam !== null)} showTeam />
      </div>
    </>
  );
}
