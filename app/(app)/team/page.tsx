import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { TaskList } from "@/components/task-list";
import { TrajectTable } from "@/components/traject-table";
import { requireRole } from "@/lib/auth/current-actor";
import { toonMijnTaken } from "@/lib/tasks/queries";
import { listOpenTrajecten } from "@/lib/trajecten/queries";
import { organisationName } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Trajecten" };

export default async function TeamStartPage() {
  const ctx = await requireRole("/team", "GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER");
  const [team, taken, trajecten] = await Promise.all([organisationName(ctx.actor), toonMijnTaken(ctx), listOpenTrajecten(ctx, "startpagina topteam")]);
  const lead = ctx.actor.role === "GEDRAGSWETENSCHAPPER";
  return (
    <>
      <PageTitle
        title={lead ? `Trajecten van ${team ?? "uw Topteam"}` : "Mijn trajecten"}
        intro={lead ? "Alle trajecten van uw Topteam, de meest dringende termijn bovenaan." : `De trajecten waaraan u bent toegewezen in ${team ?? "uw Topteam"}.`}
      />
      <div className="space-y-8">
        <TaskList taken={taken} />
        {lead && (
          <TrajectTable
            caption="Adviesvragen en vooroverleg in uw windstreek"
            trajecten={trajecten.filter((t) => t.aanmeldingStap === "ADVIES" || t.aanmeldingStap === "VOOROVERLEG")}
          />
        )}
        {lead && (
          // The follow-ups whose contact with the school is due within a week, or overdue.
          <TrajectTable
            caption="Follow-ups die nu aan de beurt zijn"
            trajecten={trajecten.filter((t) => t.fase === "FOLLOW_UP" && t.term !== null && t.term.status !== "OP_SCHEMA")}
          />
        )}
        {lead && <TrajectTable caption="Goedgekeurd, wacht op kennismakingsgesprek" trajecten={trajecten.filter((t) => t.aanmeldingStap === "GOEDGEKEURD")} />}
        <TrajectTable caption="Lopende trajecten" trajecten={trajecten.filter((t) => t.fase !== "AANMELDING")} />
      </div>
    </>
  );
}
