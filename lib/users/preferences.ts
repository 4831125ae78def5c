// A user's own settings for the e-mails they get: each kind their role receives can be switched
// off; everything is on until then. Only the signed-in user reads or changes their own.
import "server-only";
import { z } from "zod";
import type { RequestContext } from "../authz";
import { db } from "../db";
import { MELDING_SOORTEN, meldingenVoor, type MeldingSoort } from "../mail/preferences";

export const ZMeldingen = z.object({ aan: z.array(z.enum(MELDING_SOORTEN as [MeldingSoort, ...MeldingSoort[]])).default([]) });

/** The kinds this user receives, each with whether it is on. */
export async function mijnMeldingen(ctx: RequestContext): Promise<{ soort: MeldingSoort; aan: boolean }[]> {
  const { meldingenUit } = await db().user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { meldingenUit: true } });
  return meldingenVoor(ctx.actor.role).map((soort) => ({ soort, aan: !meldingenUit.includes(soort) }));
}

/** Keeps on what `aan` holds of the kinds this role receives, and switches the others off. */
export async function bewaarMeldingen(ctx: RequestContext, input: z.infer<typeof ZMeldingen>): Promise<void> {
  const uit = meldingenVoor(ctx.actor.role).filter((soort) => !input.aan.includes(soort));
  await db().user.update({ where: { id: ctx.actor.id }, data: { meldingenUit: uit } });
}
