import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountForm } from "../../account-form";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/lib/auth/current-actor";
import { ROLE_LABEL } from "@/lib/navigation";
import { getAccount } from "@/lib/users/manage-users";
import { organisationOptions } from "@/lib/users/organisation";

export const metadata: Metadata = { title: "Account wijzigen" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireRole("/beheer/accounts/[id]", "ADMIN");
  const [account, opties] = await Promise.all([getAccount(ctx, (await params).id.slice(0, 64)), organisationOptions(ctx)]);
  if (!account) notFound();
  return (
    <>
      <PageTitle
        title={`Account: ${account.naam}`}
        intro={`${account.email} · ${ROLE_LABEL[account.role]} · ${account.active ? (account.uitgenodigd ? "uitgenodigd, nog geen wachtwoord" : "actief") : "gedeactiveerd"}${account.totpEnabledAt ? " · tweestapsverificatie aan" : ""}`}
      />
      <BeheerNav current="/beheer" />
      <section aria-labelledby="wijzigen" className="rounded-lg bg-white p-6 shadow">
        <h2 id="wijzigen" className="mb-4 text-lg font-semibold">
          Naam, rol en organisatie
        </h2>
        <AccountForm
          opties={opties}
          bestaand={{ userId: account.id, stand: account.stand, naam: account.naam, role: account.role, schoolId: account.schoolId, windstreekId: account.windstreekId, topteamId: account.topteamId }}
        />
      </section>
    </>
  );
}
