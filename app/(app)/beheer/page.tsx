import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "./account-form";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { Confirmation } from "@/components/ui/confirmation";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { UserActiveToggle } from "./user-active-toggle";
import { requireRole } from "@/lib/auth/current-actor";
import { amsterdamDay } from "@/lib/calendar";
import { schooljaarVan } from "@/lib/figures/school-year";
import { ROLE_LABEL } from "@/lib/navigation";
import { listUsers } from "@/lib/users/manage-users";
import { organisationOptions } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Beheer" };

export default async function BeheerPage({ searchParams }: { searchParams: Promise<{ uitgenodigd?: string; gewijzigd?: string }> }) {
  const ctx = await requireRole("/beheer", "ADMIN");
  const [users, opties, query] = await Promise.all([listUsers(ctx), organisationOptions(ctx), searchParams]);
  return (
    <>
      <PageTitle title="Beheer" intro="Accounts en hun organisatie. Een gedeactiveerd account wordt bij het volgende verzoek afgemeld." />
      <BeheerNav current="/beheer" />
      <p className="mb-6">
        Voor de jaarlijkse review van de rechten:{" "}
        <a className="text-brand-800 underline" href={`/auditpakket?schooljaar=${schooljaarVan(amsterdamDay())}`}>
          auditpakket van dit schooljaar (ZIP)
        </a>
        , met de accounts en hun rollen.
      </p>
      {query.uitgenodigd === "1" && <Confirmation className="mb-4">Het account is aangemaakt. De uitnodiging om een wachtwoord te kiezen is onderweg.</Confirmation>}
      {query.gewijzigd === "1" && <Confirmation className="mb-4">Het account is gewijzigd.</Confirmation>}
      <details className="mb-6 rounded-lg bg-white p-6 shadow">
        <summary className="cursor-pointer text-lg font-semibold">Account toevoegen</summary>
        <p className="my-3 text-slate-700">
          De nieuwe gebruiker krijgt een e-mail met een link om zelf een wachtwoord te kiezen; de link werkt één keer en is 7 dagen geldig.
        </p>
        <AccountForm opties={opties} />
      </details>
      <Table caption={`Accounts (${users.length})`} label="Accounts">
        <Kop kolommen={["Naam", "E-mailadres", "Rol", "Organisatie", "Status", { tekst: "Acties", verborgen: true }]} />
        <tbody>
          {users.map((user) => (
            <Rij key={user.id}>
              <Cel>{user.naam}</Cel>
              <Cel code>
                <span className="text-sm">{user.email}</span>
              </Cel>
              <Cel>{ROLE_LABEL[user.role]}</Cel>
              <Cel>{user.school?.naam ?? user.topteam?.naam ?? user.windstreek?.naam ?? "—"}</Cel>
              <Cel>{user.active ? (user.uitgenodigd ? "Uitgenodigd" : "Actief") : "Gedeactiveerd"}</Cel>
              <Cel>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/beheer/accounts/${encodeURIComponent(user.id)}`} className="rounded border border-brand-700 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">
                    Wijzigen<span className="sr-only"> {user.naam}</span>
                  </Link>
                  {user.id !== ctx.actor.id && <UserActiveToggle userId={user.id} naam={user.naam} active={user.active} />}
                </div>
              </Cel>
            </Rij>
          ))}
        </tbody>
      </Table>
    </>
  );
}
