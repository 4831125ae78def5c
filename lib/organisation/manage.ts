// The organisation under Beheer: windstreken, schools (BRIN), Topteams and their capacity. Made,
// changed and deactivated by the functioneel beheerder; never deleted, because trajecten and the
// figures refer to them. Every change is an audit row naming what changed, old → new.
import "server-only";
import { z } from "zod";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { db } from "../db";
import { vervalFiguren } from "../figures/figures-cache";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

const optionalId = z.string().trim().max(64).transform((v) => v || undefined).optional();
const naam = z.string({ error: "Vul de naam in." }).trim().min(1, "Vul de naam in.").max(120, "Gebruik hoogstens 120 tekens.");

export const ZWindstreek = z.object({
  id: optionalId,
  code: z
    .string({ error: "Vul een code in." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9-]{1,19}$/, "Gebruik 2 tot 20 letters, cijfers of streepjes, beginnend met een letter, zoals NOORD."),
  naam,
});

/** BRIN: four characters, two digits and two letters, optionally a two-digit location (12AB, 12AB01). */
export const ZBrin = z
  .string({ error: "Vul de BRIN-code in." })
  .trim()
  .toUpperCase()
  .regex(/^\d{2}[A-Z]{2}(\d{2})?$/, "Een BRIN-code is twee cijfers en twee letters, eventueel met een vestigingsnummer van twee cijfers, zoals 12AB of 12AB01.");

export const ZSchool = z.object({ id: optionalId, naam, brin: ZBrin, windstreekId: z.string({ error: "Kies een windstreek." }).trim().min(1, "Kies een windstreek.").max(64) });

export const ZTopteam = z.object({
  id: optionalId,
  naam,
  windstreekId: z.string({ error: "Kies een windstreek." }).trim().min(1, "Kies een windstreek.").max(64),
  capaciteit: z.coerce.number({ error: "Vul de capaciteit in." }).int("Vul een heel getal in.").min(1, "Minstens 1.").max(500, "Hoogstens 500."),
});

export type Soort = "windstreek" | "school" | "topteam";

const allow = (ctx: RequestContext) => authorize(ctx, "org:manage", { action: "ORG_CHANGE", onderdeel: "organisatie" });

/** Old → new for each field that differs; an empty object when nothing does. */
function verschil<T extends Record<string, unknown>>(before: Partial<T> | null, after: T): Record<string, [unknown, unknown]> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => before?.[k] !== v).map(([k, v]) => [k, [before?.[k] ?? null, v]]));
}

async function logChange(tx: Prisma.TransactionClient, ctx: RequestContext, soort: Soort, id: string, wijziging: Record<string, [unknown, unknown]>) {
  await recordAudit(tx, { actor: ctx.actor, action: "ORG_CHANGE", onderdeel: `organisatie: ${soort}`, outcome: "ALLOWED", ip: ctx.ip, subject: `${soort}:${id}`, wijziging });
}

/** A unique field taken by another row: refused at that field. */
async function vrij(taken: Promise<{ id: string } | null>, id: string | undefined, message: string, veld: string) {
  const other = await taken;
  if (other && other.id !== id) throw new AppError("CONFLICT", message, veld);
}

async function activeWindstreek(tx: Prisma.TransactionClient, windstreekId: string) {
  if (!(await tx.windstreek.findFirst({ where: { id: windstreekId, actief: true }, select: { id: true } }))) {
    throw new AppError("NIET_GEVONDEN", "Deze windstreek bestaat niet of is gedeactiveerd.", "windstreekId");
  }
}

/** The same fields as `data`, for reading the row before the change. */
const selectOf = (data: Record<string, unknown>) => Object.fromEntries(Object.keys(data).map((k) => [k, true]));

/**
 * Creates the row, or changes the one `id` names, and logs old → new: the one path of every
 * save below. `rij` reads, creates and updates the row of its own table.
 */
async function bewaar<T extends Record<string, unknown>>(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  soort: Soort,
  id: string | undefined,
  data: T,
  rij: { lees: (id: string) => Promise<Partial<T> | null>; maak: () => Promise<{ id: string }>; wijzig: (id: string) => Promise<{ id: string }>; weg: string },
): Promise<string> {
  const before = id ? await rij.lees(id) : null;
  if (id && !before) throw new AppError("NIET_GEVONDEN", rij.weg);
  const saved = id ? await rij.wijzig(id) : await rij.maak();
  await logChange(tx, ctx, soort, saved.id, verschil(before, data));
  // A team's capacity or a school's windstreek shows in every quarter's figures.
  await vervalFiguren(tx, null);
  return saved.id;
}

