// Sign-in checks against the database: throttling per (account, address) pair, per address and per
// account, and what is recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { emailHash, pairDelaySeconds, rateLimitPolicyFromEnv } from "@/lib/auth/rate-limit";
import { checkSignIn, RateLimitedSignIn } from "@/lib/auth/sign-in";
import { endOtherSessions, ownSessions } from "@/lib/auth/sessions";
import { readSession } from "@/lib/auth/session-read";
import { actorFromUser } from "@/lib/authz";
import { DEMO_PASSWORD } from "@/lib/demo";
import { seedDemoData } from "@/prisma/seed";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.prisma, day("2026-11-20"));
}, 120_000);
afterAll(() => database?.dispose());

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));
const atSecond = (second: number) => new Date(Date.UTC(2026, 10, 20, 6, 0, second));

describe("signing in", () => {
  it("opens a session for the right password and records it, without the address", async () => {
    const result = await checkSignIn({ email: "GW.Noord@demo.toptrajecten.nl ", password: DEMO_PASSWORD }, "198.51.100.1", at(0));
    expect(result?.sid).toBeTruthy();
    const attempts = await database.prisma.signInAttempt.findMany({ where: { ip: "198.51.100.1" } });
    expect(attempts).toMatchObject([{ emailHash: emailHash("gw.noord@demo.toptrajecten.nl"), succeeded: true }]);
    expect(JSON.stringify(attempts, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("gw.noord");
  });

  it("makes one address wait longer after each failure on an account, then locks only that pair", async () => {
    const email = "td1.zuid@demo.toptrajecten.nl";
    const ip = "203.0.113.1";
    let t = 0;
    for (let failure = 0; failure < 10; failure++) {
      t += pairDelaySeconds(failure, rateLimitPolicyFromEnv()) + 1;
      expect(await checkSignIn({ email, password: "fout" }, ip, atSecond(t))).toBeNull();
    }
    // Too soon: refused without checking, with the wait; the right password is no exception.
    const refused = await checkSignIn({ email, password: DEMO_PASSWORD }, ip, atSecond(t + 60)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedSignIn);
    expect((refused as RateLimitedSignIn).waitSeconds).toBe(15 * 60 - 60);
    // The owner elsewhere (at home, another classroom) is not locked out.
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, "203.0.113.2", atSecond(t + 60))).not.toBeNull();
    // The lock ends when the window has passed the last failure.
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, ip, atSecond(t + 15 * 60))).not.toBeNull();
  });

  it("checks only the free attempts of thirty wrong passwords sent at once from one address", async () => {
    const email = "td2.noord@demo.toptrajecten.nl";
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        checkSignIn({ email, password: "fout" }, "192.0.2.100", at(30)).then(
          () => "gecontroleerd",
          (error: unknown) => (error instanceof RateLimitedSignIn ? "gepauzeerd" : "anders"),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "gecontroleerd")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "gepauzeerd")).toHaveLength(27);
  });

  it("lets a school's shared address fail often, and pauses it only at the high limit", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < 99; i++) {
      expect(await checkSignIn({ email: `onbekend${i}@demo.toptrajecten.nl`, password: "fout" }, ip, at(30))).toBeNull();
    }
    // 99 failures of pupils trying each other's names do not stop a teacher at that address ...
    expect(await checkSignIn({ email: "hv1.west@demo.toptrajecten.nl", password: DEMO_PASSWORD }, ip, at(31))).not.toBeNull();
    expect(await checkSignIn({ email: "onbekend-laatste@demo.toptrajecten.nl", password: "fout" }, ip, at(31))).toBeNull();
    // ... the hundredth does, for everyone there, and nowhere else.
    await expect(checkSignIn({ email: "hv1.west@demo.toptrajecten.nl", password: DEMO_PASSWORD }, ip, at(32))).rejects.toBeInstanceOf(RateLimitedSignIn);
    expect(await checkSignIn({ email: "hv1.west@demo.toptrajecten.nl", password: DEMO_PASSWORD }, "192.0.2.78", at(32))).not.toBeNull();
    expect(await database.prisma.auditLog.count({ where: { ip, action: "SIGN_IN_FAILED" } })).toBe(101);
    // Each failure names the address tried by a keyed hash, never by the address.
    const failures = await database.prisma.auditLog.findMany({ where: { ip, action: "SIGN_IN_FAILED" }, select: { subject: true } });
    expect(failures[0]!.subject).toMatch(/^email:[0-9a-f]{32}$/);
    expect(new Set(failures.map((f) => f.subject)).size).toBe(101);
    expect(JSON.stringify(failures)).not.toContain("onbekend");
  });

  it("pauses an account guessed at from many addresses, except where it signed in before", async () => {
    const email = "td1.west@demo.toptrajecten.nl";
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.30", at(0))).not.toBeNull();
    for (let i = 0; i < 50; i++) expect(await checkSignIn({ email, password: "fout" }, `198.18.0.${i}`, at(1))).toBeNull();
    await expect(checkSignIn({ email, password: DEMO_PASSWORD }, "198.18.1.1", at(2))).rejects.toBeInstanceOf(RateLimitedSignIn);
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.30", at(2))).not.toBeNull();
  });

  it("starts counting again after a success", async () => {
    const email = "hv2.oost@demo.toptrajecten.nl";
    for (let i = 0; i < 3; i++) await checkSignIn({ email, password: "fout" }, "198.51.100.9", at(40));
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.9", at(41))).not.toBeNull();
    for (let i = 0; i < 3; i++) await checkSignIn({ email, password: "fout" }, "198.51.100.9", at(42));
    expect(await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.9", at(43))).not.toBeNull();
  });
});

