import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectTable } from "@/components/traject-table";
import { requireRole } from "@/lib/auth/current-actor";
import { toonMijnTaken } from "@/lib/tasks/queries";
import { listOpenTrajecten } from "@/lib/trajecten/queries";
import { organisationName } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Aanvragen en trajecten in uw windstreek" };

export default async function WindstreekStartPage() {
  const ctx = await requireRole("/windstreek", "ONDERWIJSADVISEUR");
  const [windstreek, taken, trajecten] = await Promise.all([organisationName(ctx.actor), toonMijnTaken(ctx), listOpenTrajecten(ctx, "startpagina windstreek")]);
  return (
    <>
      <PageTitle title={`Windstreek ${windstreek ?? ""}`.trim()} intro="Aanvragen en trajecten van de scholen in uw windstreek." />
      <div className="space-y-8">
        <TaskList taken={taken} />
        {/* The onderwijsadviseur's queue: requests waiting for the dossiercheck, oldest first. */}
        <TrajectTable caption="Te beoordelen: dossiercheck" trajecten={trajecten.filter((t) => t.aanmeldingStap === "DOSSIERCHECK")} />
        <TrajectTable caption="Overige aanmeldingen" trajecten={trajecten.filter((t) => t.fase === "AANMELDING" && t.aanmeldingStap !== "DOSSIERCHECK")} />
        <TrajectTable caption="Lopende trajecten" trajecten={trajecten.filter((t) => t.fase !== "AANMELDING")} showTeam />
      </div>
    </>
  );
}
