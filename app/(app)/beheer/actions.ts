"use server";

import { z } from "zod";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { setUserActive } from "@/lib/users/manage-users";

const ZSetActive = z.object({ userId: zId, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setUserActiveAction = formAction({
  schema: ZSetActive,
  run: (ctx, input) => setUserActive(ctx, input.userId, input.active),
  klaar: () => ({ vernieuw: "/beheer" }),
});
