import Link from "next/link";
import type { Actor } from "@/lib/authz";
import { ROLE_LABEL, START_PAGE } from "@/lib/navigation";

/** The bar above every signed-in page; `signOut` is the route's action that ends the session. */
export function AppHeader({ actor, signOut, taken }: { actor: Actor; signOut: () => Promise<void>; taken: number }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={START_PAGE[actor.role]} className="text-lg font-semibold">
          Toptrajecten
        </Link>
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
