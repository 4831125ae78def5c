import type { Metadata } from "next";
import { ImportForm } from "./import-forms";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { Confirmation } from "@/components/ui/confirmation";
import { requireRole } from "@/lib/auth/current-actor";
import { KOLOMMEN } from "@/lib/organisation/csv-import-types";

export const metadata: Metadata = { title: "Importeren" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ geimporteerd?: string; soort?: string }> }) {
  await requireRole("/beheer/import", "ADMIN");
  const query = await searchParams;
  const aantal = Number(query.geimporteerd);
  return (
    <>
      <PageTitle
        title="Importeren"
        intro="Scholen of accounts uit een CSV-bestand. Eerst wordt elke regel gecontroleerd; er wordt pas iets opgeslagen als alle regels kloppen, en dan alles tegelijk."
      />
      <BeheerNav current="/beheer/import" />
      {Number.isInteger(aantal) && aantal > 0 && (
        <Confirmation className="mb-4">
          {aantal} {query.soort === "scholen" ? "scholen" : "accounts"} geïmporteerd.{query.soort === "scholen" ? "" : " Elk nieuw account krijgt een uitnodiging per e-mail."}
        </Confirmation>
      )}
      <section aria-labelledby="bestand-kiezen" className="mb-6 rounded-lg bg-white p-6 shadow">
        <h2 id="bestand-kiezen" className="mb-3 text-lg font-semibold">
          Bestand kiezen
        </h2>
        <ImportForm />
      </section>
      <section aria-labelledby="opmaak" className="rounded-lg bg-white p-6 shadow">
        <h2 id="opmaak" className="mb-3 text-lg font-semibold">
          Opmaak
        </h2>
        <p>Een kopregel met deze kolommen, gescheiden door puntkomma&apos;s (zo slaat Excel een CSV op) of komma&apos;s:</p>
        <ul className="mt-2 list-disc pl-6">
          <li>
            Scholen: <code className="font-mono">{KOLOMMEN.scholen.join(";")}</code>; windstreek is de code, zoals NOORD.
          </li>
          <li>
            Accounts: <code className="font-mono">{KOLOMMEN.accounts.join(";")}</code>; rol zoals op deze site (Zorgcoördinator, Topdocent, …);
            organisatie is de BRIN-code van de school, de code van de windstreek of de naam van het Topteam, naar gelang de rol.
          </li>
        </ul>
      </section>
    </>
  );
}
