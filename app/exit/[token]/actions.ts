"use server";

// The exit questionnaire's answer, sent through its single-use link without an account.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { submitExit, ZExitAntwoord } from "@/lib/exit/questionnaire";
import { ingevuld, ongeldig, type FormState } from "@/lib/http/form";
import { clientIp } from "@/lib/request";
import { veldFouten } from "@/lib/trajecten/transition-input";
import { OvergangGeweigerd } from "@/lib/trajecten/workflow";

export async function submitExitAction(_previous: FormState, form: FormData): Promise<FormState> {
  const waarden = ingevuld(form);
  const parsed = ZExitAntwoord.safeParse(waarden);
  if (!parsed.success) return ongeldig(veldFouten(parsed.error), waarden);
  try {
    await submitExit(parsed.data, clientIp(await headers()));
  } catch (error) {
    if (!(error instanceof OvergangGeweigerd)) throw error;
    return { melding: error.message };
  }
  redirect("/exit/bedankt");
}
