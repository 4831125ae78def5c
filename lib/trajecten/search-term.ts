// The search term of a traject list travels in the URL sealed to its user (lib/auth/secret-box.ts):
// the address bar, the browser's history, a Referer and a proxy's log then hold no name, while
// the list keeps its state in its URL (back, reload, a bookmark) like every other filter.
import "server-only";
import { open, seal } from "../auth/secret-box";
import { leesLijstParams, zoekterm, type LijstParams, type SearchParams } from "./list-params";

export function sealZoekterm(q: string, userId: string): string | undefined {
  const term = zoekterm(q);
  return term ? seal(term, { doel: "zoekterm", bij: userId }) : undefined;
}

/** The list's state from a page's search params, with its search term opened for `userId`. */
export function lijstParamsVoor(searchParams: SearchParams, userId: string): LijstParams {
  const params = leesLijstParams(searchParams);
  if (!params.z) return params;
  try {
    return { ...params, q: zoekterm(open(params.z, { doel: "zoekterm", bij: userId })) };
  } catch {
    // Another user's link, or one sealed under an earlier secret: the list without the search.
    return { ...params, z: undefined };
  }
}
