"use server";

import { redirect } from "next/navigation";
import { vraagAdvies, ZAdviesVraag } from "@/lib/aanmelding/advies";
import { requireContext } from "@/lib/auth/current-actor";
import { geweigerd, ingevuld, ongeldig, type FormState } from "@/lib/http/form";
import { ForbiddenError } from "@/lib/authz";
import { veldFouten } from "@/lib/trajecten/transition-input";
import { OvergangGeweigerd } from "@/lib/trajecten/workflow";

export async function vraagAdviesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const waarden = ingevuld(form);
  const parsed = ZAdviesVraag.safeParse(waarden);
  if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
  let id: string;
  try {
    id = await vraagAdvies(await requireContext(), parsed.data);
  } catch (error) {
    if (error instanceof ForbiddenError) return { melding: "Alleen een zorgcoördinator van een school kan advies vragen." };
    if (error instanceof OvergangGeweigerd) return geweigerd(error, waarden);
    throw error;
  }
  redirect(`/trajecten/${encodeURIComponent(id)}?vastgelegd=ADVIES_GEVRAAGD`);
}
