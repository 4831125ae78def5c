// A start page's traject list: search, filters, sortable columns and pages, all in the URL (the
// search term sealed) and all done on the server, so the page works without JavaScript and every
// state has a link.
// Row links do not prefetch: fifty prefetches per page would cost more than they save.
import Link from "next/link";
import { formatDay } from "@/lib/calendar";
import { faseMetStap, FASE_LABEL, STAP_LABEL, TERM_STATUS_LABEL } from "@/lib/labels";
import type { LijstKeuzes, TrajectLijst, TrajectRij } from "@/lib/trajecten/list";
import { FASE_KEUZES, lijstHref, PER_PAGINA, type LijstParams, type Sortering } from "@/lib/trajecten/list-params";
import { termijnTekst } from "./term-badge";
import { TrajectRegels, type Kolommen, type TrajectRegel } from "./traject-rows";
import { Button } from "./ui/button";
import { SelectField, TextField } from "./ui/fields";
import { Pagination } from "./ui/pagination";
import { Table } from "./ui/table";

/** A row as the list shows it; only the columns shown are filled in. */
function regel(t: TrajectRij, kolommen: Kolommen, open: boolean): TrajectRegel {
  return {
    id: t.id,
    leerling: t.leerling,
    code: t.code,
    school: t.school,
    fase: faseMetStap(t.fase, t.aanmeldingStap),
    termijn: !t.afgeslotenOp ? termijnTekst(t.term) : { tekst: open ? `Afgesloten op ${formatDay(t.afgeslotenOp)}` : formatDay(t.afgeslotenOp) },
    aangemeld: formatDay(t.aangemeldOp),
    topteam: kolommen.team ? `${t.topteam ?? "Nog niet toegewezen"}${t.windstreekoverstijgend ? " (windstreekoverstijgend)" : ""}` : undefined,
    toegewezen: kolommen.toegewezen ? t.toegewezen : undefined,
    wachttijd: kolommen.wachttijd ? (t.wachtDagen === null ? "–" : `${t.wachtDagen} ${t.wachtDagen === 1 ? "dag" : "dagen"}`) : undefined,
  };
}

const FASE_KEUZE_LABEL: Record<string, string> = Object.fromEntries(
  FASE_KEUZES.alle.map((keuze) => [keuze, keuze in STAP_LABEL ? `Aanmelding: ${STAP_LABEL[keuze as keyof typeof STAP_LABEL]}` : FASE_LABEL[keuze as keyof typeof FASE_LABEL]]),
);
const TERMIJN_LABEL = { ...TERM_STATUS_LABEL, GEEN: "Geen termijn" };

