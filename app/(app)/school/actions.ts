"use server";

import { vraagAdvies, ZAdviesVraag } from "@/lib/aanmelding/advies";
import { formAction, naarTraject } from "@/lib/http/action";
import { OPENING } from "@/lib/trajecten/history";

export const vraagAdviesAction = formAction({
  schema: ZAdviesVraag,
  run: (ctx, input) => vraagAdvies(ctx, input),
  klaar: (_input, id) => naarTraject(id, OPENING),
});
