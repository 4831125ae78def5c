import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { Confirmation } from "@/components/ui/confirmation";
import { heeftAgendaLink } from "@/lib/agenda/feed";
import { requireContext } from "@/lib/auth/current-actor";
import { ZOEKT_TRAJECTEN } from "@/lib/navigation";
import { mijnMeldingen } from "@/lib/users/preferences";
import { AgendaLinkForm, MeldingenForm } from "./forms";

export const metadata: Metadata = { title: "Meldingen en agenda" };

export default async function MeldingenPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string; ingetrokken?: string }> }) {
  const ctx = await requireContext();
  const [meldingen, heeftLink, { opgeslagen, ingetrokken }] = await Promise.all([mijnMeldingen(ctx), heeftAgendaLink(ctx), searchParams]);
  return (
    <>
      <PageTitle title="Meldingen en agenda" intro="Welke e-mails u van Toptrajecten krijgt, en uw termijnen in uw eigen agenda." />
      {opgeslagen === "1" && <Confirmation className="mb-4">Uw keuze voor e-mails is opgeslagen.</Confirmation>}
      {ingetrokken === "1" && <Confirmation className="mb-4">Uw agenda-link is ingetrokken: hij werkt niet meer.</Confirmation>}
      <div className="space-y-8">
        <section aria-labelledby="meldingen-kop" className="rounded-lg bg-white p-6 shadow">
          <h2 id="meldingen-kop" className="mb-3 text-lg font-semibold">
            E-mails
          </h2>
          {meldingen.length > 0 ? <MeldingenForm meldingen={meldingen} /> : <p>Bij uw rol horen geen e-mails over trajecten.</p>}
        </section>
        {ZOEKT_TRAJECTEN.includes(ctx.actor.role) && (
          <section aria-labelledby="agenda-kop" className="rounded-lg bg-white p-6 shadow">
            <h2 id="agenda-kop" className="mb-3 text-lg font-semibold">
              Agenda
            </h2>
            <p className="mb-3 text-slate-700">
              Met een persoonlijke agenda-link ziet u in uw eigen agenda de einddatums van termijnen, de follow-ups, geplande vooroverleggen en
              kennismakingsgesprekken van de trajecten die u mag zien. Trajecten staan erin met hun trajectcode, nooit met de naam van de leerling.
              Iedereen met de link ziet deze data: trek hem in als u denkt dat een ander hem heeft.
            </p>
            <p className="mb-3">{heeftLink ? "U heeft een agenda-link." : "U heeft nog geen agenda-link."}</p>
            <AgendaLinkForm heeftLink={heeftLink} />
          </section>
        )}
      </div>
    </>
  );
}
