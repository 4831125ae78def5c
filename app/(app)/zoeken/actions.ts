"use server";

import { redirect } from "next/navigation";
import { requireContext } from "@/lib/auth/current-actor";
import { START_PAGE } from "@/lib/navigation";
import { leesLijstParams, lijstHref } from "@/lib/trajecten/list-params";
import { sealZoekterm } from "@/lib/trajecten/search-term";

/**
 * The search box of the header and of a list: to the start page's list, the term sealed in its
 * URL with the filters beside it. It reads nothing; the page it leads to is scoped and audited.
 */
export async function zoekAction(form: FormData): Promise<void> {
  const ctx = await requireContext();
  const params = leesLijstParams(Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string")));
  redirect(`${START_PAGE[ctx.actor.role]}${lijstHref(params, { pagina: 1, z: sealZoekterm(String(form.get("q") ?? ""), ctx.actor.id) })}#trajecten`);
}
