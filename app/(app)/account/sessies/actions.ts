"use server";

import { z } from "zod";
import { endOtherSessions } from "@/lib/auth/sessions";
import { formAction } from "@/lib/http/action";

export const endOtherSessionsAction = formAction({
  schema: z.object({}),
  run: (ctx) => endOtherSessions(ctx),
  klaar: () => ({ naar: "/account/sessies?afgemeld=1" }),
});
