"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";

export interface SignInState {
  error?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
  /** The account has a second factor: show the code field. */
  needsCode?: boolean;
}

const ZSignIn = z.object({
  email: z.string().trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in."),
  password: z.string().min(1, "Vul uw wachtwoord in."),
  code: z.string().trim().max(12).optional(),
});

// One message for every failed sign-in: it must not tell which part was wrong.
const GENERIC_FAILURE = "Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.";
const TOTP_REQUIRED = "Vul ook de code uit uw authenticator-app in.";
const TOTP_INVALID = "De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.";
const RATE_LIMITED = "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw, of vraag de functioneel beheerder om hulp.";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = ZSignIn.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    code: formData.get("code") ?? undefined,
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return { email, fieldErrors: { email: errors.email?.[0], password: errors.password?.[0] } };
  }
  try {
    // Auth.js posts these as a form: an absent code must be left out, not sent as "undefined".
    const { code, ...credentials } = parsed.data;
    await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirectTo: "/" });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") return { email, error: RATE_LIMITED };
    if (error instanceof CredentialsSignin && error.code === "totp_required") return { email, needsCode: true, error: TOTP_REQUIRED };
    if (error instanceof CredentialsSignin && error.code === "totp_invalid") return { email, needsCode: true, error: TOTP_INVALID };
    if (error instanceof AuthError) return { email, error: GENERIC_FAILURE };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
