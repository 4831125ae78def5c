import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { TrajectTable } from "@/components/traject-table";
import { requireRole } from "@/lib/auth/current-actor";
import { listOpenTrajecten } from "@/lib/trajecten/queries";
import { organisationName } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Trajecten van uw school" };

export default async function SchoolStartPage() {
  const ctx = await requireRole("ZORGCOORDINATOR");
  const [school, trajecten] = await Promise.all([organisationName(ctx.actor), listOpenTrajecten(ctx, "startpagina school")]);
  return (
    <>
      <PageTitle title={`Trajecten van ${school ?? "uw school"}`} intro="Aanmeldingen en lopende Toptrajecten van leerlingen van uw school." />
      <TrajectTable caption="Lopende trajecten" trajecten={trajecten} />
    </>
  );
}
