"use server";

// Making the exit-questionnaire links at closure. Unlike other dossier writes this one does not
// redirect: the links are shown once, in the form's state, and are not stored in readable form.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireContext } from "@/lib/auth/current-actor";
import { createExitLinks, ZExitLinks } from "@/lib/exit/questionnaire";
import { geweigerd, ingevuld, type FormState } from "@/lib/http/form";
import type { ExitVoor } from "@/lib/generated/prisma/enums";
import { OvergangGeweigerd } from "@/lib/trajecten/workflow";

export interface ExitLinksState extends FormState {
  links?: { voor: ExitVoor; url: string }[];
}

export async function createExitLinksAction(_previous: ExitLinksState, form: FormData): Promise<ExitLinksState> {
  const waarden = ingevuld(form);
  const parsed = ZExitLinks.safeParse(waarden);
  if (!parsed.success) return { melding: "Herlaad de pagina en probeer het opnieuw." };
  try {
    const links = await createExitLinks(await requireContext(), parsed.data);
    const h = await headers();
    const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
    revalidatePath(`/trajecten/${encodeURIComponent(parsed.data.trajectId)}`);
    return { links: links.map(({ voor, token }) => ({ voor, url: `${origin}/exit/${token}` })) };
  } catch (error) {
    if (!(error instanceof OvergangGeweigerd)) throw error;
    return geweigerd(error, waarden);
  }
}
