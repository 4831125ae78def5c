import { AppHeader } from "@/components/app-header";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/request";
import { aantalTaken } from "@/lib/tasks/queries";
import { headers } from "next/headers";
import { signOutAction } from "./actions";
import { zoekAction } from "./zoeken/actions";

// Shows who is signed in. It decides nothing: every page checks access itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  const taken = actor ? await aantalTaken({ actor, ip: clientIp(await headers()) }) : 0;
  return (
    <>
      {actor && <AppHeader actor={actor} signOut={signOutAction} zoek={zoekAction} taken={taken} />}
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
