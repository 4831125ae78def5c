// The one transport from a form to a use case. Every server action is built here: it reads the
// form into its schema's shape, parses with zod, builds the request context, calls the use case
// and maps an AppError to the field it names. Anything unexpected is logged with a foutcode and
// answered with a generic message, never a stack trace. A success revalidates and redirects, or
// hands data back to the form (the exit links, shown once).
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireContext, type AccessOptions } from "../auth/current-actor";
import type { RequestContext } from "../authz";
import { isDatabaseUnavailable, NIET_BESCHIKBAAR } from "../db/availability";
import { AppError } from "../errors";
import { formulierNaarObject, geweigerd, ingevuld, ongeldig, veldFouten, type ActieStatus, type FormVorm } from "../forms/form-data";
import { logUnexpected } from "../log";
import { clientIp, requestId } from "../request";

export type FormAction<D = undefined> = (previous: ActieStatus<D>, form: FormData) => Promise<ActieStatus<D>>;

/** What a successful action does next: show a page, refresh one, or return data to the form. */
export interface Klaar<D> {
  naar?: string;
  vernieuw?: string;
  data?: D;
}

interface Opzet<S extends z.ZodType, C, R, D> {
  schema: S;
  /** How the form's flat names become the schema's shape. */
  vorm?: FormVorm;
  /** Fields never sent back to the form (a password): the user types them again. */
  vertrouwelijk?: readonly string[];
  /** Adds what is not text to the parsed form (a file), or sets what the endpoint fixes. */
  lees?: (object: Record<string, unknown>, form: FormData) => unknown;
  run: (ctx: C, input: z.infer<S>) => Promise<R>;
  klaar: (input: z.infer<S>, result: R) => Klaar<D>;
}

const ONVERWACHT = (foutcode: string) => `Er ging iets mis; er is niets opgeslagen. Probeer het opnieuw. Foutcode: ${foutcode}.`;

function transport<S extends z.ZodType, C, R, D>(context: () => Promise<C>, opzet: Opzet<S, C, R, D>): FormAction<D> {
  return async (_previous, form) => {
    const waarden = Object.fromEntries(Object.entries(ingevuld(form)).filter(([name]) => !opzet.vertrouwelijk?.includes(name)));
    const object = formulierNaarObject(form, opzet.vorm);
    // `lees` may read a file's text, which takes a promise.
    const parsed = opzet.schema.safeParse(opzet.lees ? await opzet.lees(object, form) : object);
    if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
    let result: R;
    try {
      result = await opzet.run(await context(), parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return geweigerd(error, waarden);
      if (isDatabaseUnavailable(error)) return { melding: NIET_BESCHIKBAAR, waarden };
      return { melding: ONVERWACHT(logUnexpected("server action", error, requestId(await headers()))), waarden };
    }
    const klaar = opzet.klaar(parsed.data, result);
    // The page that shows the change, without its query (the confirmation), is rendered anew.
    const pagina = (klaar.vernieuw ?? klaar.naar)?.split("?")[0];
    if (pagina) revalidatePath(pagina);
    if (klaar.naar) redirect(klaar.naar);
    return klaar.data === undefined ? {} : { data: klaar.data };
  };
}

/** An action for a signed-in user; one who must first set up a second factor is sent there. */
export function formAction<S extends z.ZodType, R, D = undefined>(opzet: Opzet<S, RequestContext, R, D>, toegang: AccessOptions = {}): FormAction<D> {
  return transport(() => requireContext(toegang), opzet);
}

/** An action without an account (the exit questionnaire's link): only the client's address is known. */
export function publicFormAction<S extends z.ZodType, R, D = undefined>(opzet: Opzet<S, { ip: string | null }, R, D>): FormAction<D> {
  return transport(async () => ({ ip: clientIp(await headers()) }), opzet);
}

/** The traject page after a write, with the confirmation of what was recorded. */
export function naarTraject(trajectId: string, vastgelegd: string): { naar: string } {
  return { naar: `/trajecten/${encodeURIComponent(trajectId)}?vastgelegd=${vastgelegd}` };
}
