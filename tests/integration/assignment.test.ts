// A full Topteam: approval leaves the traject for the coördinator, who assigns another team.
import { describe, expect, it } from "vitest";
import { assignTeam, teamBezetting } from "@/lib/aanmelding/assignment";
import { day } from "@/lib/calendar";
import { getTraject } from "@/lib/trajecten/queries";
import { alleRijen } from "../support/lists";
import { AppError } from "@/lib/errors";
import { setActief } from "@/lib/organisation/manage";
import { castOf, seededWithCasts, step, trajectAt, validInput, versionOf } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const version = (id: string) => versionOf(db(), id);

describe("assigning a Topteam", () => {
  it("leaves an approved traject of a full team to the coördinator, who assigns another windstreek's team", async () => {
    const coordinator = { actor: setup.own.COORDINATOR, ip: null };
    const before = (await teamBezetting(coordinator)).find((t) => t.id === "demo-team-noord")!;
    await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: before.bezet } });

    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    expect(await db().traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ aanmeldingStap: "GOEDGEKEURD", topteamId: null });
    expect(await getTraject({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, id, today)).toBeNull();
    const waiting = await alleRijen(coordinator, today);
    expect(waiting.find((t) => t.id === id)?.topteam).toBeNull();

    const input = async () => ({ trajectId: id, version: await version(id), topteamId: "demo-team-zuid" });
    for (const actor of [setup.own.ZORGCOORDINATOR, setup.own.ONDERWIJSADVISEUR]) {
      const error = await assignTeam({ actor, ip: null }, await input(), today).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "NIET_TOEGESTAAN" });
    }
    await assignTeam(coordinator, await input(), today);
    const traject = await db().traject.findUniqueOrThrow({ where: { id } });
    expect(traject).toMatchObject({ topteamId: "demo-team-zuid", windstreekoverstijgend: true });
    expect((await getTraject(coordinator, id, today))?.history.at(-1)).toMatchObject({ action: "TEAM_TOEGEWEZEN", notitie: "Toegewezen aan Topteam Zuid (windstreekoverstijgend)." });

    // The other team's gedragswetenschapper takes it from here; the own team's does not see it.
    await step(db(), setup.foreign.GEDRAGSWETENSCHAPPER, id, validInput("ONDERZOEK_GESTART", today), today);
    expect(await getTraject({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, id, today)).toBeNull();
    const late = await assignTeam(coordinator, { ...(await input()), topteamId: "demo-team-noord" }, today).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AppError);
    expect(late).toMatchObject({ code: "VERKEERDE_FASE" });
    await db().topteam.update({ where: { id: "demo-team-noord" }, data: { capaciteit: 10_000 } });
  });

  it("assigns the own windstreek's team on approval while it has room", async () => {
    const id = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    expect(await db().traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ topteamId: "demo-team-noord", windstreekoverstijgend: false });
  });

  it("gives a deactivated team no new trajecten: approval leaves them to the coördinator, who cannot choose it", async () => {
    const coordinator = { actor: setup.own.COORDINATOR, ip: null };
    await setActief({ actor: setup.own.ADMIN, ip: null }, "topteam", "demo-team-oost", false);
    try {
      const oost = await castOf(db(), "oost");
      const id = await trajectAt(db(), oost, "DOSSIERCHECK", today);
      await step(db(), oost.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
      expect(await db().traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ aanmeldingStap: "GOEDGEKEURD", topteamId: null });
      expect((await teamBezetting(coordinator)).map((t) => t.id)).not.toContain("demo-team-oost");
      const error = await assignTeam(coordinator, { trajectId: id, version: await version(id), topteamId: "demo-team-oost" }, today).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VOORWAARDE", veld: "topteamId" });
    } finally {
      await setActief({ actor: setup.own.ADMIN, ip: null }, "topteam", "demo-team-oost", true);
    }
  });
});
