"use server";

// The signed-in user's own second factor. Reachable before it is set up: that is its purpose.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { confirmSecondFactor, removeSecondFactor, startSecondFactor } from "@/lib/auth/second-factor";
import { formAction } from "@/lib/http/action";

const PAGE = "/account/tweestaps";
const ZCode = z.object({ code: z.string({ error: "Vul de code in." }).trim().regex(/^\d{6}$/, "Vul de zes cijfers uit uw app in.") });
const ZEERST = { withoutSecondFactor: true };

export async function startTotpAction(): Promise<void> {
  await startSecondFactor(await requireContext(ZEERST));
  revalidatePath(PAGE);
}

export const confirmTotpAction = formAction({ schema: ZCode, run: (ctx, { code }) => confirmSecondFactor(ctx, code), klaar: () => ({ vernieuw: PAGE }) }, ZEERST);

export const removeTotpAction = formAction({ schema: ZCode, run: (ctx, { code }) => removeSecondFactor(ctx, code), klaar: () => ({ vernieuw: PAGE }) }, ZEERST);
