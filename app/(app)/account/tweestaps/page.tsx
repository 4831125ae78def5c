import type { Metadata } from "next";
import QRCode from "qrcode";
import { PageTitle } from "@/components/page-title";
import { TotpCodeForm } from "@/components/totp-code-form";
import { requireContext } from "@/lib/auth/current-actor";
import { secondFactorStatus } from "@/lib/auth/second-factor";
import { confirmTotpAction, removeTotpAction, startTotpAction } from "./actions";

export const metadata: Metadata = { title: "Tweestapsverificatie" };

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

export default async function TweestapsPage() {
  const ctx = await requireContext({ withoutSecondFactor: true });
  const status = await secondFactorStatus(ctx);
  const qr = status.pending ? await QRCode.toDataURL(status.pending.uri, { margin: 1, width: 220 }) : null;
  return (
    <>
      <PageTitle
        title="Tweestapsverificatie"
        intro="Naast uw wachtwoord vraagt Toptrajecten dan een code uit een authenticator-app op uw telefoon."
      />
      <section aria-labelledby="status" className="max-w-2xl space-y-4 rounded-lg bg-white p-6 shadow">
        <h2 id="status" className="text-lg font-semibold">
          {status.enabledAt ? `Staat aan sinds ${moment.format(status.enabledAt)}` : "Staat uit"}
        </h2>
        {status.required && !status.enabledAt && (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
            Voor uw rol is tweestapsverificatie verplicht. Stel haar in om verder te gaan.
          </p>
        )}
        {!status.enabledAt && !status.pending && (
          <form action={startTotpAction}>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              Tweestapsverificatie instellen
            </button>
          </form>
        )}
        {status.pending && qr && (
          <>
            <ol className="list-decimal space-y-2 pl-5">
              <li>Open uw authenticator-app en scan deze QR-code.</li>
              <li>
                Lukt scannen niet? Voer dan deze sleutel in: <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-sleutel">{status.pending.secret}</code>
              </li>
              <li>Vul de code in die de app toont.</li>
            </ol>
            {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, not an asset */}
            <img src={qr} alt="QR-code om Toptrajecten aan uw authenticator-app toe te voegen" width={220} height={220} />
            <TotpCodeForm id="bevestigen" action={confirmTotpAction} knop="Bevestigen en aanzetten" />
          </>
        )}
        {status.enabledAt && !status.required && (
          <>
            <p>Uitzetten? Vul ter bevestiging een code uit uw app in.</p>
            <TotpCodeForm id="uitzetten" action={removeTotpAction} knop="Tweestapsverificatie uitzetten" />
          </>
        )}
      </section>
    </>
  );
}
