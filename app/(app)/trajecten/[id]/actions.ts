"use server";

// One server action per transition. Each is thin: parse the form with zod, take the signed-in
// user, and let lib/trajecten/transitions.ts authorize, check the guards and write.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireContext } from "@/lib/auth/current-actor";
import { geweigerd, ingevuld, ongeldig, type FormState } from "@/lib/http/form";
import { formulierNaarObject, parseOvergang } from "@/lib/trajecten/transition-input";
import { maakOvergang } from "@/lib/trajecten/transitions";
import { OvergangGeweigerd, type Actie } from "@/lib/trajecten/workflow";

function overgangActie(actie: Actie) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const parsed = parseOvergang(formulierNaarObject(form, actie));
    const waarden = ingevuld(form);
    if (!parsed.ok) return ongeldig(parsed.fouten, waarden);
    const ctx = await requireContext();
    try {
      await maakOvergang(ctx, parsed.verzoek);
    } catch (error) {
      if (!(error instanceof OvergangGeweigerd)) throw error;
      return geweigerd(error, waarden);
    }
    const path = `/trajecten/${encodeURIComponent(parsed.verzoek.trajectId)}`;
    revalidatePath(path);
    redirect(`${path}?vastgelegd=${actie}`);
  };
}

export const ADVIES_GEGEVEN = overgangActie("ADVIES_GEGEVEN");
export const VOOROVERLEG_GEPLAND = overgangActie("VOOROVERLEG_GEPLAND");
export const VOOROVERLEG_GEHOUDEN = overgangActie("VOOROVERLEG_GEHOUDEN");
export const AANVRAAG_GESTART = overgangActie("AANVRAAG_GESTART");
export const AANVRAAG_INGEDIEND = overgangActie("AANVRAAG_INGEDIEND");
export const AANVRAAG_GOEDGEKEURD = overgangActie("AANVRAAG_GOEDGEKEURD");
export const AANVRAAG_AFGEWEZEN = overgangActie("AANVRAAG_AFGEWEZEN");
export const ONDERZOEK_GESTART = overgangActie("ONDERZOEK_GESTART");
export const ONDERZOEK_AFGESLOTEN = overgangActie("ONDERZOEK_AFGESLOTEN");
export const INTENSIEF_GESTART = overgangActie("INTENSIEF_GESTART");
export const INTENSIEF_VERLENGD = overgangActie("INTENSIEF_VERLENGD");
export const BORGING_GESTART = overgangActie("BORGING_GESTART");
export const FOLLOW_UP_GESTART = overgangActie("FOLLOW_UP_GESTART");
export const FOLLOW_UP_VASTGELEGD = overgangActie("FOLLOW_UP_VASTGELEGD");
export const AFGEROND = overgangActie("AFGEROND");
export const GESTOPT = overgangActie("GESTOPT");
export const CORRECTIE = overgangActie("CORRECTIE");
