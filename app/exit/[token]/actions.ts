"use server";

// The exit questionnaire's answer, sent through its single-use link without an account.
import { submitExit, ZExitAntwoord } from "@/lib/exit/questionnaire";
import { publicFormAction } from "@/lib/http/action";

export const submitExitAction = publicFormAction({
  schema: ZExitAntwoord,
  run: (ctx, input) => submitExit(input, ctx.ip),
  klaar: () => ({ naar: "/exit/bedankt" }),
});
