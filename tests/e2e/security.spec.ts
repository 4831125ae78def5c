import { expect, test, type Page } from "@playwright/test";
import { pathOf, signIn } from "./support";
import type { AccountKey } from "./fixture/plan";

const PAGES_BY_ACCOUNT: [AccountKey, (string | (() => string))[]][] = [
  ["zcNoord", ["/school"]],
  ["oaNoord", ["/windstreek"]],
  ["gwNoord", ["/team", () => pathOf("eigenNoord"), "/trajecten/bestaat-niet"]],
  ["swv", ["/cijfers"]],
  ["beheer", ["/beheer"]],
  ["fg", ["/privacy"]],
];

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toContain("no-store");
}

/** Collects what the browser refuses under the CSP: a page that works must have none. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) seen.push(message.text());
  });
  return seen;
}

test("the sign-in page carries the security headers, and its scripts run under the CSP", async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto("/login");
  expectSecurityHeaders(response!.headers());
  // A fresh nonce for every request.
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(response!.headers()["content-security-policy"]);
  await signIn(page, "zcNoord");
  await expect(page).toHaveURL("/school");
  expect(violations).toEqual([]);
});

for (const [account, paths] of PAGES_BY_ACCOUNT) {
  test(`every page of ${account} carries the security headers`, async ({ page }) => {
    const violations = cspViolations(page);
    await signIn(page, account);
    await expect(page).not.toHaveURL(/login/);
    for (const path of paths) {
      const response = await page.goto(typeof path === "string" ? path : path());
      expectSecurityHeaders(response!.headers());
    }
    expect(violations).toEqual([]);
  });
}

/** Submits "Traject voortijdig stoppen" on `url` and returns the POST the browser made, which never reaches the server. */
async function capturedStop(page: Page, url: string, { javaScript = true } = {}): Promise<{ headers: Record<string, string>; body: Buffer }> {
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(`**${url}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { headers: await request.allHeaders(), body: request.postDataBuffer()! };
    return route.abort();
  });
  await page.locator("summary", { hasText: "Traject voortijdig stoppen" }).click();
  const form = page.locator("details[open]");
  await form.getByLabel("Reden van het stoppen").selectOption("TERUGGETROKKEN_SCHOOL");
  await form.getByRole("button", { name: "Traject voortijdig stoppen" }).click();
  // With JavaScript the step is asked once more, in a dialog; without, the form posts at once.
  if (javaScript) await form.getByRole("dialog").getByRole("button", { name: "Ja, traject stoppen" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(`**${url}`);
  return captured!;
}

test("a server action posted from a foreign origin is refused and changes nothing", async ({ page }) => {
  await signIn(page, "gwNoord");
  await expect(page).toHaveURL("/team");
  await page.goto(pathOf("intensiefNoord"));
  const fase = page.getByRole("definition").filter({ hasText: /^Intensief$/ });
  await expect(fase).toBeVisible();
  const url = new URL(page.url()).pathname;

  // Let the browser build a genuine action request, keep it from reaching the server, and
  // send it again as a foreign site would.
  const { headers, body } = await capturedStop(page, url);
  const forged = await page.request.post(url, {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: headers["accept"] ?? "text/x-component",
      origin: "https://kwaadwillend.example",
    },
    data: body,
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  await page.goto(url);
  await expect(fase).toBeVisible();
  await expect(page.getByText("Traject voortijdig gestopt")).toHaveCount(0);
});

test("a plain form post (no JavaScript) writes only with this site's Origin: not without one, not with a forged forwarded host", async ({ browser }) => {
  const signedIn = await (await browser.newContext()).newPage();
  await signIn(signedIn, "gwNoord");
  await expect(signedIn).toHaveURL("/team");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  const url = pathOf("stopNoord");
  await page.goto(url);

  // The browser submits the form itself, as it does without JavaScript: no Next-Action header.
  const { headers, body } = await capturedStop(page, url, { javaScript: false });
  expect(headers["next-action"]).toBeUndefined();

  const post = (extra: Record<string, string>) =>
    signedIn.request.post(url, { headers: { "content-type": headers["content-type"]!, ...extra }, data: body, maxRedirects: 0 });
  expect((await post({})).status()).toBe(403);
  expect((await post({ origin: "https://kwaadwillend.example", "x-forwarded-host": "kwaadwillend.example", "x-forwarded-proto": "https" })).status()).toBe(403);
  await signedIn.goto(url);
  await expect(signedIn.getByRole("definition").filter({ hasText: /^Intensief$/ })).toBeVisible();

  // The same post with this site's Origin is a genuine write: so the refusals above were the Origin's.
  expect((await post({ origin: new URL(signedIn.url()).origin })).status()).toBeLessThan(400);
  await signedIn.goto(url);
  await expect(signedIn.getByRole("definition").filter({ hasText: /^Voortijdig gestopt/ })).toBeVisible();
  await context.close();
  await signedIn.context().close();
});
