// The headline figures over the last eight quarters up to the one asked for: each as a line
// with its table. Counts from 1 to 4, and averages or shares over fewer than 5 trajecten, show
// as "<5", as everywhere; no total of the quarters is shown, so no hidden value can be worked
// out from the others. A closed run of quarters is cached like the dashboard (figures-cache.ts).
import "server-only";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import type { Filter } from "./dashboard";
import { kernSql, leesAlle } from "./dashboard";
import type { Waarde } from "./dashboard-rows";
import { gecachteFiguren } from "./figures-cache";
import { kernVan, type Kerncijfers, type StandRij } from "./kerncijfers";
import { grenzen, isLopend, kwartaalCode, kwartaalKop, verschuif, type Kwartaal } from "./quarter";
import { SUPPRESS_BELOW, suppressSmall } from "./suppress";

export const TREND_KWARTALEN = 8;

export interface TrendRij {
  cijfer: string;
  eenheid: "aantal" | "dagen" | "%";
  /** One value per quarter, oldest first. */
  waarden: Waarde[];
}

export interface Trend {
  /** The quarters' headings, oldest first; a running quarter's says so. */
  koppen: string[];
  rijen: TrendRij[];
}

type Telling = keyof Kerncijfers;

const share = (deel: number, geheel: number) => (geheel === 0 ? null : Math.round((deel / geheel) * 1000) / 10);

/** The figures the trend follows: counts, and averages and shares over the count beside them. */
const KOPCIJFERS: { cijfer: string; eenheid: TrendRij["eenheid"]; waarde: (k: Kerncijfers) => number | null; basis?: Telling }[] = [
  { cijfer: "Aanvragen", eenheid: "aantal", waarde: (k) => k.aanvragen },
  { cijfer: "Gestart met onderzoek", eenheid: "aantal", waarde: (k) => k.gestart },
  { cijfer: "Gemiddelde dagen van aanvraag tot goedkeuring", eenheid: "dagen", waarde: (k) => k.wachtTotGoedkeuring, basis: "gestart" },
  { cijfer: "Onderzoek: deel over de termijn", eenheid: "%", waarde: (k) => share(k.onderzoekTeLang, k.onderzoekKlaar), basis: "onderzoekKlaar" },
  { cijfer: "Intensief: deel over de geplande duur", eenheid: "%", waarde: (k) => share(k.intensiefTeLang, k.intensiefKlaar), basis: "intensiefKlaar" },
  { cijfer: "Afgerond", eenheid: "aantal", waarde: (k) => k.afgerond },
  { cijfer: "Beëindigd na onderzoek", eenheid: "aantal", waarde: (k) => k.naOnderzoek },
  { cijfer: "Voortijdig gestopt", eenheid: "aantal", waarde: (k) => k.gestopt },
  { cijfer: "Lopende trajecten in intensief (einde kwartaal)", eenheid: "aantal", waarde: (k) => k.intensief },
];

/** The rows of the trend from each quarter's figures, oldest first, suppressed. Pure. */
export function trendRijen(kern: Kerncijfers[]): TrendRij[] {
  return KOPCIJFERS.map(({ cijfer, eenheid, waarde, basis }) => ({
    cijfer,
    eenheid,
    waarden: kern.map((k): Waarde => {
      if (!basis) return suppressSmall(waarde(k) ?? 0);
      const n = k[basis] as number;
      if (n === 0) return null;
      return n < SUPPRESS_BELOW ? "<5" : waarde(k);
    }),
  }));
}

/** The eight quarters up to `kwartaal`, oldest first. */
export function trendKwartalen(kwartaal: Kwartaal): Kwartaal[] {
  return Array.from({ length: TREND_KWARTALEN }, (_, i) => verschuif(kwartaal, i - (TREND_KWARTALEN - 1)));
}

/** For a caller that authorized the view and logs it (cijfers-view.ts). */
export async function trendFiguren(kwartaal: Kwartaal, filter: Filter, today = amsterdamDay()): Promise<Trend> {
  const kwartalen = trendKwartalen(kwartaal);
  const sql = kernSql(kwartalen.map((k) => [kwartaalCode(k), grenzen(k)] as const), filter);
  const bereken = async (client: Pick<ReturnType<typeof db>, "$queryRaw">) => {
    const [gebeurd, stand] = (await leesAlle(client, [sql.gebeurd, sql.stand])) as [Record<string, unknown>[], StandRij[]];
    return kwartalen.map((k) => kernVan(gebeurd.find((r) => r.periode === kwartaalCode(k)), stand.filter((r) => r.periode === kwartaalCode(k))));
  };
  const { tot } = grenzen(kwartaal);
  const kern = isLopend(kwartaal, today) ? await bereken(db()) : await gecachteFiguren(JSON.stringify({ trend: TREND_KWARTALEN, ...kwartaal, ...filter }), tot, bereken);
  return { koppen: kwartalen.map((k) => kwartaalKop(k, today)), rijen: trendRijen(kern) };
}
