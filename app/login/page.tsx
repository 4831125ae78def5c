import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { SsoButtons } from "./sso-buttons";
import { SSO_GEWEIGERD } from "@/lib/auth/sign-in-messages";
import { ssoProvidersFromEnv } from "@/lib/auth/sso";
import { PublicPage } from "@/components/public-page";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo";
import { listDemoAccounts } from "@/lib/users/demo-accounts";
import { hasAnyAccount } from "@/lib/users/accounts";
import { Alert } from "@/components/ui/alert";
import { Confirmation } from "@/components/ui/confirmation";
import Link from "next/link";
import { ROLE_LABEL, START_PAGE } from "@/lib/navigation";

export const metadata: Metadata = { title: "Aanmelden" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ wachtwoord?: string; sso?: string }> }) {
  const actor = await getCurrentActor();
  if (actor) redirect(START_PAGE[actor.role]);
  const demoAccounts = isDemoMode() ? await listDemoAccounts() : [];
  const leeg = !isDemoMode() && !(await hasAnyAccount());
  const query = await searchParams;
  const gekozen = query.wachtwoord === "gekozen";
  const ssoFout = query.sso ? SSO_GEWEIGERD[query.sso] : undefined;
  const sso = ssoProvidersFromEnv().map(({ id, naam }) => ({ id, naam }));
  return (
    <PublicPage titel="Toptrajecten">
      {leeg && (
        <Alert tone="let-op" className="mt-8">
          Er is nog geen account. Maak op de server het eerste aan met{" "}
          <code className="font-mono break-all">npm run admin:create -- --email &lt;adres&gt; --naam &quot;&lt;naam&gt;&quot;</code>.
        </Alert>
      )}
      <section aria-labelledby="aanmelden-kop" className="mt-8 rounded-lg bg-white p-6 shadow">
        <h2 id="aanmelden-kop" className="mb-4 text-xl font-semibold">
          Aanmelden
        </h2>
        {gekozen && <Confirmation className="mb-4">Uw wachtwoord is opgeslagen. Meld u nu aan.</Confirmation>}
        {ssoFout && (
          <Alert tone="fout" className="mb-4">
            {ssoFout}
          </Alert>
        )}
        {sso.length > 0 && (
          <div className="mb-6 border-b border-slate-200 pb-6">
            <SsoButtons providers={sso} />
          </div>
        )}
        <LoginForm />
        <p className="mt-4">
          <Link href="/wachtwoord-vergeten" className="text-brand-700 underline">
            Wachtwoord vergeten?
          </Link>
        </p>
      </section>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-kop" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="demo-kop" className="font-semibold">
            Demo-accounts
          </h2>
          <p className="mt-1 text-sm">
            Fictieve gegevens. Wachtwoord voor elk account: <code className="font-mono">{DEMO_PASSWORD}</code>
          </p>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Demo-accounts per rol</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">Rol</th>
                <th scope="col" className="py-1">E-mailadres</th>
              </tr>
            </thead>
            <tbody>
              {demoAccounts.map((account) => (
                <tr key={account.email} className="border-t border-amber-200">
                  <td className="py-1 pr-2">{ROLE_LABEL[account.role]}{account.organisatie ? ` (${account.organisatie})` : ""}</td>
                  {/* Long addresses wrap instead of sticking out of the box on a narrow screen. */}
                  <td className="py-1 font-mono break-all">{account.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </PublicPage>
  );
}
