// Monday's digest: per user, how many tasks of each kind "Mijn taken" holds, by e-mail, with a
// link to the list. Nothing is sent to a user without tasks, or who switched it off. The
// Weekoverzicht row, written in the transaction that queues the mail, makes it once per user
// and week: a second worker, a retried job or a run after a restart finds it and sends nothing.
import "server-only";
import { actorFromUser } from "../authz";
import { amsterdamDay, mondayOf } from "../calendar";
import { db } from "../db";
import { log } from "../log";
import { linkNaar, queueMail } from "../mail/outbox";
import { MELDINGEN } from "../mail/preferences";
import { START_PAGE } from "../navigation";
import { mijnTaken } from "./queries";
import { TAAK, type TaakSoort } from "./rules";

/** Counts per kind, in the order of TAAK, labelled. */
export function telling(soorten: readonly TaakSoort[]): { label: string; aantal: number }[] {
  const aantal = new Map<TaakSoort, number>();
  for (const soort of soorten) aantal.set(soort, (aantal.get(soort) ?? 0) + 1);
  return (Object.keys(TAAK) as TaakSoort[]).filter((s) => aantal.has(s)).map((s) => ({ label: TAAK[s].label, aantal: aantal.get(s)! }));
}

/** Sends this week's digests that are still due at `now`; returns how many it queued. */
export async function stuurWeekoverzichten(now: Date = new Date()): Promise<number> {
  const today = amsterdamDay(now);
  const week = mondayOf(today);
  const users = await db().user.findMany({
    where: {
      active: true,
      role: { in: [...MELDINGEN.WEEKOVERZICHT.rollen] },
      NOT: { meldingenUit: { has: "WEEKOVERZICHT" } },
      weekoverzichten: { none: { week } },
    },
    select: { id: true, naam: true, email: true, role: true, schoolId: true, windstreekId: true, topteamId: true },
    orderBy: { id: "asc" },
  });
  let queued = 0;
  for (const user of users) {
    const taken = await mijnTaken({ actor: actorFromUser(user, "weekoverzicht"), ip: null }, today);
    if (taken.length === 0) continue;
    const sent = await db().$transaction(async (tx) => {
      // A concurrent run holding the same key waits here for the other to commit, then skips.
      const { count } = await tx.weekoverzicht.createMany({ data: [{ userId: user.id, week, aantal: taken.length }], skipDuplicates: true });
      if (count === 0) return false;
      await queueMail(tx, [user.email], "weekoverzicht", {
        regels: telling(taken.map((t) => t.soort)),
        totaal: taken.length,
        url: linkNaar(`${START_PAGE[user.role]}#taken`),
      });
      return true;
    });
    if (sent) queued += 1;
  }
  log.info({ where: "weekoverzicht", week: week.toISOString().slice(0, 10), queued }, "weekly digests queued");
  return queued;
}
