import type { Metadata } from "next";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/current-actor";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { listOutbox } from "@/lib/mail/outbox";
import { RetryForm } from "./retry-form";

export const metadata: Metadata = { title: "Uitgaande e-mail" };

const STATUS: Record<MailStatus, string> = {
  WACHT: "Wacht op verzending",
  VERZONDEN: "Verzonden",
  BEWAARD: "Bewaard (niet verzonden: geen mailserver ingesteld)",
  MISLUKT: "Mislukt",
};

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export default async function OutboxPage() {
  const ctx = await requireRole("/beheer/e-mail", "ADMIN");
  const { regels, telling } = await listOutbox(ctx);
  const bewaard = regels.filter((r) => r.tekst !== null);
  return (
    <>
      <PageTitle
        title="Uitgaande e-mail"
        intro="Meldingen aan gebruikers: wat er gebeurde en een link, nooit gegevens van een leerling. Een bericht dat na alle pogingen niet aankwam, kunt u opnieuw versturen."
      />
      <BeheerNav current="/beheer/e-mail" />
      <p className="mb-4">
        {(Object.keys(STATUS) as MailStatus[]).map((status) => `${STATUS[status].split(" (")[0]}: ${telling[status]}`).join(" · ")}
      </p>
      <Table caption={`De nieuwste ${regels.length} berichten`} label="Uitgaande e-mail">
        <Kop kolommen={["Aangemaakt", "Aan", "Onderwerp", "Status", "Pogingen", "Laatste fout", { tekst: "Actie", verborgen: true }]} />
        <tbody>
          {regels.map((mail) => (
            <Rij key={mail.id}>
              <Cel>
                <span className="whitespace-nowrap">{moment.format(mail.createdAt)}</span>
              </Cel>
              <Cel code>
                <span className="text-sm">{mail.aan}</span>
              </Cel>
              <Cel>{mail.onderwerp}</Cel>
              <Cel>{STATUS[mail.status]}</Cel>
              <Cel rechts>{mail.pogingen}</Cel>
              <Cel code>{mail.laatsteFout ?? "—"}</Cel>
              <Cel>{mail.status === "MISLUKT" && <RetryForm mailId={mail.id} aan={mail.aan} />}</Cel>
            </Rij>
          ))}
        </tbody>
      </Table>
      {bewaard.length > 0 && (
        <section aria-labelledby="bewaard" className="mt-6">
          <h2 id="bewaard" className="mb-2 text-lg font-semibold">
            Bewaarde berichten (demo)
          </h2>
          <p className="mb-4">Zonder mailserver worden berichten niet verzonden maar hier getoond, zoals de ontvanger ze zou krijgen.</p>
          {bewaard.map((mail) => (
            <article key={mail.id} aria-label={`${mail.onderwerp}, aan ${mail.aan}`} className="mb-4 rounded-lg bg-white p-4 shadow">
              <h3 className="font-semibold">{mail.onderwerp}</h3>
              <p className="text-sm text-slate-700">Aan {mail.aan}</p>
              <pre className="mt-2 whitespace-pre-wrap font-sans">{mail.tekst}</pre>
            </article>
          ))}
        </section>
      )}
    </>
  );
}
