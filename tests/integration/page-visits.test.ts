// NEN 7513: a visit to a page that is not for the user's role is refused and logged, like any
// other refused access; the page redirects to the user's own start page.
import { describe, expect, it } from "vitest";
import { mayVisit } from "@/lib/access";
import { day } from "@/lib/calendar";
import { seededWithCasts } from "../support/trajecten";

const setup = seededWithCasts(day("2026-11-20"));

const PAGES = [
  ["/beheer", ["ADMIN"]],
  ["/privacy", ["PRIVACY_OFFICER"]],
  ["/privacy/[studentId]", ["PRIVACY_OFFICER"]],
  ["/cijfers", ["SWV", "COORDINATOR"]],
  ["/coordinatie", ["COORDINATOR"]],
  ["/windstreek", ["ONDERWIJSADVISEUR"]],
] as const;

describe("page visits by the wrong role", () => {
  it.each(PAGES)("%s is refused to a zorgcoördinator, and the refusal is in the audit log", async (pagina, roles) => {
    const ctx = { actor: setup.own.ZORGCOORDINATOR, ip: "192.0.2.40" };
    expect(await mayVisit(ctx, pagina, roles)).toBe(false);
    const row = await setup.database.prisma.auditLog.findFirstOrThrow({ where: { userId: ctx.actor.id, action: "PAGE_VISIT", onderdeel: pagina }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ outcome: "DENIED", role: "ZORGCOORDINATOR", ip: "192.0.2.40" });
  });

  it("lets the role a page is for in, without a denial", async () => {
    const ctx = { actor: setup.own.ADMIN, ip: null };
    expect(await mayVisit(ctx, "/beheer", ["ADMIN"])).toBe(true);
    expect(await setup.database.prisma.auditLog.count({ where: { userId: ctx.actor.id, action: "PAGE_VISIT" } })).toBe(0);
  });
});
