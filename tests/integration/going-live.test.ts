// Going live: accounts with an invitation link, "Wachtwoord vergeten?", changing one's own
// password, changing an account (role, membership), and the organisation under Beheer.
import { describe, expect, it } from "vitest";
import { checkSignIn } from "@/lib/auth/sign-in";
import { day } from "@/lib/calendar";
import { saveSchool, saveTopteam, saveWindstreek, setActief, ZSchool } from "@/lib/organisation/manage";
import { createAccount } from "@/lib/users/accounts";
import { accountStand, getAccount, setUserActive, updateAccount } from "@/lib/users/manage-users";
import { organisationOptions } from "@/lib/users/organisation";
import { changeOwnPassword, linkStatus, requestPasswordReset, setPasswordWithLink } from "@/lib/users/passwords";
import { expandLinks, tokenFor } from "@/lib/users/token-link";
import { refusal, seededWithCasts } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const admin = () => ({ actor: setup.own.ADMIN, ip: "192.0.2.50" });
const STRONG = "kraanvogel-paperclip-omelet-7";

/** The link a mail to `aan` carries, as the mail job makes it when sending. */
async function linkIn(aan: string, soort: string): Promise<string> {
  const mail = await db().mailBericht.findFirstOrThrow({ where: { aan, soort }, orderBy: { createdAt: "desc" } });
  const token = new URL(/https?:\S+/.exec(expandLinks(mail.tekst, "https://app.example.nl"))![0]).searchParams.get("token") ?? "";
  expect(token).not.toBe("");
  return token;
}

