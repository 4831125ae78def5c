import type { Metadata } from "next";
import { ChangePasswordForm } from "./change-password-form";
import { PageTitle } from "@/components/page-title";
import { Confirmation } from "@/components/ui/confirmation";
import { requireContext } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Wachtwoord wijzigen" };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ gewijzigd?: string }> }) {
  await requireContext();
  const gewijzigd = (await searchParams).gewijzigd === "1";
  return (
    <>
      <PageTitle title="Wachtwoord wijzigen" intro="Na het wijzigen bent u overal elders afgemeld; hier blijft u aangemeld." />
      {gewijzigd && <Confirmation className="mb-4">Uw wachtwoord is gewijzigd. U bent overal elders afgemeld.</Confirmation>}
      <ChangePasswordForm />
    </>
  );
}
