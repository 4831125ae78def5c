import type { Metadata } from "next";
import { PublicPage } from "@/components/public-page";
import { toestemmingLinkStand } from "@/lib/aanmelding/consent-link";
import { TOESTEMMING_VAN } from "@/lib/aanmelding/consent-text";
import { formatDay } from "@/lib/calendar";
import { ConsentAnswerForm, ConsentWithdrawForm } from "./consent-forms";

export const metadata: Metadata = { title: "Toestemming voor een Toptraject", referrer: "no-referrer" };

const KLAAR: Record<string, string> = {
  gegeven: "Dank u wel. Uw toestemming is opgeslagen; de school kan de aanvraag doen.",
  geweigerd: "Uw antwoord is opgeslagen: u geeft geen toestemming. De school neemt contact met u op.",
  ingetrokken: "Uw toestemming is ingetrokken. Vanaf nu ziet alleen de school het dossier nog.",
};

/**
 * A consent request, reached through its link without an account. It names the school and the
 * text agreed to, never the student: the link may be forwarded, the name stays at school.
 */
export default async function ConsentPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const token = (await params).token.slice(0, 100);
  const klaar = KLAAR[(await searchParams).klaar ?? ""];
  const stand = await toestemmingLinkStand(token);
  return (
    <PublicPage titel="Toestemming voor een Toptraject" breed>
      {klaar && (
        <p role="status" className="mt-8 rounded border border-green-300 bg-green-50 p-4 text-green-950">
          {klaar}
        </p>
      )}
      {stand.soort === "ONGELDIG" ? (
        <p role="alert" className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {stand.reden}
        </p>
      ) : (
        <>
          <section aria-labelledby="verzoek-kop" className="mt-8 space-y-4 rounded-lg bg-white p-6 shadow">
            <h2 id="verzoek-kop" className="text-xl font-semibold">
              {stand.school} vraagt toestemming aan {TOESTEMMING_VAN[stand.voor]}
            </h2>
            {stand.tekst.inleiding.map((alinea) => (
              <p key={alinea}>{alinea}</p>
            ))}
            <h3 className="font-semibold">Wie ziet wat</h3>
            <ul className="list-disc space-y-1 pl-5">
              {stand.tekst.wieZietWat.map((regel) => (
                <li key={regel}>{regel}</li>
              ))}
            </ul>
            <h3 className="font-semibold">Uw rechten</h3>
            <ul className="list-disc space-y-1 pl-5">
              {stand.tekst.rechten.map((regel) => (
                <li key={regel}>{regel}</li>
              ))}
            </ul>
            <p className="text-sm text-slate-700">Versie van deze tekst: {stand.tekst.versie}.</p>
          </section>
          <section aria-labelledby="antwoord-kop" className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow">
            <h2 id="antwoord-kop" className="text-xl font-semibold">
              Uw antwoord
            </h2>
            {stand.soort === "OPEN" && (
              <>
                <p>Deze link werkt tot en met {formatDay(stand.verlooptOp)}, en één keer.</p>
                <ConsentAnswerForm token={token} />
              </>
            )}
            {stand.soort === "GEGEVEN" && (
              <>
                <p>U gaf toestemming op {formatDay(stand.antwoordOp!)}. U kunt uw toestemming altijd intrekken.</p>
                <ConsentWithdrawForm token={token} />
              </>
            )}
            {stand.soort === "GEWEIGERD" && <p>U gaf geen toestemming op {formatDay(stand.antwoordOp!)}. Wilt u het toch? Vraag de school om een nieuwe link.</p>}
            {stand.soort === "INGETROKKEN" && <p>De toestemming is ingetrokken op {formatDay(stand.ingetrokkenOp!)}. Vanaf dat moment ziet alleen de school het dossier.</p>}
          </section>
        </>
      )}
    </PublicPage>
  );
}
