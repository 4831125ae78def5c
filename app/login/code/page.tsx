import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicPage } from "@/components/public-page";
import { TotpCodeForm } from "@/components/totp-code-form";
import { pendingCodeAction } from "../actions";
import { pendingCodeSession } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Code invullen" };

/** After single sign-on without MFA, for a user with the app's own second factor. */
export default async function PendingCodePage() {
  if (!(await pendingCodeSession())) redirect("/login");
  return (
    <PublicPage titel="Toptrajecten">
      <section aria-labelledby="code-kop" className="mt-8 rounded-lg bg-white p-6 shadow">
        <h2 id="code-kop" className="mb-4 text-xl font-semibold">
          Nog één stap
        </h2>
        <p className="mb-4">Uw organisatie vroeg bij het aanmelden geen tweede stap. Vul daarom de code uit uw authenticator-app in.</p>
        <TotpCodeForm id="code" action={pendingCodeAction} knop="Doorgaan" />
      </section>
    </PublicPage>
  );
}
