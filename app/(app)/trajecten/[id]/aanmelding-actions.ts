"use server";

// The school's part of the aanmelding in a traject: consent and naming the student. Thin, like
// the transition actions: parse, take the signed-in user, and let lib/aanmelding do the rest.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { linkStudent, recordConsent, withdrawConsent, ZIntrekking, ZLeerling, ZToestemming } from "@/lib/aanmelding/consent";
import { assignTeam, ZToewijzing } from "@/lib/aanmelding/assignment";
import { answerInformation, askInformation, ZAntwoord, ZVraag } from "@/lib/aanmelding/dossiercheck";
import { uploadOpp, ZOppUpload } from "@/lib/aanmelding/opp";
import { requireContext } from "@/lib/auth/current-actor";
import { geweigerd, ingevuld, ongeldig, type FormState } from "@/lib/http/form";
import { veldFouten } from "@/lib/trajecten/transition-input";
import type { QueryContext } from "@/lib/trajecten/queries";
import { OvergangGeweigerd } from "@/lib/trajecten/workflow";

function dossierActie<S extends z.ZodType<{ trajectId: string }>>(schema: S, run: (ctx: QueryContext, input: z.infer<S>) => Promise<void>, klaar: string) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const waarden = ingevuld(form);
    const parsed = schema.safeParse(waarden);
    if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
    try {
      await run(await requireContext(), parsed.data);
    } catch (error) {
      if (!(error instanceof OvergangGeweigerd)) throw error;
      return geweigerd(error, waarden);
    }
    const path = `/trajecten/${encodeURIComponent(parsed.data.trajectId)}`;
    revalidatePath(path);
    redirect(`${path}?vastgelegd=${klaar}`);
  };
}

export const recordConsentAction = dossierActie(ZToestemming, recordConsent, "TOESTEMMING_VASTGELEGD");
export const withdrawConsentAction = dossierActie(ZIntrekking, withdrawConsent, "TOESTEMMING_INGETROKKEN");
export const linkStudentAction = dossierActie(ZLeerling, linkStudent, "LEERLING_GEKOPPELD");
export const askInformationAction = dossierActie(ZVraag, askInformation, "INFORMATIE_GEVRAAGD");
export const answerInformationAction = dossierActie(ZAntwoord, answerInformation, "INFORMATIE_GEGEVEN");
export const assignTeamAction = dossierActie(ZToewijzing, assignTeam, "TEAM_TOEGEWEZEN");

/** The OPP as a file: the form's text fields parse like the others; the file is checked in lib. */
export async function uploadOppAction(_previous: FormState, form: FormData): Promise<FormState> {
  const waarden = ingevuld(form);
  const parsed = ZOppUpload.safeParse(waarden);
  if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
  const file = form.get("bestand");
  const bestand = file instanceof File && file.size > 0 ? { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  try {
    await uploadOpp(await requireContext(), parsed.data, bestand);
  } catch (error) {
    if (!(error instanceof OvergangGeweigerd)) throw error;
    return geweigerd(error, waarden);
  }
  const path = `/trajecten/${encodeURIComponent(parsed.data.trajectId)}`;
  revalidatePath(path);
  redirect(`${path}?vastgelegd=OPP_TOEGEVOEGD`);
}
