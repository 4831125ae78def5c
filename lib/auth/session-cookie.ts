// The session id in Auth.js's session cookie, read without running Auth.js's session handler on
// every request. That handler (what `auth()` does) decrypts the cookie, runs the callbacks and
// encrypts a renewed cookie that a page cannot even set: about 2.4 ms of CPU per request, most
// of it key derivation. The cookie only carries the id of a server-side AuthSession row, which
// current-actor.ts checks on every request; so a cookie once decrypted is remembered by its text
// until it expires, and the row stays the one thing that decides whether the session is live.
import { decode, getToken } from "next-auth/jwt";
import { isHttps } from "../http/deployment";

/** Auth.js's own name for the cookie (and the salt of its key). */
export function sessionCookieName(secure = isHttps()): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

interface Decoded {
  sid: string | null;
  /** The secret it was decrypted with: a cookie counts only under the secret that made it. */
  secret: string;
  /** Epoch milliseconds after which the cookie no longer counts. */
  expires: number;
}

// Bounded: one entry per signed-in browser; the oldest go first.
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, Decoded>();

/**
 * The `sid` of the session cookie in `cookieHeader`, or null when there is none, it does not
 * decrypt with `secret`, or it has expired. A cookie split into chunks is joined as Auth.js does.
 */
export async function sessionIdFromCookies(cookieHeader: string | null, secret: string | undefined, now = Date.now(), secure = isHttps()): Promise<string | null> {
  if (!cookieHeader || !secret) return null;
  const salt = sessionCookieName(secure);
  // Only the cookie: Auth.js's session handler ignores an Authorization header, and so does this.
  const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secureCookie: secure, cookieName: salt, raw: true });
  if (!token) return null;
  const key = `${salt}\n${token}`;
  let decoded = remembered.get(key);
  if (decoded?.secret !== secret) {
    // An invalid, tampered or expired cookie is a signed-out visitor, as it is for Auth.js.
    const payload = await decode({ token, secret, salt }).catch(() => null);
    if (!payload) return null;
    decoded = { secret, sid: typeof payload.sid === "string" ? payload.sid : null, expires: typeof payload.exp === "number" ? payload.exp * 1000 : 0 };
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, decoded);
  }
  if (decoded.expires <= now) {
    remembered.delete(key);
    return null;
  }
  return decoded.sid;
}
