// The client's address, for the audit log. Behind a reverse proxy, the proxy's X-Forwarded-For
// is trusted: run the app only behind one that sets it (see README).
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim();
  return headers.get("x-real-ip");
}
