import Link from "next/link";
import type { Actor } from "@/lib/authz";
import { ROLE_LABEL, START_PAGE, ZOEKT_TRAJECTEN } from "@/lib/navigation";

/** The bar above every signed-in page; `signOut` is the route's action that ends the session. */
export function AppHeader({ actor, signOut, zoek, taken }: { actor: Actor; signOut: () => Promise<void>; zoek: (form: FormData) => Promise<void>; taken: number }) {
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={START_PAGE[actor.role]} className="text-lg font-semibold">
          Toptrajecten
        </Link>
        {ZOEKT_TRAJECTEN.includes(actor.role) && (
          // Searches the start page's list, which is scoped and audited on the server; the term is sealed in its URL.
          <form role="search" aria-label="Trajecten zoeken" action={zoek} className="flex items-center gap-2">
            {/* Everything the user may see, open and closed. */}
            <input type="hidden" name="weergave" value="alle" />
            <label htmlFor="kop-zoek" className="sr-only">
              Zoek een traject op naam, LISA-referentie, school of trajectcode
            </label>
            <input id="kop-zoek" name="q" type="search" maxLength={100} placeholder="Zoek een traject" className="w-48 rounded bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600" />
            <button type="submit" className="rounded border border-white px-3 py-1 text-sm hover:bg-white hover:text-brand-800">
              Zoeken
            </button>
          </form>
        )}
        <div className="flex items-center gap-4">
          {taken > 0 && (
            <Link href={`${START_PAGE[actor.role]}#taken`} className="rounded bg-white px-2 py-1 text-sm font-medium text-brand-800">
              {taken === 1 ? "1 taak" : `${taken} taken`}
            </Link>
          )}
          <p className="text-sm">
            <span className="font-medium">{actor.naam}</span>
            <span className="block text-slate-200">{ROLE_LABEL[actor.role]}</span>
          </p>
          <Link href="/account/meldingen" className="text-sm underline">
            Meldingen
          </Link>
          <Link href="/account/sessies" className="text-sm underline">
            Mijn sessies
          </Link>
          <Link href="/account/tweestaps" className="text-sm underline">
            Tweestapsverificatie
          </Link>
          <Link href="/account/wachtwoord" className="text-sm underline">
            Wachtwoord
          </Link>
          <form action={signOut}>
            <button type="submit" className="rounded border border-white px-3 py-1 text-sm hover:bg-white hover:text-brand-800">
              Afmelden
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
