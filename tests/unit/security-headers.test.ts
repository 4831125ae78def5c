import { describe, expect, it } from "vitest";
import { appUrl, clientAddress, isFromApp, isHttps, loggedPath, trustedProxyHops } from "@/lib/http/deployment";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

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
  it("accept a post only from the public origin, whatever host a proxy forwards", () => {
    const env = { APP_URL: "https://toptrajecten.example" };
    expect(isFromApp("https://toptrajecten.example", env)).toBe(true);
    expect(isFromApp("http://toptrajecten.example", env)).toBe(false);
    expect(isFromApp("https://kwaadwillend.example", env)).toBe(false);
    expect(isFromApp("https://toptrajecten.example.kwaadwillend.example", env)).toBe(false);
    expect(isFromApp("null", env)).toBe(false);
    expect(isFromApp(null, env)).toBe(false);
    expect(isFromApp("http://localhost:3210", { PORT: "3210" })).toBe(true);
  });
});

describe("deployment settings", () => {
  it("take the public origin from APP_URL, and https from it alone", () => {
    expect(appUrl({ APP_URL: "https://toptrajecten.example/pad/" }).href).toBe("https://toptrajecten.example/");
    expect(appUrl({ PORT: "4000" }).href).toBe("http://localhost:4000/");
    expect(isHttps({ APP_URL: "https://toptrajecten.example" })).toBe(true);
    expect(isHttps({})).toBe(false);
    expect(() => appUrl({ APP_URL: "ftp://x" })).toThrow(/https/);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: "een" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(trustedProxyHops({})).toBe(0);
  });

  it("take the client's address from the socket and the trusted hops of X-Forwarded-For, never the leftmost entry", () => {
    // No proxy trusted: forty different forged headers are one address, the peer's.
    const seen = new Set(Array.from({ length: 40 }, (_, i) => clientAddress(`198.51.100.${i}`, "::ffff:203.0.113.9", 0)));
    expect([...seen]).toEqual(["203.0.113.9"]);
    // One proxy: the entry it appended; what the client put before it is ignored.
    expect(clientAddress("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
    // More hops configured than present: the furthest address there is.
    expect(clientAddress(null, "10.0.0.2", 2)).toBe("10.0.0.2");
    expect(clientAddress("1.2.3.4", null, 0)).toBeNull();
  });
});

describe("the path in a log line", () => {
  it("drops the query and the exit questionnaire's token, and keeps the rest", () => {
    expect(loggedPath("/cijfers?school=Het%20Noorderlicht")).toBe("/cijfers");
    expect(loggedPath("/exit/Zx9-geheim_token")).toBe("/exit/[token]");
    expect(loggedPath("/exit/Zx9-geheim_token?x=1")).toBe("/exit/[token]");
    expect(loggedPath("/toestemming/Zx9-geheim_token?klaar=1")).toBe("/toestemming/[token]");
    expect(loggedPath("/exit/bedankt")).toBe("/exit/bedankt");
    expect(loggedPath("/agenda/Zx9-geheime_sleutel.ics")).toBe("/agenda/[sleutel]");
    expect(loggedPath("/trajecten/t1")).toBe("/trajecten/t1");
    expect(loggedPath(undefined)).toBe("/");
  });
});
