import type { Metadata } from "next";
import { ExitForm } from "./exit-form";
import { PublicPage } from "@/components/public-page";
import { exitLinkStatus } from "@/lib/exit/questionnaire";
import { EXIT_VOOR_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "Vragenlijst na het Toptraject", referrer: "no-referrer" };

/** The exit questionnaire, reached through a single-use link; it names no student and no school. */
export default async function ExitPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await exitLinkStatus(token.slice(0, 100));
  return (
    <PublicPage titel="Vragenlijst na het Toptraject" breed>
      {status.geldig ? (
        <section aria-labelledby="vragen-kop" className="mt-8 space-y-4 rounded-lg bg-white p-6 shadow">
          <h2 id="vragen-kop" className="text-xl font-semibold">
            Voor: {EXIT_VOOR_LABEL[status.voor].toLowerCase()}
          </h2>
          <p>Het Toptraject is afgesloten. Wilt u ons vertellen hoe u het heeft ervaren? Het invullen duurt een paar minuten; de link werkt één keer.</p>
          <ExitForm token={token} />
        </section>
      ) : (
        <p role="alert" className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {status.reden}
        </p>
      )}
    </PublicPage>
  );
}