function Kolom({ tekst, sort, params }: { tekst: string; sort?: Sortering; params: LijstParams }) {
  if (!sort) {
    return (
      <th scope="col">{tekst}</th>
    );
  }
  const actief = params.sort === sort;
  const richting = actief && params.richting === "op" ? "af" : "op";
  return (
    <th scope="col" aria-sort={actief ? (params.richting === "op" ? "ascending" : "descending") : undefined}>
      <Link href={lijstHref(params, { sort, richting, pagina: 1 })} prefetch={false} className="text-brand-800 underline">
        {tekst}
        <span className="sr-only">, sorteer {richting === "op" ? "oplopend" : "aflopend"}</span>
        {actief && <span aria-hidden="true">{params.richting === "op" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

/** A server action: seals the search term into the list's URL and goes there (app/(app)/zoeken). */
export type ZoekActie = (form: FormData) => Promise<void>;

function Filters({ params, keuzes, zoek }: { params: LijstParams; keuzes: LijstKeuzes; zoek: ZoekActie }) {
  const opties = (rows: { id: string; naam: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.naam]));
  return (
    <form action={zoek} role="search" aria-label="Trajecten zoeken en filteren" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow sm:grid-cols-3">
      <input type="hidden" name="weergave" value={params.weergave} />
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="richting" value={params.richting} />
      <div className="sm:col-span-3">
        <TextField
          name="q"
          id="lijst-zoek"
          type="search"
          label="Zoeken"
          hint="Op (een deel van) de naam van de leerling, de LISA-referentie, de school of de trajectcode (T-123)."
          defaultValue={params.q}
          maxLength={100}
        />
      </div>
      <SelectField
        name="fase"
        id="lijst-fase"
        label="Fase"
        placeholder="Alle fasen"
        defaultValue={params.fase ?? ""}
        options={Object.fromEntries(FASE_KEUZES[params.weergave].map((k) => [k, FASE_KEUZE_LABEL[k]!]))}
      />
      {params.weergave !== "afgesloten" && (
        <SelectField name="termijn" id="lijst-termijn" label="Termijn" placeholder="Alle termijnen" defaultValue={params.termijn ?? ""} options={TERMIJN_LABEL} />
      )}
      {keuzes.scholen.length > 1 && (
        <SelectField name="school" id="lijst-school" label="School" placeholder="Alle scholen" defaultValue={params.school ?? ""} options={opties(keuzes.scholen)} />
      )}
      {keuzes.teams.length > 0 && (
        <SelectField
          name="team"
          id="lijst-team"
          label="Topteam"
          placeholder="Alle Topteams"
          defaultValue={params.team ?? ""}
          options={{ ...opties(keuzes.teams), geen: "Nog geen Topteam" }}
        />
      )}
      {keuzes.leden.length > 0 && (
        <SelectField name="lid" id="lijst-lid" label="Toegewezen aan" placeholder="Iedereen" defaultValue={params.lid ?? ""} options={opties(keuzes.leden)} />
      )}
      <div className="flex items-end gap-3 sm:col-span-3">
        <Button type="submit">Zoeken</Button>
        <Link href={lijstHref({ ...params, z: undefined, fase: undefined, termijn: undefined, school: undefined, team: undefined, lid: undefined, pagina: 1 })} prefetch={false} className="text-brand-700 underline">
          Alles wissen
        </Link>
      </div>
    </form>
  );
}

/** The list with its search, its two views (lopend, afgesloten) and its pages. */
export function TrajectList({
  titel,
  lijst,
  params,
  keuzes,
  zoek,
  kolommen = {},
}: {
  titel: string;
  lijst: TrajectLijst;
  params: LijstParams;
  keuzes: LijstKeuzes;
  zoek: ZoekActie;
  kolommen?: Kolommen;
}) {
  const open = params.weergave !== "afgesloten";
  // Waiting time is the queue's: a closed traject waits for nothing.
  const getoond: Kolommen = { ...kolommen, wachttijd: kolommen.wachttijd && open };
  const eerste = lijst.totaal === 0 ? 0 : (lijst.pagina - 1) * PER_PAGINA + 1;
  const laatste = Math.min(lijst.totaal, lijst.pagina * PER_PAGINA);
  const weergave = (w: LijstParams["weergave"], tekst: string) => (
    <Link
      href={lijstHref(params, { weergave: w, fase: undefined, termijn: undefined, pagina: 1 })}
      prefetch={false}
      aria-current={params.weergave === w ? "page" : undefined}
      className={`rounded-t px-4 py-2 ${params.weergave === w ? "bg-white font-semibold text-brand-800" : "text-brand-700 underline"}`}
    >
      {tekst}
    </Link>
  );
  return (
    <section aria-labelledby="trajecten-kop" id="trajecten">
      <h2 id="trajecten-kop" className="mb-2 text-lg font-semibold">
        {titel} <span className="font-normal text-slate-700">({lijst.totaal})</span>
      </h2>
      <nav aria-label="Weergave" className="flex gap-1">
        {weergave("open", "Lopend")}
        {weergave("afgesloten", "Afgesloten")}
        {weergave("alle", "Alle")}
      </nav>
      <Filters params={params} keuzes={keuzes} zoek={zoek} />
      <p className="mb-2 text-slate-700">
        {lijst.totaal === 0
          ? params.q
            ? "Niets gevonden. Controleer de spelling of zoek op een kortere naam."
            : "Er zijn geen trajecten om te tonen."
          : `${eerste}–${laatste} van ${lijst.totaal} ${lijst.totaal === 1 ? "traject" : "trajecten"}`}
      </p>
      {lijst.totaal > 0 && (
        <Table label={titel}>
          <caption className="sr-only">{titel}</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <Kolom tekst="Leerling" params={params} />
              <Kolom tekst="School" sort="school" params={params} />
              {getoond.team && <Kolom tekst="Topteam" params={params} />}
              <Kolom tekst="Fase" sort="fase" params={params} />
              <Kolom tekst={{ open: "Volgende termijn", afgesloten: "Afgesloten op", alle: "Termijn of afgesloten" }[params.weergave]} sort="urgentie" params={params} />
              {getoond.toegewezen && <Kolom tekst="Toegewezen" params={params} />}
              {getoond.wachttijd && <Kolom tekst="Wachttijd" sort="wachttijd" params={params} />}
              <Kolom tekst="Aangemeld" sort="aangemeld" params={params} />
            </tr>
          </thead>
          <TrajectRegels regels={lijst.rijen.map((t) => regel(t, getoond, open))} kolommen={getoond} />
        </Table>
      )}
      <Pagination pagina={lijst.pagina} paginas={lijst.paginas} href={(pagina) => lijstHref(params, { pagina })} label="Pagina's van de trajecten" />
    </section>
  );
}
