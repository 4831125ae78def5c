"use server";

// Consent through a link, without an account: the answer, and a later withdrawal.
import { beantwoordToestemming, trekToestemmingInViaLink, ZToestemmingAntwoord, ZToestemmingIntrekken } from "@/lib/aanmelding/consent-link";
import { publicFormAction } from "@/lib/http/action";

const terug = (token: string, klaar: string) => ({ naar: `/toestemming/${encodeURIComponent(token)}?klaar=${klaar}` });

export const answerConsentAction = publicFormAction({
  schema: ZToestemmingAntwoord,
  run: (ctx, input) => beantwoordToestemming(input, ctx.ip),
  klaar: (input, antwoord) => terug(input.token, antwoord === "GEGEVEN" ? "gegeven" : "geweigerd"),
});

export const withdrawConsentByLinkAction = publicFormAction({
  schema: ZToestemmingIntrekken,
  run: (ctx, input) => trekToestemmingInViaLink(input, ctx.ip),
  klaar: (input) => terug(input.token, "ingetrokken"),
});
