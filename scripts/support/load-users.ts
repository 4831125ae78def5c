// Signed-in users for the load and fault scripts: gedragswetenschappers made through the app's
// own use case, spread over the teams that have open trajecten, each signed in through Auth.js's
// own endpoints, each with a traject of the team to write in. And the note form as a browser
// without JavaScript posts it: the page's hidden fields (its action and the version it showed).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { LOPEND, standenWhere } from "../../lib/trajecten/stand";
import { createAccount } from "../../lib/users/accounts";

export interface LoadUser {
  id: string;
  cookie: string;
  traject: string;
}

const setCookies = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** A session cookie for `email`, signed in through Auth.js's credentials endpoint as a browser would. */
export async function signIn(base: URL, origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  const jar = setCookies(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = setCookies(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Sign-in for ${email} failed (${response.status}).`);
  return session;
}

export async function loadUsers(prisma: PrismaClient, base: URL, origin: string, count: number, label: string): Promise<LoadUser[]> {
  const teams = await prisma.topteam.findMany({ select: { id: true, trajecten: { where: standenWhere(LOPEND), select: { id: true } } } });
  const withWork = teams.filter((t) => t.trajecten.length > 0);
  if (withWork.length === 0) throw new Error("No open trajecten: load the demo data first (npm run db:seed).");
  // Random: a made-up phrase with the label in it would not pass the strength rule.
  const password = randomBytes(18).toString("base64url");
  const users: LoadUser[] = [];
  for (let i = 0; i < count; i++) {
    const team = withWork[i % withWork.length]!;
    const email = `${label}.${i}.${Date.now().toString(36)}@toptrajecten.test`;
    const id = await createAccount({ email, naam: `Test ${label} ${i}`, role: "GEDRAGSWETENSCHAPPER", topteamId: team.id, password });
    users.push({ id, cookie: await signIn(base, origin, email, password), traject: team.trajecten[i % team.trajecten.length]!.id });
  }
  return users;
}

/**
 * `count` signed-in users with the role and the membership of the existing account `template`
 * (so that each sees what that account sees), made through the app's own use case.
 */
export async function usersLike(prisma: PrismaClient, base: URL, origin: string, template: string, count: number, label: string): Promise<string[]> {
  const model = await prisma.user.findUniqueOrThrow({ where: { email: template }, select: { role: true, schoolId: true, windstreekId: true, topteamId: true } });
  const password = randomBytes(18).toString("base64url");
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${label}.${i}.${Date.now().toString(36)}@toptrajecten.test`;
    await createAccount({ email, naam: `Test ${label} ${i}`, role: model.role, schoolId: model.schoolId ?? undefined, windstreekId: model.windstreekId ?? undefined, topteamId: model.topteamId ?? undefined, password });
    cookies.push(await signIn(base, origin, email, password));
  }
  return cookies;
}

const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The note form's hidden fields, as the page rendered them; null when the page has none. */
export function noteForm(html: string): Record<string, string> | null {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('id="notitie-tekst"'));
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name && /type="hidden"/.test(input[0])) fields[unescape(name)] = unescape(/value="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  return fields;
}

export const noteFields = (hidden: Record<string, string>, tekst: string) => ({ ...hidden, datum: new Date().toISOString().slice(0, 10), tekst, zichtbaarheid: "TOPTEAM" });

const BOUNDARY = "----toptrajecten-load";
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export const multipart = (fields: Record<string, string>): string =>
  Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
