// Making an account. One use case for every way in: the functioneel beheerder under Beheer, and
// `npm run admin:create` on a fresh database, which has no one signed in (no context) because
// whoever can run it already holds the database.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { hashPassword } from "../auth/password";
import { wachtwoordBezwaar } from "../auth/password-strength";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { Role } from "../generated/prisma/enums";
import { LIDMAATSCHAP } from "./membership";
import { invite } from "./passwords";

const optionalId = z.string().trim().max(64).optional().transform((v) => v || undefined);

/** An account's fields as Beheer's form sends them. */
export const ZAccountVelden = z.object({
  email: z
    .string({ error: "Vul een e-mailadres in." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Dit is geen geldig e-mailadres." }).max(254, "Dit e-mailadres is te lang.")),
  naam: z.string({ error: "Vul de naam in." }).trim().min(1, "Vul de naam in.").max(200, "Gebruik hoogstens 200 tekens."),
  role: z.enum(Role, { error: "Kies een rol." }),
  schoolId: optionalId,
  windstreekId: optionalId,
  topteamId: optionalId,
});

export const ZNieuwAccount = ZAccountVelden.extend({
  /** Given on the command line; left out under Beheer, where the new user chooses it through the invitation. */
  password: z.string().optional(),
}).superRefine((account, issues) => {
  const bezwaar = account.password === undefined ? null : wachtwoordBezwaar(account.password, [account.email, account.naam]);
  if (bezwaar) issues.addIssue({ code: "custom", path: ["password"], message: bezwaar });
});
export type NieuwAccount = z.input<typeof ZNieuwAccount>;

const VELD = { school: "schoolId", windstreek: "windstreekId", topteam: "topteamId" } as const;
const ONDERDEEL = { school: "de school", windstreek: "de windstreek", topteam: "het Topteam" } as const;

/** A Topteam has one gedragswetenschapper (DOMAIN.md): a second active one is refused at the team field. */
export async function assertOneGedragswetenschapper(tx: Prisma.TransactionClient, role: Role, topteamId: string | null, except?: string): Promise<void> {
  if (role !== "GEDRAGSWETENSCHAPPER" || !topteamId) return;
  const other = await tx.user.findFirst({ where: { role, topteamId, active: true, ...(except ? { id: { not: except } } : {}) }, select: { naam: true } });
  if (other) throw new AppError("CONFLICT", `Dit Topteam heeft al een gedragswetenschapper (${other.naam}).`, "topteamId");
}

type Links = { schoolId: string | null; windstreekId: string | null; topteamId: string | null };

/**
 * The membership the role needs, checked: the one part it names must be given and exist, the
 * others are cleared; a team's people also work for its windstreek (the gedragswetenschapper
 * advises its schools). Refusals name their field.
 */
export async function membershipOf(tx: Prisma.TransactionClient, role: Role, given: { schoolId?: string | null; windstreekId?: string | null; topteamId?: string | null }): Promise<Links> {
  const lid = LIDMAATSCHAP[role];
  const links: Links = { schoolId: given.schoolId || null, windstreekId: given.windstreekId || null, topteamId: given.topteamId || null };
  for (const soort of ["school", "windstreek", "topteam"] as const) {
    const veld = VELD[soort];
    if (soort === lid && !links[veld]) throw new AppError("VOORWAARDE", `Kies ${ONDERDEEL[soort]} van dit account.`, veld);
    if (soort !== lid) links[veld] = null;
  }
  if (links.schoolId && !(await tx.school.findFirst({ where: { id: links.schoolId, actief: true }, select: { id: true } }))) {
    throw new AppError("NIET_GEVONDEN", "Deze school bestaat niet of is gedeactiveerd.", "schoolId");
  }
  if (links.windstreekId && !(await tx.windstreek.findFirst({ where: { id: links.windstreekId, actief: true }, select: { id: true } }))) {
    throw new AppError("NIET_GEVONDEN", "Deze windstreek bestaat niet of is gedeactiveerd.", "windstreekId");
  }
  if (links.topteamId) {
    const team = await tx.topteam.findFirst({ where: { id: links.topteamId, actief: true }, select: { windstreekId: true } });
    if (!team) throw new AppError("NIET_GEVONDEN", "Dit Topteam bestaat niet of is gedeactiveerd.", "topteamId");
    links.windstreekId = team.windstreekId;
  }
  return links;
}

/** Creates the account and returns its id. Without `ctx` it is the command line's bootstrap. */
export async function createAccount(input: NieuwAccount, ctx?: RequestContext): Promise<string> {
  if (ctx) await authorize(ctx, "users:manage", { action: "USER_CREATE", onderdeel: "gebruiker" });
  const account = ZNieuwAccount.parse(input);
  const passwordHash = account.password === undefined ? null : await hashPassword(account.password);
  return db().$transaction(async (tx) => {
    const links = await membershipOf(tx, account.role, account);
    if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Er bestaat al een account met dit e-mailadres.", "email");
    }
    // Under Beheer. The bootstrap (no ctx) also serves the test and load fixtures, which add
    // their people to the demo organisation, whose teams have their gedragswetenschapper already.
    if (ctx) await assertOneGedragswetenschapper(tx, account.role, links.topteamId);
    const { id } = await tx.user.create({
      data: { email: account.email, naam: account.naam, role: account.role, passwordHash, ...links },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: ctx?.actor ?? null,
      action: "USER_CREATE",
      onderdeel: `gebruiker: ${account.role}`,
      outcome: "ALLOWED",
      ip: ctx?.ip ?? null,
      subject: `user:${id}`,
      wijziging: { naam: [null, account.naam], role: [null, account.role], ...Object.fromEntries(Object.entries(links).filter(([, v]) => v).map(([k, v]) => [k, [null, v]])) },
    });
    // Without a password the new user chooses one through the invitation's link.
    if (!passwordHash) await invite(tx, { id, email: account.email, naam: account.naam, role: account.role });
    return id;
  });
}

/** False on a fresh production database: the sign-in page then says how to make the first account. */
export async function hasAnyAccount(): Promise<boolean> {
  return (await db().user.findFirst({ select: { id: true } })) !== null;
}