describe("signing in with a second factor", () => {
  it("asks for the code, refuses a wrong or used one, and accepts the next", async () => {
    const { Secret, TOTP } = await import("otpauth");
    const { seal } = await import("@/lib/auth/secret-box");
    const { TotpInvalidSignIn, TotpRequiredSignIn } = await import("@/lib/auth/sign-in");
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const email = "td2.west@demo.toptrajecten.nl";
    await database.prisma.user.update({ where: { email }, data: { totpSecret: seal(secret), totpEnabledAt: new Date() } });
    const now = at(50);
    const code = (offset: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now.getTime() + offset * 1000 });

    await expect(checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.20", now)).rejects.toBeInstanceOf(TotpRequiredSignIn);
    await expect(checkSignIn({ email, password: DEMO_PASSWORD, code: "000000" }, "198.51.100.20", now)).rejects.toBeInstanceOf(TotpInvalidSignIn);
    expect(await checkSignIn({ email, password: DEMO_PASSWORD, code: code(0) }, "198.51.100.20", now)).not.toBeNull();
    await expect(checkSignIn({ email, password: DEMO_PASSWORD, code: code(0) }, "198.51.100.20", now)).rejects.toBeInstanceOf(TotpInvalidSignIn);
    expect(await checkSignIn({ email, password: DEMO_PASSWORD, code: code(30) }, "198.51.100.20", now)).not.toBeNull();
    // A wrong password never gets as far as the code.
    expect(await checkSignIn({ email, password: "fout", code: code(60) }, "198.51.100.20", now)).toBeNull();
  });
});

describe("open sessions", () => {
  it("keep at most five per user, ending the oldest, and end everywhere else on request", async () => {
    const email = "td1.oost@demo.toptrajecten.nl";
    const sids: string[] = [];
    for (let i = 0; i < 6; i++) sids.push((await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.60", new Date(Date.now() + i)))!.sid);
    const open = await database.prisma.authSession.findMany({ where: { user: { email }, endedAt: null }, select: { id: true } });
    expect(open.map((s) => s.id).sort()).toEqual(sids.slice(1).sort());

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    const ctx = { actor: actorFromUser(user, sids[5]!), ip: "198.51.100.60" };
    expect((await ownSessions(ctx)).map((s) => s.dezeSessie).filter(Boolean)).toHaveLength(1);
    expect(await endOtherSessions(ctx)).toBe(4);
    const left = await database.prisma.authSession.findMany({ where: { user: { email }, endedAt: null }, select: { id: true } });
    expect(left).toEqual([{ id: sids[5] }]);
  });
});

describe("the session read of every request", () => {
  it("reads the session, its user and the name of the user's organisation in one go", async () => {
    const names = { "zc.99n1": "School", "gw.noord": "Topteam", "oa.noord": "Windstreek" } as const;
    for (const [account, model] of Object.entries(names)) {
      const email = `${account}@demo.toptrajecten.nl`;
      const { sid } = (await checkSignIn({ email, password: DEMO_PASSWORD }, "198.51.100.70", new Date()))!;
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { school: true, topteam: true, windstreek: true } });
      const stored = await database.prisma.authSession.findUniqueOrThrow({ where: { id: sid } });
      const naam = { School: user.school, Topteam: user.topteam, Windstreek: user.windstreek }[model]!.naam;
      expect(await readSession(sid)).toEqual({
        id: sid,
        createdAt: stored.createdAt,
        lastSeenAt: stored.lastSeenAt,
        endedAt: null,
        codeNodig: false,
        user: { id: user.id, naam: user.naam, email, role: user.role, active: true, totpEnabledAt: user.totpEnabledAt, schoolId: user.schoolId, windstreekId: user.windstreekId, topteamId: user.topteamId },
        organisatie: naam,
      });
    }
    const { sid } = (await checkSignIn({ email: "coordinator@demo.toptrajecten.nl", password: DEMO_PASSWORD }, "198.51.100.70", new Date()))!;
    await database.prisma.authSession.update({ where: { id: sid }, data: { endedAt: at(59) } });
    expect(await readSession(sid)).toMatchObject({ organisatie: null, endedAt: at(59), user: { role: "COORDINATOR", schoolId: null } });
    expect(await readSession("geen-sessie")).toBeNull();
  });
});
