import type { Metadata } from "next";
import { zoekAction } from "../zoeken/actions";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectList } from "@/components/traject-list";
import { organisationName, requireRole } from "@/lib/auth/current-actor";
import type { SearchParams } from "@/lib/trajecten/list-params";
import { startpagina } from "@/lib/trajecten/start-page";

export const metadata: Metadata = { title: "Aanvragen en trajecten in uw windstreek" };

export default async function WindstreekStartPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireRole("/windstreek", "ONDERWIJSADVISEUR");
  const [windstreek, { params, taken, lijst, keuzes }] = await Promise.all([organisationName(), startpagina(ctx, await searchParams, "startpagina windstreek")]);
  return (
    <>
      <PageTitle title={`Windstreek ${windstreek ?? ""}`.trim()} intro="Aanvragen en trajecten van de scholen in uw windstreek." />
      <div className="space-y-8">
        <TaskList params={params} taken={taken} />
        <TrajectList zoek={zoekAction} titel="Aanvragen en trajecten" lijst={lijst} params={params} keuzes={keuzes} kolommen={{ team: true, wachttijd: true }} />
      </div>
    </>
  );
}
