// Making an account. One use case for every way in: the functioneel beheerder under Beheer, and
// `npm run admin:create` on a fresh database, which has no one signed in (no context) because
// whoever can run it already holds the database.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";
import { Role } from "../generated/prisma/enums";
import { LIDMAATSCHAP } from "./membership";

/** The shortest password accepted; the strength check of the sign-in issue comes on top. */
export const MIN_WACHTWOORD = 12;

const optionalId = z.string().trim().max(64).optional().transform((v) => v || undefined);

export const ZNieuwAccount = z.object({
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
  password: z.string({ error: "Vul een wachtwoord in." }).min(MIN_WACHTWOORD, `Kies een wachtwoord van minstens ${MIN_WACHTWOORD} tekens.`).max(200),
});
export type NieuwAccount = z.input<typeof ZNieuwAccount>;

const VELD = { school: "schoolId", windstreek: "windstreekId", topteam: "topteamId" } as const;
const ONDERDEEL = { school: "school", windstreek: "windstreek", topteam: "Topteam" } as const;

/** Creates the account and returns its id. Without `ctx` it is the command line's bootstrap. */
export async function createAccount(input: NieuwAccount, ctx?: RequestContext): Promise<string> {
  if (ctx) await authorize(ctx, "users:manage", { action: "USER_CREATE", onderdeel: "gebruiker" });
  const account = ZNieuwAccount.parse(input);
  const lid = LIDMAATSCHAP[account.role];
  const links = { schoolId: account.schoolId ?? null, windstreekId: account.windstreekId ?? null, topteamId: account.topteamId ?? null };
  for (const soort of ["school", "windstreek", "topteam"] as const) {
    const veld = VELD[soort];
    if (soort === lid && !links[veld]) throw new AppError("VOORWAARDE", `Kies de ${ONDERDEEL[soort]} van dit account.`, veld);
    if (soort !== lid) links[veld] = null;
  }
  const passwordHash = await hashPassword(account.password);
  return db().$transaction(async (tx) => {
    if (links.schoolId && !(await tx.school.findUnique({ where: { id: links.schoolId }, select: { id: true } }))) {
      throw new AppError("NIET_GEVONDEN", "Deze school bestaat niet.", "schoolId");
    }
    if (links.windstreekId && !(await tx.windstreek.findUnique({ where: { id: links.windstreekId }, select: { id: true } }))) {
      throw new AppError("NIET_GEVONDEN", "Deze windstreek bestaat niet.", "windstreekId");
    }
    if (links.topteamId) {
      const team = await tx.topteam.findUnique({ where: { id: links.topteamId }, select: { windstreekId: true } });
      if (!team) throw new AppError("NIET_GEVONDEN", "Dit Topteam bestaat niet.", "topteamId");
      // A team's people also work for its windstreek: the gedragswetenschapper advises its schools.
      links.windstreekId = team.windstreekId;
    }
    if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Er bestaat al een account met dit e-mailadres.", "email");
    }
    const { id } = await tx.user.create({
      data: { email: account.email, naam: account.naam, role: account.role, passwordHash, ...links },
      select: { id: true },
    });
    await recordAudit(tx, { actor: ctx?.actor ?? null, action: "USER_CREATE", onderdeel: `gebruiker: ${account.role}`, outcome: "ALLOWED", ip: ctx?.ip ?? null, subject: `user:${id}` });
    return id;
  });
}
