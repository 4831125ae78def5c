// The secret of a link by e-mail (an account link, a consent link), derived from its row's id with
// AUTH_SECRET (HMAC-SHA256). The database keeps only the SHA-256 of that secret, and the outbox
// keeps a placeholder naming the row, which the mail job turns into the link when it sends. So
// neither a copy of the database nor the functioneel beheerder's view of the outbox holds a link
// that opens an account or gives consent.
import { createHash, createHmac } from "node:crypto";

/** The kinds of link: the label their secret is derived under, and the page it opens. */
const SOORTEN = {
  accountlink: { label: "account-token", pad: (token: string) => `/wachtwoord?token=${token}` },
  toestemminglink: { label: "toestemming-link", pad: (token: string) => `/toestemming/${token}` },
} as const;

export type LinkSoort = keyof typeof SOORTEN;

const PLACEHOLDER = /\{\{(accountlink|toestemminglink):([A-Za-z0-9-]{1,64})\}\}/g;

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: it is needed for links by e-mail.");
  return value;
}

export function tokenFor(tokenId: string, soort: LinkSoort = "accountlink"): string {
  return createHmac("sha256", secret()).update(`${SOORTEN[soort].label}:${tokenId}`).digest("base64url");
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** A keyed hash of an e-mail address: it tells whether a later address is the same, and cannot be reversed by trying addresses without AUTH_SECRET. */
export const hashAdres = (adres: string): string => createHmac("sha256", secret()).update(`adres:${adres.trim().toLowerCase()}`).digest("hex");

/** What a template puts where the link goes. */
export const linkPlaceholder = (tokenId: string, soort: LinkSoort = "accountlink"): string => `{{${soort}:${tokenId}}}`;

/** The text with each placeholder replaced by its link on `origin`. */
export function expandLinks(text: string, origin: string): string {
  return text.replace(PLACEHOLDER, (_match, soort: LinkSoort, id: string) => new URL(SOORTEN[soort].pad(tokenFor(id, soort)), origin).href);
}
