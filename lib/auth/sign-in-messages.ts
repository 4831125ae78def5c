// What the sign-in form says. One message for every failed sign-in: it must not tell which part
// was wrong. The two about the code tell the form to show the code field.
export const GENERIC_FAILURE = "Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.";
export const TOTP_REQUIRED = "Vul ook de code uit uw authenticator-app in.";
export const TOTP_INVALID = "De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.";

/** After several failures: how long to wait, rounded up to what a person reads. */
export function rateLimited(waitSeconds: number): string {
  const wacht = waitSeconds < 60 ? `${Math.max(1, waitSeconds)} ${waitSeconds === 1 ? "seconde" : "seconden"}` : `${Math.ceil(waitSeconds / 60)} ${waitSeconds <= 60 ? "minuut" : "minuten"}`;
  return `Te veel mislukte pogingen. Wacht ${wacht} en probeer het dan opnieuw, of vraag de functioneel beheerder om hulp.`;
}

export const VRAAGT_CODE: readonly string[] = [TOTP_REQUIRED, TOTP_INVALID];

/** Why single sign-on was refused (the `sso` parameter on the sign-in page). */
export const SSO_GEWEIGERD: Record<string, string> = {
  onbekend: "Er is geen actief account in Toptrajecten voor dit e-mailadres. Vraag de functioneel beheerder van het samenwerkingsverband om een account.",
  "geen-adres": "Uw organisatie gaf geen bevestigd e-mailadres door. Meld u aan met uw e-mailadres en wachtwoord, of vraag de functioneel beheerder om hulp.",
  tenant: "Dit Microsoft-account hoort niet bij een organisatie die in Toptrajecten mag aanmelden.",
};
