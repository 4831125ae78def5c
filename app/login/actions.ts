"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";
import { RATE_LIMITED_CODE, type RateLimitedSignIn } from "@/lib/auth/sign-in";
import { GENERIC_FAILURE, rateLimited, TOTP_INVALID, TOTP_REQUIRED } from "@/lib/auth/sign-in-messages";
import { NIET_BESCHIKBAAR } from "@/lib/db/availability";
import { AppError } from "@/lib/errors";
import { publicFormAction } from "@/lib/http/action";
import { pendingCodeSession } from "@/lib/auth/current-actor";
import { confirmPendingCode } from "@/lib/auth/pending-code";
import { ssoProvidersFromEnv } from "@/lib/auth/sso";

const ZSignIn = z.object({
  email: z.string({ error: "Vul uw e-mailadres in." }).trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in."),
  password: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in."),
  code: z.string().trim().max(12).optional(),
});

const REFUSAL: Record<string, string> = { totp_required: TOTP_REQUIRED, totp_invalid: TOTP_INVALID, unavailable: NIET_BESCHIKBAAR };

export const signInAction = publicFormAction({
  schema: ZSignIn,
  vertrouwelijk: ["password", "code"],
  async run(_ctx, { code, ...credentials }) {
    try {
      // Auth.js posts these as a form: an absent code must be left out, not sent as "undefined".
      await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirectTo: "/" });
    } catch (error) {
      // By its code, not instanceof: the framework may load the class in more than one bundle.
      if (error instanceof CredentialsSignin && error.code === RATE_LIMITED_CODE) throw new AppError("VOORWAARDE", rateLimited((error as RateLimitedSignIn).waitSeconds ?? 900));
      if (error instanceof CredentialsSignin && error.code in REFUSAL) throw new AppError("VOORWAARDE", REFUSAL[error.code]!);
      if (error instanceof AuthError) throw new AppError("VOORWAARDE", GENERIC_FAILURE);
      throw error; // the redirect after a successful sign-in
    }
  },
  klaar: () => ({}),
});

const ZSso = z.object({ provider: z.string().max(80) });

/** Single sign-on: to the identity provider, and back through Auth.js's callback. */
export const ssoSignInAction = publicFormAction({
  schema: ZSso,
  async run(_ctx, { provider }) {
    if (!ssoProvidersFromEnv().some((p) => p.id === provider)) throw new AppError("NIET_GEVONDEN", "Deze manier van aanmelden is niet ingesteld.");
    await signIn(provider, { redirectTo: "/" });
  },
  klaar: () => ({}),
});

const ZCode = z.object({ code: z.string({ error: "Vul de code in." }).trim().regex(/^\d{6}$/, "Vul de zes cijfers uit uw authenticator-app in.") });

/** The app's own code after single sign-on without MFA. */
export const pendingCodeAction = publicFormAction({
  schema: ZCode,
  async run(ctx, { code }) {
    const sid = await pendingCodeSession();
    if (!sid) throw new AppError("NIET_GEVONDEN", "Meld u opnieuw aan.");
    await confirmPendingCode(sid, code, ctx.ip);
  },
  klaar: () => ({ naar: "/" }),
});
