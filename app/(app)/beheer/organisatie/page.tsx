import type { Metadata } from "next";
import { ActiefToggle, SchoolForm, TopteamForm, WindstreekForm } from "./org-forms";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { Confirmation } from "@/components/ui/confirmation";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/current-actor";
import { ROLE_LABEL } from "@/lib/navigation";
import { listOrganisation } from "@/lib/organisation/manage";

export const metadata: Metadata = { title: "Organisatie" };

const status = (actief: boolean) => (actief ? "Actief" : "Gedeactiveerd");
const OPGESLAGEN: Record<string, string> = { windstreek: "De windstreek is opgeslagen.", school: "De school is opgeslagen.", topteam: "Het Topteam is opgeslagen." };

function Wijzig({ naam, children }: { naam: string; children: React.ReactNode }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        Wijzigen<span className="sr-only"> {naam}</span>
      </summary>
      <div className="mt-2 min-w-80">{children}</div>
    </details>
  );
}

function Toevoegen({ titel, children }: { titel: string; children: React.ReactNode }) {
  return (
    <details className="mt-3 rounded-lg bg-white p-4 shadow">
      <summary className="cursor-pointer font-medium">{titel}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

export default async function OrganisatiePage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const ctx = await requireRole("/beheer/organisatie", "ADMIN");
  const [{ windstreken, scholen, topteams }, query] = await Promise.all([listOrganisation(ctx), searchParams]);
  const actieveWindstreken = Object.fromEntries(windstreken.filter((w) => w.actief).map((w) => [w.id, w.naam]));
  return (
    <>
      <PageTitle title="Organisatie" intro="Windstreken, scholen en Topteams. Wat trajecten of cijfers gebruiken, wordt nooit verwijderd: deactiveer het." />
      <BeheerNav current="/beheer/organisatie" />
      {query.opgeslagen && OPGESLAGEN[query.opgeslagen] && <Confirmation className="mb-4">{OPGESLAGEN[query.opgeslagen]}</Confirmation>}

      <section aria-labelledby="windstreken" className="mb-8">
        <h2 id="windstreken" className="mb-3 text-xl font-semibold">
          Windstreken
        </h2>
        <Table caption={`${windstreken.length} windstreken`}>
          <Kop kolommen={["Code", "Naam", "Status", { tekst: "Acties", verborgen: true }]} />
          <tbody>
            {windstreken.map((w) => (
              <Rij key={w.id}>
                <Cel code>{w.code}</Cel>
                <Cel>{w.naam}</Cel>
                <Cel>{status(w.actief)}</Cel>
                <Cel>
                  <div className="flex flex-wrap items-start gap-3">
                    <Wijzig naam={w.naam}>
                      <WindstreekForm bestaand={w} />
                    </Wijzig>
                    <ActiefToggle soort="windstreek" id={w.id} naam={w.naam} actief={w.actief} />
                  </div>
                </Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
        <Toevoegen titel="Windstreek toevoegen">
          <WindstreekForm />
        </Toevoegen>
      </section>

      <section aria-labelledby="scholen" className="mb-8">
        <h2 id="scholen" className="mb-3 text-xl font-semibold">
          Scholen
        </h2>
        <Table caption={`${scholen.length} scholen`}>
          <Kop kolommen={["Naam", "BRIN", "Windstreek", "Status", { tekst: "Acties", verborgen: true }]} />
          <tbody>
            {scholen.map((s) => (
              <Rij key={s.id}>
                <Cel>{s.naam}</Cel>
                <Cel code>{s.brin}</Cel>
                <Cel>{s.windstreek.naam}</Cel>
                <Cel>{status(s.actief)}</Cel>
                <Cel>
                  <div className="flex flex-wrap items-start gap-3">
                    <Wijzig naam={s.naam}>
                      <SchoolForm windstreken={actieveWindstreken} bestaand={s} />
                    </Wijzig>
                    <ActiefToggle soort="school" id={s.id} naam={s.naam} actief={s.actief} />
                  </div>
                </Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
        <Toevoegen titel="School toevoegen">
          <SchoolForm windstreken={actieveWindstreken} />
        </Toevoegen>
      </section>

      <section aria-labelledby="topteams">
        <h2 id="topteams" className="mb-3 text-xl font-semibold">
          Topteams
        </h2>
        <Table caption={`${topteams.length} Topteams`}>
          <Kop kolommen={["Naam", "Windstreek", { tekst: "Capaciteit", rechts: true }, "Leden", "Status", { tekst: "Acties", verborgen: true }]} />
          <tbody>
            {topteams.map((t) => (
              <Rij key={t.id}>
                <Cel>{t.naam}</Cel>
                <Cel>{t.windstreek.naam}</Cel>
                <Cel rechts>{t.capaciteit}</Cel>
                <Cel>
                  {t.members.length === 0 ? (
                    "Nog niemand"
                  ) : (
                    <ul>
                      {t.members.map((m) => (
                        <li key={m.id}>
                          {m.naam} <span className="text-slate-700">({ROLE_LABEL[m.role].toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Cel>
                <Cel>{status(t.actief)}</Cel>
                <Cel>
                  <div className="flex flex-wrap items-start gap-3">
                    <Wijzig naam={t.naam}>
                      <TopteamForm windstreken={actieveWindstreken} bestaand={t} />
                    </Wijzig>
                    <ActiefToggle soort="topteam" id={t.id} naam={t.naam} actief={t.actief} />
                  </div>
                </Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
        <p className="mt-2 text-sm text-slate-700">Leden voegt u toe onder Accounts: een account met een rol in het Topteam.</p>
        <Toevoegen titel="Topteam toevoegen">
          <TopteamForm windstreken={actieveWindstreken} />
        </Toevoegen>
      </section>
    </>
  );
}
