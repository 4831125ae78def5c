"use server";

import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { changeOwnPassword } from "@/lib/users/passwords";

const ZWijzig = z
  .object({
    huidig: z.string({ error: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.").max(200),
    nieuw: z.string({ error: "Kies een nieuw wachtwoord." }).min(1, "Kies een nieuw wachtwoord.").max(200, "Gebruik hoogstens 200 tekens."),
    herhaal: z.string({ error: "Typ het nieuwe wachtwoord nog een keer." }),
  })
  .refine((v) => v.nieuw === v.herhaal, { path: ["herhaal"], message: "De twee nieuwe wachtwoorden zijn niet gelijk." });

export const changePasswordAction = formAction({
  schema: ZWijzig,
  vertrouwelijk: ["huidig", "nieuw", "herhaal"],
  run: (ctx, input) => changeOwnPassword(ctx, input.huidig, input.nieuw),
  klaar: () => ({ naar: "/account/wachtwoord?gewijzigd=1" }),
});
