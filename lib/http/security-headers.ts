// The HTTP headers every response carries (OWASP ASVS 5.0 level 2, chapter on HTTP security).
// Pure, so the policy is tested directly; proxy.ts sets them on every request.

export interface HeaderOptions {
  /** Fresh for every request; the only way an inline script may run. */
  nonce: string;
  /** The app's public origin (APP_URL) is HTTPS. */
  https: boolean;
  /** `next dev` evaluates code with eval for fast refresh; a production build never does. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, https, development }: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Every page but sign-in shows personal data about minors: no copy in any cache.
    "Cache-Control": "no-store",
    // Browsers ignore HSTS over plain HTTP, so it is only sent where it means something.
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
