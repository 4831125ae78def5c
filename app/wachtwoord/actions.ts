"use server";

// Choosing a password through an invitation or "Wachtwoord vergeten?" link, without an account.
import { z } from "zod";
import { publicFormAction } from "@/lib/http/action";
import { setPasswordWithLink } from "@/lib/users/passwords";

const ZNieuwWachtwoord = z
  .object({
    token: z.string().max(100),
    password: z.string({ error: "Kies een wachtwoord." }).min(1, "Kies een wachtwoord.").max(200, "Gebruik hoogstens 200 tekens."),
    herhaal: z.string({ error: "Typ het wachtwoord nog een keer." }),
  })
  .refine((v) => v.password === v.herhaal, { path: ["herhaal"], message: "De twee wachtwoorden zijn niet gelijk." });

export const setPasswordAction = publicFormAction({
  schema: ZNieuwWachtwoord,
  vertrouwelijk: ["password", "herhaal"],
  run: (ctx, input) => setPasswordWithLink(input.token, input.password, ctx.ip),
  klaar: () => ({ naar: "/login?wachtwoord=gekozen" }),
});
