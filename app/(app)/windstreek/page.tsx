import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { TrajectTable } from "@/components/traject-table";
import { requireRole } from "@/lib/auth/current-actor";
import { listOpenTrajecten } from "@/lib/trajecten/queries";
import { organisationName } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Aanvragen en trajecten in uw windstreek" };

export default async function WindstreekStartPage() {
  const ctx = await requireRole("ONDERWIJSADVISEUR");
  const [windstreek, trajecten] = await Promise.all([organisationName(ctx.actor), listOpenTrajecten(ctx, "startpagina windstreek")]);
  return (
    <>
      <PageTitle title={`Windstreek ${windstreek ?? ""}`.trim()} intro="Aanvragen en trajecten van de scholen in uw windstreek." />
      <div className="space-y-8">
        <TrajectTable caption="Aanmeldingen" trajecten={trajecten.filter((t) => t.fase === "AANMELDING")} />
        <TrajectTable caption="Lopende trajecten" trajecten={trajecten.filter((t) => t.fase !== "AANMELDING")} showTeam />
      </div>
    </>
  );
}
