"use server";

// One server action per transition, each through the one transport: the form's fields become
// the transition's input, lib/trajecten/transitions.ts authorizes, checks the guards and writes.
import { formAction, naarTraject } from "@/lib/http/action";
import type { Actie } from "@/lib/trajecten/history";
import { metActie, OVERGANG_VORM, ZOvergang } from "@/lib/trajecten/transition-input";
import { maakOvergang } from "@/lib/trajecten/transitions";

function overgangActie(actie: Actie) {
  return formAction({
    schema: ZOvergang,
    vorm: OVERGANG_VORM,
    lees: metActie(actie),
    run: (ctx, verzoek) => maakOvergang(ctx, verzoek),
    klaar: (verzoek) => naarTraject(verzoek.trajectId, actie),
  });
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
