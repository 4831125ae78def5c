// Every server action and route handler, as every role, against its setup.own and a setup.foreign record.
// The list comes from the app folder itself: an endpoint without a row in ENDPOINTS fails.
// Next's request context is replaced by the actor under test; the rest is the real code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, type Actor } from "@/lib/authz";
import { ENDPOINTS } from "@/lib/endpoints";
import { day } from "@/lib/calendar";
import { Role } from "@/lib/generated/prisma/enums";
import { ACTIES, type Actie } from "@/lib/trajecten/history";
import { REGELS } from "@/lib/trajecten/rules";
import { seededWithCasts, lastInEffect, recordBothFollowUps, trajectAt, validInput, type Cast } from "../support/trajecten";
import { next } from "../support/next-request";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROLES = Object.values(Role);

/** "app/…/file.ts#name" for every export of every "use server" file and route handler. */
function discoverEndpoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const source = readFileSync(full, "utf8");
        if (entry.name !== "route.ts" && !/^["']use server["'];?/m.test(source)) continue;
        const rel = path.relative(ROOT, full).split(path.sep).join("/");
        const names = [
          ...[...source.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]!),
          ...[...source.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]!),
          ...[...source.matchAll(/^export const \{([^}]+)\}/gm)].flatMap((m) => m[1]!.split(",").map((n) => n.trim())),
        ];
        for (const name of names) found.push(`${rel}#${name}`);
      }
    }
  };
  walk(path.join(ROOT, "app"));
  return found.sort();
}

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const as = (cast: Cast, role: Role) => cast[role];

function formOf(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      // Rows of fields ("doelen.0.omschrijving"), or a group of ticked checkboxes ("gebieden.VERZUIM").
      value.forEach((row: Record<string, string> | string, i) =>
        typeof row === "string" ? form.set(`${key}.${row}`, "on") : Object.entries(row).forEach(([field, v]) => form.set(`${key}.${i}.${field}`, v)),
      );
    } else if (value instanceof Date) form.set(key, value.toISOString().slice(0, 10));
    else if (key === "anoniem") form.set(key, value ? "ANONIEM" : "OP_NAAM");
    else if (typeof value === "boolean") {
      if (value) form.set(key, "on");
    }
    else if (key !== "actie") form.set(key, String(value));
  }
  return form;
}

async function call(actor: Actor, run: () => Promise<unknown>): Promise<{ redirected: boolean; result: unknown }> {
  next.current = { actor, ip: "192.0.2.10" };
  try {
    return { redirected: false, result: await run() };
  } catch (error) {
    if (error instanceof next.Redirected) return { redirected: true, result: null };
    throw error;
  }
}

const denials = (actor: Actor) => db().auditLog.count({ where: { userId: actor.id, outcome: "DENIED" } });

describe("the endpoint table", () => {
  it("has a row for every server action and route handler in app/, and no row for one that is gone", () => {
    expect(discoverEndpoints()).toEqual(Object.keys(ENDPOINTS).sort());
  });
});

