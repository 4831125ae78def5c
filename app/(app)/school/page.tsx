import type { Metadata } from "next";
import { zoekAction } from "../zoeken/actions";
import { AdviesForm } from "./advies-form";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectList } from "@/components/traject-list";
import { organisationName, requireRole } from "@/lib/auth/current-actor";
import { amsterdamDay } from "@/lib/calendar";
import type { SearchParams } from "@/lib/trajecten/list-params";
import { startpagina } from "@/lib/trajecten/start-page";

export const metadata: Metadata = { title: "Trajecten van uw school" };

export default async function SchoolStartPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireRole("/school", "ZORGCOORDINATOR");
  const [school, { params, taken, lijst, keuzes }] = await Promise.all([organisationName(), startpagina(ctx, await searchParams, "startpagina school")]);
  return (
    <>
      <PageTitle title={`Trajecten van ${school ?? "uw school"}`} intro="Aanmeldingen en lopende Toptrajecten van leerlingen van uw school." />
      <div className="mb-6">
        <TaskList params={params} taken={taken} />
      </div>
      <details className="mb-6 rounded-lg bg-white p-6 shadow">
        <summary className="cursor-pointer text-lg font-semibold text-brand-800">Advies vragen over een leerling</summary>
        <p className="my-3 text-slate-700">
          Maakt u zich zorgen over een leerling? Vraag zo vroeg mogelijk advies aan het Topteam. Dat kan anoniem; de leerling zet u pas bij de
          aanvraag op naam.
        </p>
        <AdviesForm vandaag={amsterdamDay().toISOString().slice(0, 10)} />
      </details>
      <TrajectList zoek={zoekAction} titel="Trajecten van uw school" lijst={lijst} params={params} keuzes={keuzes} />
    </>
  );
}
