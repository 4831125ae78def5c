import { describe, expect, it } from "vitest";
import { assertCan, can, PERMISSIONS, scopeOf, trajectWhere, zichtbaarWhere, type Actor, type Permission } from "@/lib/authz";
import { Role } from "@/lib/generated/prisma/enums";

const base: Actor = { id: "u1", naam: "Test", email: "t@example.org", role: "ADMIN", schoolId: null, windstreekId: null, topteamId: null, sessionId: "s1" };
const NOTHING = { id: { in: [] } };

describe("the permission table", () => {
  // DOMAIN.md, "Who sees what": the scope of every role for every permission; a role not named has none.
  const expected: Record<Permission, Partial<Record<Role, string>>> = {
    "traject:read": { ZORGCOORDINATOR: "OWN_SCHOOL", ONDERWIJSADVISEUR: "OWN_WINDSTREEK", GEDRAGSWETENSCHAPPER: "OWN_TEAM", TOPDOCENT: "ASSIGNED", HULPVERLENER: "ASSIGNED", COORDINATOR: "ALL_TEAMS" },
    "traject:transition": { ZORGCOORDINATOR: "OWN_SCHOOL", ONDERWIJSADVISEUR: "OWN_WINDSTREEK", GEDRAGSWETENSCHAPPER: "OWN_TEAM" },
    "traject:work": { GEDRAGSWETENSCHAPPER: "OWN_TEAM", TOPDOCENT: "ASSIGNED", HULPVERLENER: "ASSIGNED" },
    // DOMAIN.md: the school and the Topteam; the onderwijsadviseur and the coördinator read the dossier but take no OPP handover.
    "overdracht:read": { ZORGCOORDINATOR: "OWN_SCHOOL", GEDRAGSWETENSCHAPPER: "OWN_TEAM", TOPDOCENT: "ASSIGNED", HULPVERLENER: "ASSIGNED" },
    "samenwerking:write": { ZORGCOORDINATOR: "OWN_SCHOOL", GEDRAGSWETENSCHAPPER: "OWN_TEAM" },
    "traject:staff": { GEDRAGSWETENSCHAPPER: "OWN_TEAM" },
    "aanmelding:write": { ZORGCOORDINATOR: "OWN_SCHOOL" },
    "dossiercheck:write": { ONDERWIJSADVISEUR: "OWN_WINDSTREEK" },
    "traject:assign": { COORDINATOR: "ALL_TEAMS" },
    "figures:read": { COORDINATOR: "AGGREGATE", SWV: "AGGREGATE" },
    "auditpakket:read": { SWV: "AGGREGATE", ADMIN: "ALL" },
    "privacy:manage": { PRIVACY_OFFICER: "ALL" },
    "users:manage": { ADMIN: "ALL" },
    "org:manage": { ADMIN: "ALL" },
    "mail:manage": { ADMIN: "ALL" },
  };

  it("has a row for every permission this test knows, and no other", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const permission of Object.keys(expected) as Permission[]) {
    for (const role of Object.values(Role)) {
      const scope = expected[permission][role] ?? null;
      it(`${role} ${scope ? `has ${scope}` : "has no"} ${permission}`, () => {
        const actor = { ...base, role };
        expect(scopeOf(actor, permission)).toBe(scope);
        expect(can(actor, permission)).toBe(scope !== null);
        if (scope) expect(assertCan(actor, permission)).toBe(scope);
        else expect(() => assertCan(actor, permission)).toThrow(expect.objectContaining({ code: "NIET_TOEGESTAAN" }));
      });
    }
  }
});

describe("trajectWhere", () => {
  it("limits a zorgcoördinator to their school", () => {
    expect(trajectWhere({ ...base, role: "ZORGCOORDINATOR", schoolId: "s1" }, "traject:read")).toEqual({ schoolId: "s1" });
  });
  it("limits an onderwijsadviseur to the schools of their windstreek", () => {
    expect(trajectWhere({ ...base, role: "ONDERWIJSADVISEUR", windstreekId: "w1" }, "traject:read")).toEqual({ school: { windstreekId: "w1" } });
  });
  it("limits a gedragswetenschapper to their team", () => {
    expect(trajectWhere({ ...base, role: "GEDRAGSWETENSCHAPPER", topteamId: "t1" }, "traject:read")).toEqual({ topteamId: "t1" });
  });
  it.each(["TOPDOCENT", "HULPVERLENER"] as const)("limits a %s to assigned trajecten, not the whole team", (role) => {
    expect(trajectWhere({ ...base, role, id: "u9", topteamId: "t1" }, "traject:read")).toEqual({ assignments: { some: { userId: "u9" } } });
  });
  it("gives the coördinator the trajecten of every team, and approved ones that wait for a team, but no earlier request", () => {
    expect(trajectWhere({ ...base, role: "COORDINATOR" }, "traject:read")).toEqual({
      OR: [{ topteamId: { not: null } }, { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD" }],
    });
  });
  it.each(["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER"] as const)("fails closed for a %s without a school, windstreek or team", (role) => {
    expect(trajectWhere({ ...base, role, schoolId: null, windstreekId: null, topteamId: null }, "traject:read")).toEqual(NOTHING);
  });
  it.each(["SWV", "ADMIN"] as const)("refuses %s any traject", (role) => {
    expect(() => trajectWhere({ ...base, role }, "traject:read")).toThrow(expect.objectContaining({ code: "NIET_TOEGESTAAN" }));
  });
});

describe("visibility of notes, activities and contacts", () => {
  it("lets the Topteam read team-only ones, and everyone else only what is shared with the school", () => {
    for (const role of Object.values(Role)) {
      const topteam = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER"].includes(role);
      expect(zichtbaarWhere({ role }), role).toEqual(topteam ? {} : { zichtbaarheid: "GEDEELD" });
    }
  });
});
