"use server";

import { z } from "zod";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { retryMail } from "@/lib/mail/outbox";

export const retryMailAction = formAction({
  schema: z.object({ mailId: zId }),
  run: (ctx, input) => retryMail(ctx, input.mailId),
  klaar: () => ({ vernieuw: "/beheer/e-mail" }),
});
