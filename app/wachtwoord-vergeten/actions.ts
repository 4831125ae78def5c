"use server";

import { z } from "zod";
import { publicFormAction } from "@/lib/http/action";
import { requestPasswordReset } from "@/lib/users/passwords";

const ZVergeten = z.object({
  email: z.string({ error: "Vul uw e-mailadres in." }).trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in.").max(254),
});

export const requestResetAction = publicFormAction({
  schema: ZVergeten,
  run: (ctx, input) => requestPasswordReset(input.email, ctx.ip),
  // The same answer whether the address exists or not.
  klaar: () => ({ naar: "/wachtwoord-vergeten?verstuurd=1" }),
});
