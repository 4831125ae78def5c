import type { Metadata } from "next";
import Link from "next/link";
import { PasswordForm } from "./password-form";
import { PublicPage } from "@/components/public-page";
import { Alert } from "@/components/ui/alert";
import { linkStatus } from "@/lib/users/passwords";

export const metadata: Metadata = { title: "Wachtwoord kiezen", referrer: "no-referrer" };

/** Reached through the link in an invitation or a "Wachtwoord vergeten?" mail. */
export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const status = await linkStatus(token);
  return (
    <PublicPage titel="Toptrajecten">
      <section aria-labelledby="wachtwoord-kop" className="mt-8 rounded-lg bg-white p-6 shadow">
        <h2 id="wachtwoord-kop" className="mb-4 text-xl font-semibold">
          {status?.doel === "UITNODIGING" ? "Welkom: kies uw wachtwoord" : "Kies een nieuw wachtwoord"}
        </h2>
        {status ? (
          <>
            <p className="mb-4">
              Voor het account van <strong>{status.naam}</strong>. Daarna meldt u zich aan; vraagt uw rol om tweestapsverificatie, dan stelt u die
              meteen in.
            </p>
            <PasswordForm token={token} />
          </>
        ) : (
          <Alert tone="let-op">
            Deze link werkt niet (meer): hij is al gebruikt, verlopen of onvolledig.{" "}
            <Link href="/wachtwoord-vergeten" className="underline">
              Vraag een nieuwe link aan
            </Link>
            .
          </Alert>
        )}
      </section>
    </PublicPage>
  );
}
