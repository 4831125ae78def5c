"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";

export interface SignInState {
  error?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
}

const ZSignIn = z.object({
  email: z.string().trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in."),
  password: z.string().min(1, "Vul uw wachtwoord in."),
});

// One message for every failed sign-in: it must not tell which part was wrong.
const GENERIC_FAILURE = "Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = ZSignIn.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return { email, fieldErrors: { email: errors.email?.[0], password: errors.password?.[0] } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) return { email, error: GENERIC_FAILURE };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
