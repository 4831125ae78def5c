// Where the app is reached and what stands in front of it, from the environment, never from a
// request: APP_URL is the public origin (links, cookies, HSTS, the origin a form must come from);
// TRUSTED_PROXY_HOPS says how many reverse proxies add to X-Forwarded-For. Pure, so it is
// tested directly; the server (scripts/server.ts) applies it to every request.

/** The header the server sets on every request to the client's address; whatever a client sends under it is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-toptrajecten-client";

/** The header the server sets on every request to its id (log lines, the error page's foutcode). */
export const REQUEST_ID_HEADER = "x-request-id";

/** The public origin, e.g. `https://toptrajecten.swvadam.nl`; locally `http://localhost:<PORT>`. */
export function appUrl(env: Record<string, string | undefined> = process.env): URL {
  const raw = env.APP_URL || `http://localhost:${env.PORT || 3000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`APP_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`APP_URL must start with https:// (or http:// locally): ${raw}`);
  return new URL(url.origin);
}

export const isHttps = (env: Record<string, string | undefined> = process.env): boolean => appUrl(env).protocol === "https:";

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS ?? "0";
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10: ${raw}`);
  return hops;
}

/**
 * The client's address. The chain is X-Forwarded-For followed by the peer that connected to us;
 * each trusted proxy appended the address it saw, so the client is `hops` entries from the end.
 * Entries further left are whatever the client wrote and are never believed.
 */
export function clientAddress(forwardedFor: string | null | undefined, peer: string | null | undefined, hops: number): string | null {
  const chain = [...(forwardedFor ?? "").split(","), peer ?? ""].map((entry) => entry.trim()).filter(Boolean);
  if (!peer) return null;
  const address = chain[Math.max(0, chain.length - 1 - hops)] ?? null;
  // IPv4 peers arrive as IPv4-mapped IPv6 addresses on a dual-stack socket.
  return address?.startsWith("::ffff:") ? address.slice(7) : address;
}

/** Whether a form post or server action comes from a page of this app: its Origin is APP_URL's. */
export function isFromApp(origin: string | null, env: Record<string, string | undefined> = process.env): boolean {
  return origin !== null && origin === appUrl(env).origin;
}

/**
 * A request's path as the log may hold it: no query string (a search may hold a name) and no
 * secret path segment (an exit questionnaire's or a consent link's token, a calendar feed's address), so a
 * log line opens nothing.
 */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] || "/";
  return path
    .replace(/^\/exit\/(?!bedankt(?:\/|$))[^/]+/, "/exit/[token]")
    .replace(/^\/toestemming\/[^/]+/, "/toestemming/[token]")
    .replace(/^\/agenda\/[^/]+/, "/agenda/[sleutel]");
}
