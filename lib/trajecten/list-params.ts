// What a traject list shows, as it stands in the page's URL: the search, the filters, the order
// and the page. Pure: the page parses its search params with it, the links of the list's
// headers and pager are built with it, and lib/trajecten/list.ts turns it into one SQL query.
// The search term is in the URL only sealed (`z`, lib/trajecten/search-term.ts): it can be a name.
import { z } from "zod";
import type { AanmeldingStap, Fase } from "../generated/prisma/enums";
import type { TermStatus } from "./terms";

// Rows a page. A start page shows this many trajecten below 25 tasks; at 50 its HTML was half as
// big again and its render cost the server more than all its SQL, so fewer users were served at once.
export const PER_PAGINA = 25;

/** The aanmelding's steps and the later phases, as one choice: what "fase" filters on. */
const OPEN_KEUZES = ["ADVIES", "VOOROVERLEG", "AANVRAAG", "DOSSIERCHECK", "GOEDGEKEURD", "ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"] as const;
const AFGESLOTEN_KEUZES = ["AFGEROND", "GESTOPT"] as const;
/** Per view (lopend, afgesloten, or both: where the header's search lands). */
export const FASE_KEUZES = {
  open: OPEN_KEUZES,
  afgesloten: AFGESLOTEN_KEUZES,
  alle: [...OPEN_KEUZES, ...AFGESLOTEN_KEUZES],
} as const satisfies Record<string, readonly (Fase | AanmeldingStap)[]>;
export type FaseKeuze = (typeof FASE_KEUZES)["alle"][number];

export const TERMIJN_KEUZES = ["VERLOPEN", "BIJNA_VERLOPEN", "OP_SCHEMA", "GEEN"] as const satisfies readonly (TermStatus | "GEEN")[];
export const SORTERINGEN = ["urgentie", "wachttijd", "aangemeld", "school", "fase"] as const;
export type Sortering = (typeof SORTERINGEN)[number];

const id = z.string().regex(/^[\w.-]{1,64}$/);

/** Anything the URL holds that is not one of these is ignored: a hand-edited link still opens. */
const ZLijstParams = z.object({
  weergave: z.enum(["open", "afgesloten", "alle"]).catch("open"),
  z: z.string().regex(/^v1\.[\w.-]{10,600}$/).optional().catch(undefined),
  fase: z.enum(FASE_KEUZES.alle).optional().catch(undefined),
  termijn: z.enum(TERMIJN_KEUZES).optional().catch(undefined),
  school: id.optional().catch(undefined),
  team: id.optional().catch(undefined),
  lid: id.optional().catch(undefined),
  sort: z.enum(SORTERINGEN).catch("urgentie"),
  richting: z.enum(["op", "af"]).catch("op"),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** The page of "Mijn taken" above the list, which shares the page's URL. */
  taken: z.coerce.number().int().min(1).max(100_000).catch(1),
});
/** The list's state; `q`, the search term, is opened from `z` on the server and never written to a URL. */
export type LijstParams = z.infer<typeof ZLijstParams> & { q: string };

/** A search term as typed: trimmed, one space between words, at most 100 characters. */
export function zoekterm(value: unknown): string {
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ").slice(0, 100) : "";
}

export type SearchParams = Record<string, string | string[] | undefined>;

export function leesLijstParams(searchParams: SearchParams): LijstParams {
  const first = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const params: LijstParams = { ...ZLijstParams.parse(first), q: "" };
  // A phase of the other view cannot match: drop it rather than show an empty list.
  if (params.fase && !(FASE_KEUZES[params.weergave] as readonly string[]).includes(params.fase)) params.fase = undefined;
  return params;
}

const STANDAARD: Record<string, unknown> = ZLijstParams.parse({});

/** The query string of `params` changed by `wijziging`, without what is at its default. */
export function lijstHref(params: LijstParams, wijziging: Partial<LijstParams> = {}): string {
  const next = { ...params, ...wijziging };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (key === "q" || value === undefined || value === "" || value === STANDAARD[key]) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "?";
}

/** The search's words: at most five, each at least two characters. */
export function zoekTermen(q: string): string[] {
  return q
    .split(" ")
    .filter((t) => t.length >= 2)
    .slice(0, 5);
}
