import type { Metadata } from "next";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { BarChart } from "@/components/bar-chart";
import { LineChart } from "@/components/line-chart";
import { CaseloadTable } from "@/components/caseload-table";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/lib/auth/current-actor";
import { PERIODEN } from "@/lib/figures/dashboard";
import { toon } from "@/lib/figures/dashboard-rows";
import { cijfersView } from "@/lib/figures/cijfers-view";
import { COHORT_KOLOMMEN } from "@/lib/figures/cohort";
import { dashboardOpties, leesVraag, queryVan } from "@/lib/figures/dashboard-request";
import type { PhaseCount } from "@/lib/figures/overview";
import { NIET_GETOOND, suppressWithTotal } from "@/lib/figures/suppress";
import { Fase } from "@/lib/generated/prisma/enums";
import { FASE_LABEL } from "@/lib/labels";
import { grenzen, kwartaalCode } from "@/lib/figures/quarter";
import { schooljaarLabel, schooljaarVan } from "@/lib/figures/school-year";

export const metadata: Metadata = { title: "Kwartaalcijfers" };

const CONTROL = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

function Keuze({ name, label, value, opties, leeg }: { name: string; label: string; value?: string; opties: { id: string; naam: string }[]; leeg?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={CONTROL}>
        {leeg && <option value="">{leeg}</option>}
        {opties.map((o) => (
          <option key={o.id} value={o.id}>
            {o.naam}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The samenwerkingsverband's quarterly figures, with their trend, charts and exports. */
export default async function CijfersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireRole("/cijfers", "SWV", "COORDINATOR");
  const vraag = leesVraag(await searchParams);
  const opties = await dashboardOpties(ctx);
  const { rapport: r, trend, cohorten, caseload, counts, auditpakket } = await cijfersView(ctx, vraag, opties);
  const query = queryVan(vraag);
  const schooljaar = schooljaarVan(grenzen(vraag.kwartaal).van);
  return (
    <>
      <PageTitle title="Kwartaalcijfers Toptrajecten" intro="Alleen totalen: aantallen onder de 5 worden getoond als “<5”, en ook gemiddelden over minder dan 5 trajecten. Staat een totaal naast zulke kleine aantallen en zijn die eruit terug te rekenen, dan wordt ook het totaal niet getoond (•)." />
      <form method="get" className="mb-8 grid gap-4 rounded-lg bg-white p-6 shadow sm:grid-cols-2 lg:grid-cols-5" aria-label="Kies kwartaal en filter">
        <Keuze name="kwartaal" label="Kwartaal" value={kwartaalCode(vraag.kwartaal)} opties={opties.kwartalen.map((k) => ({ id: k.code, naam: k.label }))} />
        <Keuze name="windstreek" label="Windstreek" value={vraag.filter.windstreekId} opties={opties.windstreken} leeg="Alle windstreken" />
        <Keuze name="topteam" label="Topteam" value={vraag.filter.topteamId} opties={opties.topteams} leeg="Alle Topteams" />
        <Keuze name="school" label="School" value={vraag.filter.schoolId} opties={opties.scholen} leeg="Alle scholen" />
        <div className="flex items-end">
          <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Toon cijfers
          </button>
        </div>
      </form>

      <section aria-labelledby="rapport-kop" className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="rapport-kop" className="text-xl font-semibold">
            {r.titel.replace(/^Toptrajecten: /, "")}: {r.filter}
          </h2>
          <p className="space-x-4">
            <a className="text-brand-800 underline" href={`/cijfers/export?${query}&formaat=xlsx`}>
              Download als Excel (XLSX)
            </a>
            <a className="text-brand-800 underline" href={`/cijfers/export?${query}&formaat=csv`}>
              Download als CSV
            </a>
            <a className="text-brand-800 underline" href={`/cijfers/export?${query}&formaat=pdf`}>
              Kwartaalrapport (PDF)
            </a>
            {auditpakket && (
              <a className="text-brand-800 underline" href={`/auditpakket?schooljaar=${schooljaar}`}>
                Auditpakket {schooljaarLabel(schooljaar)} (ZIP)
              </a>
            )}
            {vraag.filter.schoolId && (
              <a className="text-brand-800 underline" href={`/cijfers/jaarverslag?school=${encodeURIComponent(vraag.filter.schoolId)}&schooljaar=${schooljaar}`}>
                Jaarverslag van deze school, {schooljaarLabel(schooljaar)} (PDF)
              </a>
            )}
          </p>
        </div>
        {r.onvolledig && (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
            {r.onvolledig}
          </p>
        )}
        {r.secties.map((s) => (
          <div key={s.titel} className="flex flex-wrap items-start gap-6 rounded-lg bg-white p-4 shadow">
            <table className="min-w-[32rem] flex-1 text-left">
              <caption className="pb-2 text-left text-lg font-semibold">{s.titel}</caption>
              <thead className="bg-slate-100 text-sm">
                <tr>
                  <th scope="col" className="px-3 py-2">Cijfer</th>
                  {PERIODEN.map((p) => (
                    <th key={p} scope="col" className="px-3 py-2 text-right">
                      {r.koppen[p]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rijen.length === 0 && (
                  <tr>
                    <td colSpan={4} className="px-3 py-2">
                      Geen gegevens in deze kwartalen.
                    </td>
                  </tr>
                )}
                {s.rijen.map((rij) => (
                  <tr key={rij.cijfer} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">{rij.cijfer}</th>
                    {PERIODEN.map((p) => (
                      <td key={p} className="px-3 py-2 text-right">
                        {toon(rij.waarden[p], rij.eenheid)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {s.grafiek && s.rijen.length > 0 && <BarChart titel={`${s.titel}, ${r.koppen.huidig}`} rijen={s.rijen.map((rij) => ({ label: rij.cijfer, waarde: rij.waarden.huidig }))} />}
          </div>
        ))}
      </section>

      <section aria-labelledby="trend-kop" className="mt-10 space-y-4">
        <h2 id="trend-kop" className="text-xl font-semibold">
          Ontwikkeling over acht kwartalen: {r.filter}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {trend.rijen.map((rij) => (
            <li key={rij.cijfer} className="rounded-lg bg-white p-4 shadow">
              <p className="mb-2 font-medium">{rij.cijfer}</p>
              <LineChart titel={rij.cijfer} koppen={trend.koppen} waarden={rij.waarden} eenheid={rij.eenheid} />
            </li>
          ))}
        </ul>
        <Table caption="De cijfers van de grafieken" className="w-full text-left text-sm">
          <Kop kolommen={["Cijfer", ...trend.koppen.map((kop) => ({ tekst: kop, rechts: true }))]} />
          <tbody>
            {trend.rijen.map((rij) => (
              <Rij key={rij.cijfer}>
                <Cel kop>{rij.cijfer}</Cel>
                {rij.waarden.map((w, i) => (
                  <Cel key={trend.koppen[i]} rechts>
                    {toon(w, rij.eenheid)}
                  </Cel>
                ))}
              </Rij>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="cohort-kop" className="mt-10 space-y-4">
        <h2 id="cohort-kop" className="text-xl font-semibold">
          Cohorten: trajecten naar het kwartaal waarin ze begonnen
        </h2>
        <p>
          Per Topteam de trajecten die in een kwartaal met het kennismakingsgesprek begonnen, en waar ze nu staan: de uitkomsten als deel van de
          gestarte trajecten, de mediane duur van elke fase tegen de termijn, en de follow-up. Een • staat waar een getoond cijfer een verborgen
          aantal zou verraden.
        </p>
        <Table caption={`Cohorten, ${r.filter}`} className="w-full text-left text-sm">
          <Kop kolommen={["Begonnen in", "Topteam", ...COHORT_KOLOMMEN.map((kolom) => ({ tekst: kolom, rechts: true }))]} />
          <tbody>
            {cohorten.length === 0 && (
              <Rij>
                <Cel>Geen trajecten begonnen in deze acht kwartalen.</Cel>
              </Rij>
            )}
            {cohorten.map((rij) => (
              <Rij key={`${rij.cohort}-${rij.topteam}`}>
                <Cel kop>{rij.cohort}</Cel>
                <Cel>{rij.topteam}</Cel>
                {rij.waarden.map((w, i) => (
                  <Cel key={COHORT_KOLOMMEN[i]} rechts>
                    {toon(w, i === 0 || (i >= 5 && i <= 7) ? "aantal" : "%")}
                  </Cel>
                ))}
              </Rij>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="nu-kop" className="mt-10 space-y-4">
        <h2 id="nu-kop" className="text-xl font-semibold">
          Stand van vandaag
        </h2>
        <PhaseTable counts={counts} windstreken={[...new Set(caseload.map((c) => c.windstreek))].sort()} />
        <CaseloadTable rows={caseload} suppress />
      </section>
    </>
  );
}

/** Every traject today, per phase and windstreek: counts only. */
function PhaseTable({ counts, windstreken }: { counts: PhaseCount[]; windstreken: string[] }) {
  const count = (windstreek: string, fase: Fase) => counts.find((c) => c.windstreek === windstreek && c.fase === fase)?.count ?? 0;
  return (
    <Table caption="Trajecten per fase en windstreek">
      <Kop kolommen={["Fase", ...windstreken.map((w) => ({ tekst: w, rechts: true })), { tekst: "Totaal", rechts: true }]} />
      <tbody>
        {Object.values(Fase).map((fase) => {
          const { totaal, delen } = suppressWithTotal(
            windstreken.reduce((sum, w) => sum + count(w, fase), 0),
            windstreken.map((w) => count(w, fase)),
          );
          return (
            <Rij key={fase}>
              <Cel kop>{FASE_LABEL[fase]}</Cel>
              {delen.map((shown, i) => (
                <Cel key={windstreken[i]} rechts>
                  {shown}
                </Cel>
              ))}
              <Cel rechts>
                {totaal === NIET_GETOOND ? (
                  <>
                    <span aria-hidden="true">{NIET_GETOOND}</span>
                    <span className="sr-only">niet getoond</span>
                  </>
                ) : (
                  totaal
                )}
              </Cel>
            </Rij>
          );
        })}
      </tbody>
    </Table>
  );
}
