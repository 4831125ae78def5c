// Runs before every page and action: gives the request its CSP nonce (Next.js adds it to its own
// scripts when it finds the policy on the request) and sets the security headers on the response.
import { NextResponse, type NextRequest } from "next/server";
import { MAX_BODY_BYTES } from "./lib/aanmelding/opp-limits";
import { databaseDown, NIET_BESCHIKBAAR } from "./lib/db/availability";
import { isFromApp, isHttps } from "./lib/http/deployment";
import { securityHeaders } from "./lib/http/security-headers";

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tijdelijk niet beschikbaar · Toptrajecten</title></head>
<body><main><h1>Tijdelijk niet beschikbaar</h1><p>${NIET_BESCHIKBAAR}</p><p>Er is niets verloren gegaan van wat al was opgeslagen.</p></main></body></html>`;

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders({ nonce, https: isHttps(), development: process.env.NODE_ENV === "development" });

  // Every POST writes (a server action, with or without its Next-Action header, or a sign-in):
  // it must come from a page of this app's public origin. Browsers send Origin on every POST;
  // a forwarded host has no say in it. Next.js checks too, but answers a mismatch with a 500.
  if (request.method === "POST" && !isFromApp(request.headers.get("origin"))) {
    return new NextResponse("Verzoek geweigerd: het komt niet van deze website.", { status: 403, headers });
  }
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return new NextResponse(`Verzoek geweigerd: groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB.`, { status: 413, headers });
  }

  // While the database is gone every page says so, in Dutch, instead of an error; the health
  // check answers for itself.
  if (databaseDown() && request.nextUrl.pathname !== "/api/health") {
    return new NextResponse(UNAVAILABLE_PAGE, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Retry-After": "60" } });
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files carry no data and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
