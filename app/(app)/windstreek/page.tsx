import type { Metadata } from "next";
import { zoekAction } from "../zoeken/actions";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectList } from "@/components/traject-list";
import { requireRole } from "@/lib/auth/current-actor";
import { toonMijnTaken } from "@/lib/tasks/queries";
import { lijstKeuzes, lijstTrajecten } from "@/lib/trajecten/list";
import { lijstHref, type SearchParams } from "@/lib/trajecten/list-params";
import { lijstParamsVoor } from "@/lib/trajecten/search-term";
import { organisationName } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Aanvragen en trajecten in uw windstreek" };

export default async function WindstreekStartPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireRole("/windstreek", "ONDERWIJSADVISEUR");
  const params = lijstParamsVoor(await searchParams, ctx.actor.id);
  const [windstreek, taken, lijst, keuzes] = await Promise.all([
    organisationName(ctx.actor),
    toonMijnTaken(ctx),
    lijstTrajecten(ctx, params, "startpagina windstreek"),
    lijstKeuzes(ctx),
  ]);
  return (
    <>
      <PageTitle title={`Windstreek ${windstreek ?? ""}`.trim()} intro="Aanvragen en trajecten van de scholen in uw windstreek." />
      <div className="space-y-8">
        <TaskList pagina={params.taken} href={(taken) => lijstHref(params, { taken })} taken={taken} />
        <TrajectList zoek={zoekAction} titel="Aanvragen en trajecten" lijst={lijst} params={params} keuzes={keuzes} kolommen={{ team: true, wachttijd: true }} />
      </div>
    </>
  );
}
