"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/authz";
import { setUserActive, UserNotFoundError } from "@/lib/users/manage-users";

const ZSetActive = z.object({ userId: z.string().min(1).max(64), active: z.enum(["true", "false"]) });

export interface SetActiveState {
  error?: string;
}

export async function setUserActiveAction(_previous: SetActiveState, formData: FormData): Promise<SetActiveState> {
  const parsed = ZSetActive.safeParse({ userId: formData.get("userId"), active: formData.get("active") });
  if (!parsed.success) return { error: "Ongeldige invoer." };
  const ctx = await requireContext();
  try {
    await setUserActive(ctx, parsed.data.userId, parsed.data.active === "true");
  } catch (error) {
    if (error instanceof ForbiddenError) return { error: "U mag accounts niet beheren." };
    if (error instanceof UserNotFoundError) return { error: "Dit account bestaat niet (meer)." };
    throw error;
  }
  revalidatePath("/beheer");
  return {};
}
