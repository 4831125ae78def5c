"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireContext } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/authz";
import { amsterdamDay } from "@/lib/calendar";
import { anonymiseStudent, OpenTrajectError, StudentNotFoundError } from "@/lib/privacy/students";

const ZAnonymise = z.object({
  studentId: z.string().trim().min(1).max(64),
  bevestigd: z.literal("ja", { error: "Bevestig dat u de gegevens van deze leerling wilt verwijderen." }),
});

export interface AnonymiseState {
  fouten?: { bevestigd?: string };
  melding?: string;
}

export async function anonymiseStudentAction(_previous: AnonymiseState, form: FormData): Promise<AnonymiseState> {
  const parsed = ZAnonymise.safeParse({ studentId: form.get("studentId"), bevestigd: form.get("bevestigd") });
  if (!parsed.success) {
    const fout = parsed.error.issues.find((issue) => issue.path[0] === "bevestigd")?.message;
    return fout ? { fouten: { bevestigd: fout } } : { melding: "Ongeldig verzoek." };
  }
  const ctx = await requireContext();
  try {
    await anonymiseStudent(ctx, parsed.data.studentId, amsterdamDay());
  } catch (error) {
    if (error instanceof ForbiddenError) return { melding: "Alleen de functioneel beheerder mag leerlinggegevens verwijderen." };
    if (error instanceof StudentNotFoundError) return { melding: "Deze leerling bestaat niet (meer)." };
    if (error instanceof OpenTrajectError) return { melding: "Deze leerling heeft een lopend traject. Dat moet eerst worden afgesloten." };
    throw error;
  }
  const path = `/beheer/privacy/${encodeURIComponent(parsed.data.studentId)}`;
  revalidatePath(path);
  redirect(`${path}?verwijderd=1`);
}
