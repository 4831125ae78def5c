import { Confirmation } from "@/components/ui/confirmation";
import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { requireContext } from "@/lib/auth/current-actor";
import { maxOpenSessions, ownSessions } from "@/lib/auth/sessions";
import { EndOthersForm } from "./end-others-form";

export const metadata: Metadata = { title: "Mijn sessies" };

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ afgemeld?: string }> }) {
  const ctx = await requireContext();
  const sessies = await ownSessions(ctx);
  const { afgemeld } = await searchParams;
  return (
    <>
      <PageTitle
        title="Mijn sessies"
        intro={`Waar u nu bent aangemeld. U kunt hoogstens ${maxOpenSessions()} keer tegelijk aangemeld zijn; meldt u zich vaker aan, dan vervalt de oudste sessie.`}
      />
      {afgemeld === "1" && (
        <Confirmation className="mb-4">
          U bent overal elders afgemeld.
        </Confirmation>
      )}
      <Table caption={`${sessies.length} open sessie${sessies.length === 1 ? "" : "s"}`} label="Open sessies">
        <Kop kolommen={["Aangemeld op", "Laatst actief", "Deze sessie"]} />
        <tbody>
          {sessies.map((s) => (
            <Rij key={s.id}>
              <Cel>{moment.format(s.createdAt)}</Cel>
              <Cel>{moment.format(s.lastSeenAt)}</Cel>
              <Cel>{s.dezeSessie ? "Ja (dit apparaat)" : "Nee"}</Cel>
            </Rij>
          ))}
        </tbody>
      </Table>
      {sessies.some((s) => !s.dezeSessie) && <EndOthersForm />}
    </>
  );
}
