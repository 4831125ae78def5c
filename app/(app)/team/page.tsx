import type { Metadata } from "next";
import { zoekAction } from "../zoeken/actions";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectList } from "@/components/traject-list";
import { organisationName, requireRole } from "@/lib/auth/current-actor";
import type { SearchParams } from "@/lib/trajecten/list-params";
import { startpagina } from "@/lib/trajecten/start-page";

export const metadata: Metadata = { title: "Trajecten" };

export default async function TeamStartPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireRole("/team", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER");
  const [team, { params, taken, lijst, keuzes }] = await Promise.all([organisationName(), startpagina(ctx, await searchParams, "startpagina topteam")]);
  const lead = ctx.actor.role === "GEDRAGSWETENSCHAPPER";
  return (
    <>
      <PageTitle
        title={lead ? `Trajecten van ${team ?? "uw Topteam"}` : "Mijn trajecten"}
        intro={
          lead
            ? "Alle trajecten van uw Topteam, en de adviesvragen en vooroverleggen in uw windstreek; de meest dringende termijn bovenaan."
            : `De trajecten waaraan u bent toegewezen in ${team ?? "uw Topteam"}.`
        }
      />
      <div className="space-y-8">
        <TaskList params={params} taken={taken} />
        <TrajectList zoek={zoekAction} titel={lead ? "Trajecten van het team" : "Mijn trajecten"} lijst={lijst} params={params} keuzes={keuzes} kolommen={{ toegewezen: lead }} />
      </div>
    </>
  );
}
