"use server";

import { z } from "zod";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { createAccount, ZAccountVelden } from "@/lib/users/accounts";
import { setUserActive, updateAccount } from "@/lib/users/manage-users";

const ZSetActive = z.object({ userId: zId, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setUserActiveAction = formAction({
  schema: ZSetActive,
  run: (ctx, input) => setUserActive(ctx, input.userId, input.active),
  klaar: () => ({ vernieuw: "/beheer" }),
});

// Under Beheer no password is given: the new user chooses it through the invitation.
export const createAccountAction = formAction({
  schema: ZAccountVelden,
  run: (ctx, input) => createAccount(input, ctx),
  klaar: () => ({ naar: "/beheer?uitgenodigd=1" }),
});

const ZAccountWijziging = ZAccountVelden.omit({ email: true }).extend({ userId: zId, stand: z.string().max(64) });

export const updateAccountAction = formAction({
  schema: ZAccountWijziging,
  run: (ctx, input) => updateAccount(ctx, input),
  klaar: () => ({ naar: "/beheer?gewijzigd=1" }),
});
