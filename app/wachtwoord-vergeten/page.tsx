import type { Metadata } from "next";
import Link from "next/link";
import { ResetForm } from "./reset-form";
import { PublicPage } from "@/components/public-page";
import { Confirmation } from "@/components/ui/confirmation";
import { HERSTEL_UREN } from "@/lib/users/password-rules";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ verstuurd?: string }> }) {
  const verstuurd = (await searchParams).verstuurd === "1";
  return (
    <PublicPage titel="Toptrajecten">
      <section aria-labelledby="vergeten-kop" className="mt-8 rounded-lg bg-white p-6 shadow">
        <h2 id="vergeten-kop" className="mb-4 text-xl font-semibold">
          Wachtwoord vergeten
        </h2>
        {verstuurd ? (
          <Confirmation>
            Als dit adres bij een account hoort, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link is{" "}
            {HERSTEL_UREN} uur geldig. Kijk ook bij uw ongewenste e-mail.
          </Confirmation>
        ) : (
          <>
            <p className="mb-4">Vul het e-mailadres van uw account in. U krijgt een link om een nieuw wachtwoord te kiezen.</p>
            <ResetForm />
          </>
        )}
        <p className="mt-4">
          <Link href="/login" className="text-brand-700 underline">
            Terug naar aanmelden
          </Link>
        </p>
      </section>
    </PublicPage>
  );
}
