// Every write finds its traject in the scope of its own permission, not in the read scope: a
// permission narrowed below traject:read refuses a traject the user can still read, and logs it.
import { afterEach, describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/authz";
import { day } from "@/lib/calendar";
import { addNote } from "@/lib/trajecten/onderzoek";
import { getTraject } from "@/lib/trajecten/queries";
import { refusal, seededWithCasts, trajectAt, versionOf } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

// The table is a constant to the app; the test narrows one cell and puts it back.
const werk = PERMISSIONS["traject:work"] as Record<string, string>;
const original = werk.GEDRAGSWETENSCHAPPER!;
afterEach(() => {
  werk.GEDRAGSWETENSCHAPPER = original;
});

describe("a write permission narrower than traject:read", () => {
  it("refuses a readable traject as not allowed, writes nothing and logs the denial", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "192.0.2.10" };
    const note = async () => ({ trajectId: id, version: await versionOf(db(), id), datum: today, tekst: "Observatie in de les.", zichtbaarheid: "TOPTEAM" as const });

    // With the table as it is, the gedragswetenschapper of the team writes.
    await addNote(gw, await note(), today);
    expect(await db().notitie.count({ where: { trajectId: id } })).toBe(1);

    // Narrowed to the trajecten one is assigned to, which the gedragswetenschapper is not.
    werk.GEDRAGSWETENSCHAPPER = "ASSIGNED";
    expect(await getTraject(gw, id, today)).not.toBeNull();
    const before = await db().auditLog.count({ where: { trajectId: id, outcome: "DENIED" } });
    expect((await refusal(addNote(gw, await note(), today))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().notitie.count({ where: { trajectId: id } })).toBe(1);
    const denials = await db().auditLog.findMany({ where: { trajectId: id, outcome: "DENIED" }, orderBy: { at: "asc" } });
    expect(denials.length).toBe(before + 1);
    expect(denials.at(-1)).toMatchObject({ userId: gw.actor.id, action: "TRAJECT_WORK", onderdeel: "notities", ip: "192.0.2.10" });
  });
});