describe("the transition actions", () => {
  const plan = ACTIES.map((actie) => ({ actie, van: REGELS[actie].regels[0]!.van[0]!, rollen: REGELS[actie].regels[0]!.rollen as readonly Role[] }));

  async function attempt(actie: Actie, actor: Actor, trajectId: string) {
    const actions = await import("@/app/(app)/trajecten/[id]/actions");
    const { version } = await db().traject.findUniqueOrThrow({ where: { id: trajectId } });
    const extra = actie === "CORRECTIE" ? { overgangId: await lastInEffect(db(), trajectId) } : {};
    const form = formOf({ ...validInput(actie, today, extra), trajectId, version });
    const before = await db().trajectTransition.count({ where: { trajectId } });
    const denied = await denials(actor);
    const outcome = await call(actor, () => actions[actie]({}, form));
    return {
      ...outcome,
      sent: Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)])),
      written: (await db().trajectTransition.count({ where: { trajectId } })) - before,
      logged: (await denials(actor)) - denied,
    };
  }

  for (const { actie, van, rollen } of plan) {
    it(`${actie}: allowed for ${rollen.join(", ")} on their setup.own traject, refused for everyone else and on setup.foreign ones`, async () => {
      const prisma = db();
      const sharedOwn = await trajectAt(prisma, setup.own, van, today);
      const sharedForeign = await trajectAt(prisma, setup.foreign, van, today);
      for (const role of ROLES) {
        if (rollen.includes(role)) {
          const fresh = await trajectAt(prisma, setup.own, van, today);
          if (actie === "AFGEROND") await recordBothFollowUps(prisma, setup.own, fresh, today);
          const ok = await attempt(actie, as(setup.own, role), fresh);
          expect(ok, `${role} on own`).toMatchObject({ redirected: true, written: 1, logged: 0 });
        } else {
          const refused = await attempt(actie, as(setup.own, role), sharedOwn);
          expect(refused.redirected, `${role} on own`).toBe(false);
          expect(refused.written).toBe(0);
          // A message, and back only what the caller sent: nothing from the dossier.
          expect(refused.result).toEqual({ melding: expect.any(String), waarden: refused.sent });
          // A refusal by role or scope is an access attempt, and is logged.
          if (!can(as(setup.own, role), "traject:transition") || !can(as(setup.own, role), "traject:read")) expect(refused.logged).toBe(1);
        }
        const onForeign = await attempt(actie, as(setup.own, role), sharedForeign);
        expect(onForeign, `${role} on foreign`).toMatchObject({ redirected: false, written: 0, logged: 1 });
        expect(onForeign.result).toEqual({ melding: expect.any(String), waarden: onForeign.sent });
      }
    }, 120_000);
  }
});

describe("the privacy and account endpoints", () => {
  it("let only the privacy officer anonymise or export a student, and log every refusal", async () => {
    const { vernietigAction } = await import("@/app/(app)/privacy/actions");
    const { GET } = await import("@/app/(app)/privacy/[studentId]/export/route");
    const trajectId = await trajectAt(db(), setup.own, "GESTOPT", today);
    const studentId = (await db().traject.findUniqueOrThrow({ where: { id: trajectId } })).studentId!;
    const params = { params: Promise.resolve({ studentId }) };
    const verzoek = { studentId, verzochtDoor: "OUDERS", verzochtOp: today, categorieen: ["SCHOOLDOSSIER", "WERKAANTEKENINGEN"], bevestigd: "ja" };
    for (const role of ROLES.filter((r) => r !== "PRIVACY_OFFICER")) {
      const actor = as(setup.own, role);
      const before = await denials(actor);
      const exported = await call(actor, () => GET(new Request("http://test/"), params));
      expect((exported.result as Response).status).toBe(403);
      const erased = await call(actor, () => vernietigAction({}, formOf(verzoek)));
      expect(erased).toMatchObject({ redirected: false, result: { melding: expect.any(String) } });
      expect((await denials(actor)) - before).toBe(2);
    }
    expect(await db().student.findUnique({ where: { id: studentId } })).not.toBeNull();

    const fg = as(setup.own, "PRIVACY_OFFICER");
    const response = (await call(fg, () => GET(new Request("http://test/"), params))).result as Response;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ leerling: { id: studentId } });
    expect(await call(fg, () => vernietigAction({}, formOf(verzoek)))).toMatchObject({ redirected: true });
    expect(await db().student.findUnique({ where: { id: studentId } })).toBeNull();
  });

  it("let only the admin change an account, and log every refusal", async () => {
    const { setUserActiveAction } = await import("@/app/(app)/beheer/actions");
    const target = setup.foreign.HULPVERLENER.id;
    for (const role of ROLES.filter((r) => r !== "ADMIN")) {
      const actor = as(setup.own, role);
      const before = await denials(actor);
      const result = await call(actor, () => setUserActiveAction({}, formOf({ userId: target, active: "false" })));
      expect(result.result).toMatchObject({ melding: "U mag accounts niet beheren." });
      expect((await denials(actor)) - before).toBe(1);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: target } })).active).toBe(true);
    const admin = as(setup.own, "ADMIN");
    expect((await call(admin, () => setUserActiveAction({}, formOf({ userId: target, active: "false" })))).result).toEqual({});
    expect((await db().user.findUniqueOrThrow({ where: { id: target } })).active).toBe(false);
    await call(admin, () => setUserActiveAction({}, formOf({ userId: target, active: "true" })));
  });
});
