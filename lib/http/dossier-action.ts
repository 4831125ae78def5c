// The server action for a write in a traject's dossier, other than a transition: parse the
// form with zod, take the signed-in user, let lib/ authorize and write, then show the traject
// again with what was recorded. Refusals come back as form state, never as an error page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireContext } from "../auth/current-actor";
import { veldFouten } from "../trajecten/transition-input";
import type { QueryContext } from "../trajecten/queries";
import { OvergangGeweigerd, type Gebeurtenis } from "../trajecten/workflow";
import { geweigerd, ingevuld, ongeldig, type FormState } from "./form";

/** The form's fields, with rows named "<lijst>.<n>.<veld>" gathered into an array under <lijst>. */
export function metRijen(lijst: string) {
  const rij = new RegExp(`^${lijst}\\.(\\d{1,2})\\.(\\w+)$`);
  return (waarden: Record<string, string>): Record<string, unknown> => {
    const rows: Record<number, Record<string, string>> = {};
    const object: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(waarden)) {
      const match = rij.exec(key);
      if (match) (rows[Number(match[1])] ??= {})[match[2]!] = value;
      else object[key] = value;
    }
    object[lijst] = Object.keys(rows).map(Number).sort((a, b) => a - b).map((index) => rows[index]);
    return object;
  };
}

export function dossierActie<S extends z.ZodType<{ trajectId: string }>>(
  schema: S,
  run: (ctx: QueryContext, input: z.infer<S>) => Promise<unknown>,
  klaar: Gebeurtenis,
  lees: (waarden: Record<string, string>, form: FormData) => unknown = (waarden) => waarden,
) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const waarden = ingevuld(form);
    const parsed = schema.safeParse(lees(waarden, form));
    if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
    try {
      await run(await requireContext(), parsed.data);
    } catch (error) {
      if (!(error instanceof OvergangGeweigerd)) throw error;
      return geweigerd(error, waarden);
    }
    const path = `/trajecten/${encodeURIComponent(parsed.data.trajectId)}`;
    revalidatePath(path);
    redirect(`${path}?vastgelegd=${klaar}`);
  };
}
