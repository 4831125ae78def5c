// Single sign-on through a real OpenID Connect provider (the npm package oidc-provider), started
// here, against the production build: an existing account gets in; an unknown address is refused
// with a Dutch message and an audit row; an account with the app's own second factor gives its code
// on /login/code when the provider did no MFA. There is no self-registration.
import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import Provider from "oidc-provider";
import { Secret, TOTP } from "otpauth";
import { addressKey } from "@/lib/auth/rate-limit";
import { seal } from "@/lib/auth/secret-box";
import { installDatabase } from "@/lib/db";
import { openDatabase, type Database } from "@/lib/db/connect";
import { createAccount } from "@/lib/users/accounts";
import { expectAccessible } from "../support/accessible";
import { startProductionServer, type ProductionServer } from "../support/production-server";

const appPort = 3315;
const app = `http://localhost:${appPort}`;
const issuer = "http://localhost:3320";
const secret = "sso-test-auth-secret-of-enough-length";
const email = "sso.gebruiker@school.test";
let idp: Server;
let server: ProductionServer | undefined;
let database: Database;

test.beforeAll(async () => {
  database = openDatabase({ kind: "postgres", url: process.env.INSTANCES_DATABASE_URL! });
  installDatabase(database);
  if (!(await database.prisma.user.findUnique({ where: { email } }))) await createAccount({ email, naam: "Sanne Sso", role: "SWV", password: "een-wachtwoord-dat-niemand-gebruikt-17" });

  const provider = new Provider(issuer, {
    clients: [{ client_id: "toptrajecten", client_secret: "idp-client-secret", redirect_uris: [`${app}/api/auth/callback/oidc`], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims in the ID token itself, where Auth.js reads them.
    conformIdTokenClaims: false,
    cookies: { keys: ["sso-test-cookie-key"] },
    ttl: { Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, Interaction: 600, AuthorizationCode: 60 },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: id, email_verified: true, name: id }) }),
    // The school's own identity provider has its users' consent: no consent screen.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  idp = provider.listen(3320);

  server = await startProductionServer(appPort, {
    DATABASE_URL: process.env.INSTANCES_DATABASE_URL,
    AUTH_SECRET: secret,
    TOTP_REQUIRED_ROLES: "none",
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: "toptrajecten",
    OIDC_CLIENT_SECRET: "idp-client-secret",
    OIDC_NAME: "Entree Federatie (test)",
  });
});

test.afterAll(async () => {
  await server?.stop();
  if (idp) await new Promise((resolve) => idp.close(resolve));
  await database?.close();
});

/** Through the identity provider's own sign-in page, as `login`. */
async function viaIdp(page: Page, login: string) {
  await page.goto(`${app}/login`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Aanmelden met Entree Federatie (test)" }).click();
  await page.waitForURL(`${issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("wat-dan-ook");
  await page.locator('button[type="submit"]').first().click();
}

test("an existing account signs in through the identity provider; an unknown address is refused and logged", async ({ browser }) => {
  const known = await (await browser.newContext()).newPage();
  await viaIdp(known, email);
  await expect(known).toHaveURL(`${app}/cijfers`);
  await expect(known.getByText("Sanne Sso")).toBeVisible();
  const signedIn = await database.prisma.auditLog.findFirst({ where: { action: "SIGN_IN", onderdeel: "aanmelden: oidc" }, orderBy: { id: "desc" } });
  expect(signedIn?.outcome).toBe("ALLOWED");

  const stranger = await (await browser.newContext()).newPage();
  await viaIdp(stranger, "onbekend@school.test");
  await expect(stranger).toHaveURL(/\/login\?sso=onbekend/);
  await expect(stranger.getByRole("alert").filter({ hasText: "Er is geen actief account in Toptrajecten voor dit e-mailadres." })).toBeVisible();
  await expectAccessible(stranger);
  await stranger.goto(`${app}/cijfers`);
  await expect(stranger).toHaveURL(/\/login/);
  const refused = await database.prisma.auditLog.findFirst({ where: { action: "SIGN_IN_FAILED", onderdeel: "aanmelden: oidc (onbekend)" }, orderBy: { id: "desc" } });
  expect(refused).toMatchObject({ outcome: "DENIED", subject: `email:${addressKey("onbekend@school.test", secret)}` });
  expect(JSON.stringify({ ...refused, id: null })).not.toContain("onbekend@school.test");
});

test("an account with the app's own second factor gives its code after a sign-on that did without one", async ({ browser }) => {
  // seal() derives its key from AUTH_SECRET, as the server does when it opens the secret.
  process.env.AUTH_SECRET = secret;
  const metCode = "sso.code@school.test";
  const base32 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  if (!(await database.prisma.user.findUnique({ where: { email: metCode } }))) await createAccount({ email: metCode, naam: "Cas Code", role: "SWV", password: "een-ander-wachtwoord-dat-niemand-kent-23" });
  await database.prisma.user.update({ where: { email: metCode }, data: { totpSecret: seal(base32), totpEnabledAt: new Date(), totpLastStep: null } });

  const page = await (await browser.newContext()).newPage();
  await viaIdp(page, metCode);
  await expect(page).toHaveURL(`${app}/login/code`);
  await expect(page.getByRole("heading", { name: "Nog één stap" })).toBeVisible();
  await expectAccessible(page);
  // Until the code is given, every page sends it back here.
  await page.goto(`${app}/cijfers`);
  await expect(page).toHaveURL(`${app}/login/code`);

  const code = page.getByLabel("Code uit uw authenticator-app");
  const juist = TOTP.generate({ secret: Secret.fromBase32(base32) });
  await code.fill(juist === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Doorgaan" }).click();
  await expect(page.getByText("De code klopt niet of is al gebruikt.")).toBeVisible();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await code.fill(juist);
  await page.getByRole("button", { name: "Doorgaan" }).click();
  await expect(page).toHaveURL(`${app}/cijfers`);
  await expect(page.getByText("Cas Code")).toBeVisible();
});
