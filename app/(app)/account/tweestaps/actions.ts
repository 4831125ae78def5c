"use server";

// The signed-in user's own second factor. Reachable before it is set up: that is its purpose.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { confirmSecondFactor, InvalidCodeError, removeSecondFactor, RequiredSecondFactorError, startSecondFactor } from "@/lib/auth/second-factor";

const PAGE = "/account/tweestaps";
const ZCode = z.object({ code: z.string({ error: "Vul de code in." }).trim().regex(/^\d{6}$/, "Vul de zes cijfers uit uw app in.") });

export interface CodeState {
  fout?: string;
}

export async function startTotpAction(): Promise<void> {
  await startSecondFactor(await requireContext({ withoutSecondFactor: true }));
  revalidatePath(PAGE);
}

async function withCode(form: FormData, work: (code: string) => Promise<void>): Promise<CodeState> {
  const parsed = ZCode.safeParse({ code: form.get("code") ?? undefined });
  if (!parsed.success) return { fout: parsed.error.issues[0]!.message };
  try {
    await work(parsed.data.code);
  } catch (error) {
    if (error instanceof InvalidCodeError) return { fout: "Deze code klopt niet of is al gebruikt. Wacht op de volgende code." };
    if (error instanceof RequiredSecondFactorError) return { fout: "Voor uw rol is tweestapsverificatie verplicht; u kunt haar niet uitzetten." };
    throw error;
  }
  revalidatePath(PAGE);
  return {};
}

export async function confirmTotpAction(_previous: CodeState, form: FormData): Promise<CodeState> {
  const ctx = await requireContext({ withoutSecondFactor: true });
  return withCode(form, (code) => confirmSecondFactor(ctx, code));
}

export async function removeTotpAction(_previous: CodeState, form: FormData): Promise<CodeState> {
  const ctx = await requireContext({ withoutSecondFactor: true });
  return withCode(form, (code) => removeSecondFactor(ctx, code));
}
