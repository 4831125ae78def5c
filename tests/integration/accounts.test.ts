// Making an account: by the functioneel beheerder, or without anyone signed in (the command
// line's first account). Its place in the organisation follows from its role.
import { describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { verifyPassword } from "@/lib/auth/password";
import { createAccount } from "@/lib/users/accounts";
import { refusal, seededWithCasts } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const password = "lang-genoeg-en-geheim";

describe("createAccount", () => {
  it("makes a team member who also works for the team's windstreek, with a hashed password", async () => {
    const team = await db().topteam.findFirstOrThrow({ where: { id: setup.own.GEDRAGSWETENSCHAPPER.topteamId! } });
    const id = await createAccount({ email: " Nieuw.Lid@Example.NL ", naam: "Nieuw Lid", role: "TOPDOCENT", topteamId: team.id, schoolId: setup.own.schoolId, password });
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: "nieuw.lid@example.nl", role: "TOPDOCENT", topteamId: team.id, windstreekId: team.windstreekId, schoolId: null, active: true });
    expect(user.passwordHash).not.toContain(password);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "USER_CREATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: null, outcome: "ALLOWED", onderdeel: "gebruiker: TOPDOCENT", subject: `user:${id}` });
  });

  it("refuses an address that exists, at the field, and a role without its school", async () => {
    const bestaand = setup.own.ZORGCOORDINATOR.email.toUpperCase();
    const dubbel = await refusal(createAccount({ email: bestaand, naam: "Dubbel", role: "SWV", password }));
    expect(dubbel).toMatchObject({ code: "CONFLICT", veld: "email" });
    const zonderSchool = await refusal(createAccount({ email: "zc.zonder@example.nl", naam: "Zonder School", role: "ZORGCOORDINATOR", password }));
    expect(zonderSchool).toMatchObject({ code: "VOORWAARDE", veld: "schoolId" });
    const onbekend = await refusal(createAccount({ email: "zc.onbekend@example.nl", naam: "Onbekend", role: "ZORGCOORDINATOR", schoolId: "bestaat-niet", password }));
    expect(onbekend).toMatchObject({ code: "NIET_GEVONDEN", veld: "schoolId" });
    expect(await db().user.count({ where: { email: { in: ["zc.zonder@example.nl", "zc.onbekend@example.nl"] } } })).toBe(0);
  });

  it("refuses a short password and a bad address with a Dutch message", async () => {
    await expect(createAccount({ email: "kort@example.nl", naam: "Kort", role: "SWV", password: "kort" })).rejects.toThrow(/minstens 12 tekens/);
    await expect(createAccount({ email: "geen-adres", naam: "Geen", role: "SWV", password })).rejects.toThrow(/geen geldig e-mailadres/);
  });

  it("is refused to anyone signed in who may not manage accounts, and the refusal is logged", async () => {
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "192.0.2.20" };
    expect((await refusal(createAccount({ email: "via.gw@example.nl", naam: "Via GW", role: "SWV", password }, gw))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().user.count({ where: { email: "via.gw@example.nl" } })).toBe(0);
    expect(await db().auditLog.count({ where: { userId: gw.actor.id, action: "USER_CREATE", outcome: "DENIED" } })).toBe(1);
    const admin = { actor: setup.own.ADMIN, ip: "192.0.2.21" };
    await createAccount({ email: "via.beheer@example.nl", naam: "Via Beheer", role: "SWV", password }, admin);
    expect(await db().auditLog.count({ where: { userId: admin.actor.id, action: "USER_CREATE", outcome: "ALLOWED" } })).toBe(1);
  });
});
