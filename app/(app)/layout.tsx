import { Suspense } from "react";
import { AppHeader, TaskCount } from "@/components/app-header";
import { getCurrentActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/authz";
import { clientIp } from "@/lib/request";
import { mijnTaken } from "@/lib/tasks/queries";
import { headers } from "next/headers";
import { signOutAction } from "./actions";
import { zoekAction } from "./zoeken/actions";

/** The header's task count. A start page that lists the tasks computes them once for both. */
async function TakenTeller({ actor }: { actor: Actor }) {
  const taken = await mijnTaken({ actor, ip: clientIp(await headers()) });
  return <TaskCount actor={actor} taken={taken.length} />;
}

// Shows who is signed in. It decides nothing: every page checks access itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <>
      {actor && (
        <AppHeader
          actor={actor}
          signOut={signOutAction}
          zoek={zoekAction}
          taken={
            // Streamed in: with many trajecten the count takes longer than the page it sits on.
            <Suspense fallback={null}>
              <TakenTeller actor={actor} />
            </Suspense>
          }
        />
      )}
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
