// The secret of an account link, derived from its row's id with AUTH_SECRET (HMAC-SHA256). The
// database keeps only the SHA-256 of that secret, and the outbox keeps a placeholder naming the
// row, which the mail job turns into the link when it sends. So neither a copy of the database
// nor the functioneel beheerder's view of the outbox holds a link that opens an account.
import { createHash, createHmac } from "node:crypto";

const PLACEHOLDER = /\{\{accountlink:([A-Za-z0-9-]{1,64})\}\}/g;

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: it is needed for account links.");
  return value;
}

export function tokenFor(tokenId: string): string {
  return createHmac("sha256", secret()).update(`account-token:${tokenId}`).digest("base64url");
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** What a template puts where the link goes. */
export const linkPlaceholder = (tokenId: string): string => `{{accountlink:${tokenId}}}`;

/** The text with each placeholder replaced by the link, built by `link` from the secret. */
export function expandLinks(text: string, link: (token: string) => string): string {
  return text.replace(PLACEHOLDER, (_match, id: string) => link(tokenFor(id)));
}
