// The numbers the password pages state and the server applies; no server code, so forms import them too.
export const MIN_WACHTWOORD = 12;
/** How long an invitation's link works. */
export const UITNODIGING_DAGEN = 7;
/** How long a "Wachtwoord vergeten?" link works. */
export const HERSTEL_UREN = 2;