export async function saveWindstreek(ctx: RequestContext, input: z.infer<typeof ZWindstreek>): Promise<string> {
  await allow(ctx);
  return db().$transaction(async (tx) => {
    await vrij(tx.windstreek.findUnique({ where: { code: input.code }, select: { id: true } }), input.id, "Er is al een windstreek met deze code.", "code");
    const data = { code: input.code, naam: input.naam };
    return bewaar(tx, ctx, "windstreek", input.id, data, {
      lees: (id) => tx.windstreek.findUnique({ where: { id }, select: selectOf(data) }),
      maak: () => tx.windstreek.create({ data, select: { id: true } }),
      wijzig: (id) => tx.windstreek.update({ where: { id }, data, select: { id: true } }),
      weg: "Deze windstreek bestaat niet (meer).",
    });
  });
}

export async function saveSchool(ctx: RequestContext, input: z.infer<typeof ZSchool>): Promise<string> {
  await allow(ctx);
  return db().$transaction(async (tx) => {
    await vrij(tx.school.findUnique({ where: { brin: input.brin }, select: { id: true } }), input.id, "Er is al een school met deze BRIN-code.", "brin");
    await activeWindstreek(tx, input.windstreekId);
    const data = { naam: input.naam, brin: input.brin, windstreekId: input.windstreekId };
    return bewaar(tx, ctx, "school", input.id, data, {
      lees: (id) => tx.school.findUnique({ where: { id }, select: selectOf(data) }),
      maak: () => tx.school.create({ data, select: { id: true } }),
      wijzig: (id) => tx.school.update({ where: { id }, data, select: { id: true } }),
      weg: "Deze school bestaat niet (meer).",
    });
  });
}

export async function saveTopteam(ctx: RequestContext, input: z.infer<typeof ZTopteam>): Promise<string> {
  await allow(ctx);
  return db().$transaction(async (tx) => {
    await vrij(tx.topteam.findUnique({ where: { naam: input.naam }, select: { id: true } }), input.id, "Er is al een Topteam met deze naam.", "naam");
    await vrij(tx.topteam.findUnique({ where: { windstreekId: input.windstreekId }, select: { id: true } }), input.id, "Deze windstreek heeft al een Topteam.", "windstreekId");
    await activeWindstreek(tx, input.windstreekId);
    const data = { naam: input.naam, windstreekId: input.windstreekId, capaciteit: input.capaciteit };
    return bewaar(tx, ctx, "topteam", input.id, data, {
      lees: (id) => tx.topteam.findUnique({ where: { id }, select: selectOf(data) }),
      maak: () => tx.topteam.create({ data, select: { id: true } }),
      wijzig: (id) => tx.topteam.update({ where: { id }, data, select: { id: true } }),
      weg: "Dit Topteam bestaat niet (meer).",
    });
  });
}

/** Deactivates or reactivates; what refers to it stays. A deactivated part is offered to no new account. */
export async function setActief(ctx: RequestContext, soort: Soort, id: string, actief: boolean): Promise<void> {
  await allow(ctx);
  await db().$transaction(async (tx) => {
    const where = { where: { id }, select: { actief: true } };
    const before = soort === "windstreek" ? await tx.windstreek.findUnique(where) : soort === "school" ? await tx.school.findUnique(where) : await tx.topteam.findUnique(where);
    if (!before) throw new AppError("NIET_GEVONDEN", "Dit onderdeel bestaat niet (meer).");
    const update = { where: { id }, data: { actief } };
    if (soort === "windstreek") await tx.windstreek.update(update);
    else if (soort === "school") await tx.school.update(update);
    else await tx.topteam.update(update);
    await logChange(tx, ctx, soort, id, verschil(before, { actief }));
    await vervalFiguren(tx, null);
  });
}

/** Everything, inactive included, for the Beheer page. */
export async function listOrganisation(ctx: RequestContext) {
  await authorize(ctx, "org:manage", { action: "ORG_CHANGE", onderdeel: "organisatie" });
  const [windstreken, scholen, topteams] = await Promise.all([
    db().windstreek.findMany({ select: { id: true, code: true, naam: true, actief: true }, orderBy: { naam: "asc" } }),
    db().school.findMany({ select: { id: true, naam: true, brin: true, actief: true, windstreekId: true, windstreek: { select: { naam: true } } }, orderBy: { naam: "asc" } }),
    db().topteam.findMany({
      select: { id: true, naam: true, capaciteit: true, actief: true, windstreekId: true, windstreek: { select: { naam: true } }, members: { where: { active: true }, select: { id: true, naam: true, role: true }, orderBy: { naam: "asc" } } },
      orderBy: { naam: "asc" },
    }),
  ]);
  return { windstreken, scholen, topteams };
}