describe("an invitation", () => {
  it("makes an account without a password, mails a link that the outbox does not hold, and lets the user choose a strong password once", async () => {
    const email = "nieuwe.zc@example.nl";
    const id = await createAccount({ email, naam: "Nieuwe Zorgcoördinator", role: "ZORGCOORDINATOR", schoolId: setup.own.schoolId }, admin());
    expect((await db().user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
    const token = await linkIn(email, "uitnodiging");
    // Neither the outbox nor the token table holds the secret.
    const mail = await db().mailBericht.findFirstOrThrow({ where: { aan: email } });
    expect(`${mail.tekst}${mail.html}`).not.toContain(token);
    const row = await db().accountToken.findFirstOrThrow({ where: { userId: id } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 86_400_000);

    expect(await linkStatus(token)).toEqual({ naam: "Nieuwe Zorgcoördinator", doel: "UITNODIGING" });
    expect(await checkSignIn({ email, password: STRONG }, "192.0.2.51")).toBeNull();
    const weak = await refusal(setPasswordWithLink(token, "Welkom123456", "192.0.2.51"));
    expect(weak).toMatchObject({ code: "VOORWAARDE", veld: "password" });
    expect(await linkStatus(token)).not.toBeNull();

    expect(await setPasswordWithLink(token, STRONG, "192.0.2.51")).toBe(email);
    expect(await checkSignIn({ email, password: STRONG }, "192.0.2.51")).not.toBeNull();
    expect(await linkStatus(token)).toBeNull();
    expect((await refusal(setPasswordWithLink(token, `${STRONG}x`, "192.0.2.51"))).code).toBe("NIET_GEVONDEN");
    expect(await db().auditLog.count({ where: { action: "PASSWORD_CHANGE", subject: `user:${id}` } })).toBe(1);
  });

  it("refuses a link that was never made", async () => {
    expect(await linkStatus(tokenFor("bestaat-niet"))).toBeNull();
    expect((await refusal(setPasswordWithLink("kort", STRONG, null))).code).toBe("NIET_GEVONDEN");
  });
});

describe("Wachtwoord vergeten?", () => {
  it("mails a link for a known address only, answers alike for an unknown one, and ends the account's sessions", async () => {
    const email = setup.own.HULPVERLENER.email;
    const signedIn = (await checkSignIn({ email, password: "demo-toptraject" }, "192.0.2.60"))!;
    await requestPasswordReset("Onbekend.Adres@example.nl", "192.0.2.60");
    await requestPasswordReset(email.toUpperCase(), "192.0.2.60");
    expect(await db().mailBericht.count({ where: { aan: "onbekend.adres@example.nl" } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "PASSWORD_RESET_REQUEST", ip: "192.0.2.60" } })).toBe(2);
    const token = await linkIn(email, "wachtwoordHerstel");
    // Valid for two hours.
    expect(await linkStatus(token, new Date(Date.now() + 3 * 3_600_000))).toBeNull();
    await setPasswordWithLink(token, STRONG, "192.0.2.60");
    expect((await db().authSession.findUniqueOrThrow({ where: { id: signedIn.sid } })).endedAt).not.toBeNull();
    expect(await checkSignIn({ email, password: STRONG }, "192.0.2.60")).not.toBeNull();
  });

  it("sends at most three links an hour for one account", async () => {
    const email = setup.foreign.HULPVERLENER.email;
    for (let i = 0; i < 5; i++) await requestPasswordReset(email, "192.0.2.61");
    expect(await db().mailBericht.count({ where: { aan: email, soort: "wachtwoordHerstel" } })).toBe(3);
    // A new link ends the one before.
    expect(await db().accountToken.count({ where: { user: { email }, usedAt: null } })).toBe(1);
  });
});

describe("changing one's own password", () => {
  it("needs the current one and a strong new one, and ends the other sessions", async () => {
    const email = setup.own.TOPDOCENT.email;
    const here = (await checkSignIn({ email, password: "demo-toptraject" }, "192.0.2.70"))!;
    const elsewhere = (await checkSignIn({ email, password: "demo-toptraject" }, "192.0.2.71"))!;
    const ctx = { actor: { ...setup.own.TOPDOCENT, sessionId: here.sid }, ip: "192.0.2.70" };
    expect(await refusal(changeOwnPassword(ctx, "fout-wachtwoord", STRONG))).toMatchObject({ veld: "huidig" });
    expect(await refusal(changeOwnPassword(ctx, "demo-toptraject", "wachtwoord1234"))).toMatchObject({ veld: "nieuw" });
    await changeOwnPassword(ctx, "demo-toptraject", STRONG);
    expect((await db().authSession.findUniqueOrThrow({ where: { id: elsewhere.sid } })).endedAt).not.toBeNull();
    expect((await db().authSession.findUniqueOrThrow({ where: { id: here.sid } })).endedAt).toBeNull();
  });
});

describe("changing an account", () => {
  it("records old → new, ends the user's sessions on a new role, and refuses a change made on a stale page", async () => {
    const user = setup.foreign.TOPDOCENT;
    const session = (await checkSignIn({ email: user.email, password: "demo-toptraject" }, "192.0.2.80"))!;
    const account = (await getAccount(admin(), user.id))!;
    await updateAccount(admin(), { userId: user.id, naam: account.naam, role: "HULPVERLENER", topteamId: account.topteamId ?? undefined, stand: account.stand });
    expect((await db().authSession.findUniqueOrThrow({ where: { id: session.sid } })).endedAt).not.toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "USER_UPDATE", subject: `user:${user.id}` }, orderBy: { id: "desc" } });
    expect(audit.wijziging).toEqual({ role: ["TOPDOCENT", "HULPVERLENER"] });
    // The page still shows the old account: its change is refused.
    const stale = await refusal(updateAccount(admin(), { userId: user.id, naam: "Andere Naam", role: "TOPDOCENT", topteamId: account.topteamId ?? undefined, stand: account.stand }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).naam).toBe(account.naam);
  });

  it("checks the membership against the role, and a team has one gedragswetenschapper", async () => {
    const user = setup.foreign.HULPVERLENER;
    const account = (await getAccount(admin(), user.id))!;
    const base = { userId: user.id, naam: account.naam, stand: accountStand(account) };
    expect(await refusal(updateAccount(admin(), { ...base, role: "ZORGCOORDINATOR" }))).toMatchObject({ veld: "schoolId" });
    expect(await refusal(updateAccount(admin(), { ...base, role: "GEDRAGSWETENSCHAPPER", topteamId: account.topteamId ?? undefined }))).toMatchObject({ code: "CONFLICT", veld: "topteamId" });
    expect(await refusal(updateAccount({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, { ...base, role: "SWV" }))).toMatchObject({ code: "NIET_TOEGESTAAN" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("HULPVERLENER");
    // The admin cannot take away their own role or account.
    const self = (await getAccount(admin(), setup.own.ADMIN.id))!;
    expect(await refusal(updateAccount(admin(), { userId: self.id, naam: self.naam, role: "SWV", stand: self.stand }))).toMatchObject({ veld: "role" });
    expect(await refusal(setUserActive(admin(), self.id, false))).toMatchObject({ code: "VOORWAARDE" });
  });
});

describe("the organisation", () => {
  it("checks BRIN codes, keeps them unique, and logs every change with old → new", async () => {
    expect(ZSchool.safeParse({ naam: "X", brin: "1AB2", windstreekId: "w" }).error?.issues[0]?.message).toMatch(/twee cijfers en twee letters/);
    expect(ZSchool.parse({ naam: "X", brin: "12ab01", windstreekId: "w" }).brin).toBe("12AB01");

    const windstreekId = await saveWindstreek(admin(), { code: "DIEMEN", naam: "Diemen" });
    const schoolId = await saveSchool(admin(), { naam: "Nieuwe School", brin: "99ZZ", windstreekId });
    expect(await refusal(saveSchool(admin(), { naam: "Tweede", brin: "99ZZ", windstreekId }))).toMatchObject({ code: "CONFLICT", veld: "brin" });
    await saveSchool(admin(), { id: schoolId, naam: "Hernoemde School", brin: "99ZZ", windstreekId });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "ORG_CHANGE", subject: `school:${schoolId}` }, orderBy: { id: "desc" } });
    expect(audit.wijziging).toEqual({ naam: ["Nieuwe School", "Hernoemde School"] });

    const teamId = await saveTopteam(admin(), { naam: "Topteam Diemen", windstreekId, capaciteit: 8 });
    expect(await refusal(saveTopteam(admin(), { naam: "Nog een", windstreekId, capaciteit: 8 }))).toMatchObject({ veld: "windstreekId" });
    expect((await organisationOptions(admin())).topteams[teamId]).toBe("Topteam Diemen");

    // Deactivated, not deleted: no longer offered to a new account, refused for one.
    await setActief(admin(), "school", schoolId, false);
    expect((await organisationOptions(admin())).scholen[schoolId]).toBeUndefined();
    expect(await refusal(createAccount({ email: "zc.diemen@example.nl", naam: "ZC Diemen", role: "ZORGCOORDINATOR", schoolId }, admin()))).toMatchObject({ veld: "schoolId" });
    expect(await db().school.findUnique({ where: { id: schoolId } })).not.toBeNull();
  });

  it("is refused to everyone but the functioneel beheerder, and the refusal is logged", async () => {
    const gw = { actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "192.0.2.90" };
    expect((await refusal(saveWindstreek(gw, { code: "NERGENS", naam: "Nergens" }))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().windstreek.count({ where: { code: "NERGENS" } })).toBe(0);
    expect(await db().auditLog.count({ where: { userId: gw.actor.id, action: "ORG_CHANGE", outcome: "DENIED" } })).toBe(1);
  });
});
