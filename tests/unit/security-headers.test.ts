import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isSameOrigin, securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
  it("send HSTS and upgrade requests only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", https: false, development: false })["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ nonce: "n", https: true, development: false });
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
  it("accept an action only from the same host", () => {
    expect(isSameOrigin("https://toptrajecten.example", "toptrajecten.example")).toBe(true);
    expect(isSameOrigin("http://localhost:3210", "localhost:3210")).toBe(true);
    expect(isSameOrigin("https://kwaadwillend.example", "toptrajecten.example")).toBe(false);
    expect(isSameOrigin("https://toptrajecten.example.kwaadwillend.example", "toptrajecten.example")).toBe(false);
    expect(isSameOrigin("null", "toptrajecten.example")).toBe(false);
    expect(isSameOrigin(null, "toptrajecten.example")).toBe(false);
  });
});
