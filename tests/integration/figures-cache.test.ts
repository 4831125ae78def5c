// The figures of a closed quarter come from the cache, and a correction in that quarter drops
// them in its own transaction: afterwards the cached figures equal freshly computed ones.
import { describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { berekenFiguren, dashboardFigures } from "@/lib/figures/dashboard";
import { lastInEffect, seededWithCasts, step, trajectAt, validInput } from "../support/trajecten";

const today = day("2026-11-20");
const Q3 = { jaar: 2026, nummer: 3 };
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

describe("the figures of a closed quarter", () => {
  it("are kept, dropped by a correction that touches the quarter, and then equal the fresh ones", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", day("2026-08-10"));
    const before = await dashboardFigures(Q3, {}, today);
    expect(await db().figurenCache.count()).toBe(1);
    expect(await dashboardFigures(Q3, {}, today)).toEqual(before);

    // Onderzoek started on 10 August: undoing it changes the third quarter.
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: await lastInEffect(db(), id) }), today);
    expect(await db().figurenCache.count()).toBe(0);
    const cached = await dashboardFigures(Q3, {}, today);
    const fresh = await berekenFiguren(Q3, {});
    expect(cached).toEqual(fresh);
    expect(cached.kern.huidig.gestart).toBe(before.kern.huidig.gestart - 1);
    expect(await db().figurenCache.count()).toBe(1);

    // A write to a traject begun after the quarter leaves it cached; the running quarter is never cached.
    const later = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, later, validInput("INTENSIEF_GESTART", today), today);
    expect(await db().figurenCache.count()).toBe(1);
    await dashboardFigures({ jaar: 2026, nummer: 4 }, {}, today);
    expect(await db().figurenCache.count()).toBe(1);
  });
});
