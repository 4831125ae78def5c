// The action of a dossier write: the transport, and back to the traject page with what was recorded.
import "server-only";
import type { z } from "zod";
import type { RequestContext } from "@/lib/authz";
import type { FormVorm } from "@/lib/forms/form-data";
import { formAction, naarTraject } from "@/lib/http/action";
import type { Gebeurtenis } from "@/lib/trajecten/history";

export function dossierActie<S extends z.ZodType<{ trajectId: string }>>(
  schema: S,
  run: (ctx: RequestContext, input: z.infer<S>) => Promise<unknown>,
  klaar: Gebeurtenis,
  extra: { vorm?: FormVorm; lees?: (object: Record<string, unknown>, form: FormData) => unknown } = {},
) {
  return formAction({ schema, run, klaar: (input) => naarTraject(input.trajectId, klaar), ...extra });
}
