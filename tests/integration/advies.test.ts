// A school's first question opens an anonymous traject at step ADVIES.
import { describe, expect, it } from "vitest";
import { vraagAdvies } from "@/lib/aanmelding/advies";
import { day, plusDays } from "@/lib/calendar";
import { getTraject } from "@/lib/trajecten/queries";
import { seededWithCasts } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

describe("asking advice", () => {
  it("opens an anonymous traject of the school, with the question as its first history row", async () => {
    const zc = { actor: setup.own.ZORGCOORDINATOR, ip: "10.0.0.9" };
    const id = await vraagAdvies(zc, { vraag: "Leerling verzuimt veel sinds de herfstvakantie.", datum: today }, today);
    const traject = (await getTraject(zc, id, today))!;
    expect(traject).toMatchObject({ stand: "ADVIES", studentId: null, school: "Voorbeeldcollege Noord" });
    expect(traject.history).toMatchObject([{ action: "ADVIES_GEVRAAGD", notitie: "Leerling verzuimt veel sinds de herfstvakantie." }]);
    expect(await db().auditLog.count({ where: { trajectId: id, action: "TRAJECT_CREATE", outcome: "ALLOWED" } })).toBe(1);
  });

  it("is for a school's zorgcoördinator only, and not for a date in the future", async () => {
    const before = await db().traject.count();
    for (const role of ["ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "COORDINATOR", "SWV", "ADMIN"] as const) {
      await expect(vraagAdvies({ actor: setup.own[role], ip: null }, { vraag: "?", datum: today }, today)).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
    }
    await expect(vraagAdvies({ actor: setup.own.ZORGCOORDINATOR, ip: null }, { vraag: "?", datum: plusDays(today, 1) }, today)).rejects.toMatchObject({ veld: "datum" });
    expect(await db().traject.count()).toBe(before);
    expect(await db().auditLog.count({ where: { action: "TRAJECT_CREATE", outcome: "DENIED" } })).toBe(5);
  });
});
