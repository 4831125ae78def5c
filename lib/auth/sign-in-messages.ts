// What the sign-in form says. One message for every failed sign-in: it must not tell which part
// was wrong. The two about the code tell the form to show the code field.
export const GENERIC_FAILURE = "Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.";
export const TOTP_REQUIRED = "Vul ook de code uit uw authenticator-app in.";
export const TOTP_INVALID = "De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.";
export const RATE_LIMITED = "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw, of vraag de functioneel beheerder om hulp.";

export const VRAAGT_CODE: readonly string[] = [TOTP_REQUIRED, TOTP_INVALID];
