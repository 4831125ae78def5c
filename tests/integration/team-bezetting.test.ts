// The teams' occupancy as the triggers on "Traject" keep it (docs/decisions/0024) against the
// one definition, BEZETTING, counted from the trajecten themselves: after every kind of write.
import { describe, expect, it } from "vitest";
import { assignTeam, teamBezetting } from "@/lib/aanmelding/assignment";
import { day } from "@/lib/calendar";
import { teamCaseload } from "@/lib/figures/overview";
import { BEZETTING, STANDEN, standenWhere, toestandOf } from "@/lib/trajecten/stand";
import { lastInEffect, seededWithCasts, step, trajectAt, validInput, versionOf } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

/** Per team: the stored counts, and the same counted from the trajecten with the rules' own filter. */
async function storedAndCounted() {
  const teams = await db().topteam.findMany({ select: { id: true, naam: true }, orderBy: { naam: "asc" } });
  const stored = await teamCaseload();
  const counted = await Promise.all(
    teams.map(async (team) => {
      const where = { topteamId: team.id, ...standenWhere(BEZETTING) };
      return { naam: team.naam, lopend: await db().traject.count({ where }), windstreekoverstijgend: await db().traject.count({ where: { ...where, windstreekoverstijgend: true } }) };
    }),
  );
  return {
    stored: stored.map((t) => ({ naam: t.topteam, lopend: t.lopend, windstreekoverstijgend: t.windstreekoverstijgend })).sort((a, b) => a.naam.localeCompare(b.naam)),
    counted,
  };
}

async function expectInStep() {
  const { stored, counted } = await storedAndCounted();
  expect(stored).toEqual(counted);
  return new Map(stored.map((t) => [t.naam, t.lopend]));
}

describe("the teams' stored occupancy", () => {
  it("equals the count of the seeded data, which has trajecten in every team", async () => {
    const lopend = await expectInStep();
    expect([...lopend.values()].some((n) => n > 0)).toBe(true);
  });

  it("follows a traject through every stand, set directly on the row, so the trigger's SQL agrees with BEZETTING stand by stand", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const before = (await expectInStep()).get("Topteam Noord")!;
    for (const stand of STANDEN) {
      await db().traject.update({ where: { id }, data: toestandOf(stand) });
      const lopend = (await expectInStep()).get("Topteam Noord")!;
      expect({ stand, lopend }).toEqual({ stand, lopend: before - 1 + (BEZETTING.includes(stand as never) ? 1 : 0) });
    }
    // Windstreekoverstijgend, a team of none, and gone.
    await db().traject.update({ where: { id }, data: { fase: "INTENSIEF", aanmeldingStap: null, windstreekoverstijgend: true } });
    await expectInStep();
    await db().traject.update({ where: { id }, data: { topteamId: null } });
    await expectInStep();
    await db().traject.update({ where: { id }, data: { topteamId: "demo-team-zuid" } });
    await expectInStep();
    await db().traject.delete({ where: { id } });
    expect((await expectInStep()).get("Topteam Noord")).toBe(before - 1);
  });

  it("counts approval, a stop, its correction and the coördinator's assignment, as they commit", async () => {
    const noord = () => expectInStep().then((m) => m.get("Topteam Noord")!);
    const start = await noord();
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    expect(await noord()).toBe(start);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    expect(await noord()).toBe(start + 1);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", today), today);
    expect(await noord()).toBe(start + 1);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);
    expect(await noord()).toBe(start);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("CORRECTIE", today, { overgangId: await lastInEffect(db(), id) }), today);
    expect(await noord()).toBe(start + 1);
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("GESTOPT", today), today);

    // A full team: approval leaves the traject to the coördinator, who moves it to another team.
    await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: start } });
    try {
      const wacht = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
      await step(db(), setup.own.ONDERWIJSADVISEUR, wacht, validInput("AANVRAAG_GOEDGEKEURD", today), today);
      expect(await db().traject.findUniqueOrThrow({ where: { id: wacht } })).toMatchObject({ topteamId: null });
      const coordinator = { actor: setup.own.COORDINATOR, ip: null };
      const zuid = (await teamBezetting(coordinator)).find((t) => t.id === "demo-team-zuid")!.bezet;
      await assignTeam(coordinator, { trajectId: wacht, version: await versionOf(db(), wacht), topteamId: "demo-team-zuid" }, today);
      expect((await teamBezetting(coordinator)).find((t) => t.id === "demo-team-zuid")!.bezet).toBe(zuid + 1);
      expect(await noord()).toBe(start);
    } finally {
      await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: 10_000 } });
    }
  });

  it("gives the team's last place to one of two approvals at once; the other is left to the coördinator", async () => {
    const start = (await expectInStep()).get("Topteam Noord")!;
    const ids = [await trajectAt(db(), setup.own, "DOSSIERCHECK", today), await trajectAt(db(), setup.own, "DOSSIERCHECK", today)];
    await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: start + 1 } });
    try {
      const results = await Promise.allSettled(ids.map((id) => step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today)));
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const teams = await db().traject.findMany({ where: { id: { in: ids } }, select: { topteamId: true, aanmeldingStap: true } });
      expect(teams.map((t) => t.aanmeldingStap)).toEqual(["GOEDGEKEURD", "GOEDGEKEURD"]);
      expect(teams.map((t) => t.topteamId).sort()).toEqual(["demo-team-noord", null]);
      expect((await expectInStep()).get("Topteam Noord")).toBe(start + 1);
    } finally {
      await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: 10_000 } });
    }
  });

  it("is left as it was by a write that rolls back", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const before = await expectInStep();
    await expect(
      db().$transaction(async (tx) => {
        await tx.traject.update({ where: { id }, data: { fase: "GESTOPT" } });
        throw new Error("midway");
      }),
    ).rejects.toThrow("midway");
    expect(await expectInStep()).toEqual(before);
  });
});
