// A full Topteam: approval leaves the traject for the coördinator, who assigns another team.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignTeam, teamBezetting } from "@/lib/aanmelding/assignment";
import { day } from "@/lib/calendar";
import { getTraject, listOpenTrajecten } from "@/lib/trajecten/queries";
import { OvergangGeweigerd } from "@/lib/trajecten/workflow";
import { castOf, step, trajectAt, validInput, type Cast, versionOf } from "../support/trajecten";
import { openSeededDatabase, type TestDatabase } from "../support/test-database";

const today = day("2026-11-20");
let database: TestDatabase;
let noord: Cast;
let zuid: Cast;
beforeAll(async () => {
  database = await openSeededDatabase(today);
  noord = await castOf(database.prisma, "noord");
  zuid = await castOf(database.prisma, "zuid");
}, 120_000);
afterAll(() => database?.dispose());

const version = (id: string) => versionOf(database.prisma, id);

describe("assigning a Topteam", () => {
  it("leaves an approved traject of a full team to the coördinator, who assigns another windstreek's team", async () => {
    const coordinator = { actor: noord.COORDINATOR, ip: null };
    const before = (await teamBezetting(coordinator)).find((t) => t.id === "demo-team-noord")!;
    await database.prisma.topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: before.bezet } });

    const id = await trajectAt(database.prisma, noord, "DOSSIERCHECK", today);
    await step(database.prisma, noord.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    expect(await database.prisma.traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ aanmeldingStap: "GOEDGEKEURD", topteamId: null });
    expect(await getTraject({ actor: noord.GEDRAGSWETENSCHAPPER, ip: null }, id, today)).toBeNull();
    const waiting = await listOpenTrajecten(coordinator, "test", today);
    expect(waiting.find((t) => t.id === id)?.topteam).toBeNull();

    const input = async () => ({ trajectId: id, version: await version(id), topteamId: "demo-team-zuid" });
    for (const actor of [noord.ZORGCOORDINATOR, noord.ONDERWIJSADVISEUR]) {
      const error = await assignTeam({ actor, ip: null }, await input(), today).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "NIET_TOEGESTAAN" });
    }
    await assignTeam(coordinator, await input(), today);
    const traject = await database.prisma.traject.findUniqueOrThrow({ where: { id } });
    expect(traject).toMatchObject({ topteamId: "demo-team-zuid", windstreekoverstijgend: true });
    expect((await getTraject(coordinator, id, today))?.history.at(-1)).toMatchObject({ action: "TEAM_TOEGEWEZEN", notitie: "Toegewezen aan Topteam Zuid (windstreekoverstijgend)." });

    // The other team's gedragswetenschapper takes it from here; the own team's does not see it.
    await step(database.prisma, zuid.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", today), today);
    expect(await getTraject({ actor: noord.GEDRAGSWETENSCHAPPER, ip: null }, id, today)).toBeNull();
    const late = await assignTeam(coordinator, { ...(await input()), topteamId: "demo-team-noord" }, today).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(OvergangGeweigerd);
    expect(late).toMatchObject({ code: "VERKEERDE_FASE" });
    await database.prisma.topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: 10_000 } });
  });

  it("assigns the own windstreek's team on approval while it has room", async () => {
    const id = await trajectAt(database.prisma, noord, "GOEDGEKEURD", today);
    expect(await database.prisma.traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ topteamId: "demo-team-noord", windstreekoverstijgend: false });
  });
});
