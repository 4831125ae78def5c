// Importing schools or accounts from a CSV file (as Excel saves it: ";" or ",", a header row).
// First a preview: every row checked as the forms would check it, against the database and the
// other rows, each error in Dutch with its line number. Then, only when every row is valid, all
// rows in one transaction: if anything fails midway nothing is written. Accounts get their
// invitation, as under Beheer.
import "server-only";
import { parse } from "csv-parse/sync";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import type { Permission, RequestContext } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { Role } from "../generated/prisma/enums";
import { ROLE_LABEL } from "../navigation";
import { assertOneGedragswetenschapper, membershipOf, ZAccountVelden } from "../users/accounts";
import { LIDMAATSCHAP } from "../users/membership";
import { invite } from "../users/passwords";
import { ZBrin } from "./manage";

import { KOLOMMEN, type ImportRegel, type ImportSoort, type ImportVoorbeeld } from "./csv-import-types";

export const MAX_REGELS = 2000;

/** The file's rows by column name, or why the file cannot be read. */
function lees(soort: ImportSoort, tekst: string): { regels: ImportRegel[]; fout: string | null } {
  const schoon = tekst.replace(/^\uFEFF/, "");
  const kop = schoon.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (kop.match(/;/g)?.length ?? 0) >= (kop.match(/,/g)?.length ?? 0) ? ";" : ",";
  let rows: string[][];
  try {
    rows = parse(schoon, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { regels: [], fout: `Het bestand is geen geldige CSV${line ? ` (regel ${line})` : ""}. Sla het op als CSV (puntkomma-gescheiden) en probeer het opnieuw.` };
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0) return { regels: [], fout: "Het bestand is leeg of heeft alleen een kopregel." };
  const namen = header.map((h) => h.trim().toLowerCase());
  const ontbreekt = KOLOMMEN[soort].filter((k) => !namen.includes(k));
  if (ontbreekt.length) return { regels: [], fout: `De kopregel mist de kolom${ontbreekt.length > 1 ? "men" : ""} ${ontbreekt.join(", ")}. Nodig: ${KOLOMMEN[soort].join(";")}.` };
  if (data.length > MAX_REGELS) return { regels: [], fout: `Hoogstens ${MAX_REGELS} regels per bestand; dit bestand heeft er ${data.length}.` };
  return {
    fout: null,
    regels: data.map((row, i) => ({ regel: i + 2, waarden: Object.fromEntries(KOLOMMEN[soort].map((k) => [k, row[namen.indexOf(k)] ?? ""])), fouten: [] })),
  };
}

/** Finds a role by its code or its Dutch label, whatever the case. */
function rolVan(tekst: string): Role | null {
  const t = tekst.trim().toLowerCase();
  return (Object.values(Role) as Role[]).find((r) => r.toLowerCase() === t || ROLE_LABEL[r].toLowerCase() === t) ?? null;
}

/** Twice in the file: every line after the first that has it. */
function dubbel(regels: ImportRegel[], sleutel: (r: ImportRegel) => string, melding: string) {
  const gezien = new Map<string, number>();
  for (const r of regels) {
    const k = sleutel(r);
    if (!k) continue;
    const eerder = gezien.get(k);
    if (eerder) r.fouten.push(`${melding} staat ook op regel ${eerder}.`);
    else gezien.set(k, r.regel);
  }
}

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : result.error!.issues.map((i) => i.message));

interface Plan {
  voorbeeld: ImportVoorbeeld;
  schrijf: (tx: Prisma.TransactionClient, ctx: RequestContext) => Promise<void>;
}

async function planScholen(regels: ImportRegel[]): Promise<Plan["schrijf"]> {
  const [windstreken, bestaand] = await Promise.all([
    db().windstreek.findMany({ where: { actief: true }, select: { id: true, code: true, naam: true } }),
    db().school.findMany({ where: { brin: { in: regels.map((r) => r.waarden.brin!.toUpperCase()) } }, select: { brin: true } }),
  ]);
  const windstreek = (t: string) => windstreken.find((w) => w.code.toLowerCase() === t.trim().toLowerCase() || w.naam.toLowerCase() === t.trim().toLowerCase());
  const rows: { naam: string; brin: string; windstreekId: string }[] = [];
  for (const r of regels) {
    if (!r.waarden.naam) r.fouten.push("Vul de naam in.");
    const brin = ZBrin.safeParse(r.waarden.brin);
    r.fouten.push(...issues(brin));
    if (brin.success && bestaand.some((b) => b.brin === brin.data)) r.fouten.push("Er is al een school met deze BRIN-code.");
    const w = windstreek(r.waarden.windstreek ?? "");
    if (!w) r.fouten.push(`Onbekende of gedeactiveerde windstreek “${r.waarden.windstreek}”.`);
    if (brin.success && w) rows.push({ naam: r.waarden.naam!, brin: brin.data, windstreekId: w.id });
  }
  dubbel(regels, (r) => r.waarden.brin!.toUpperCase(), "Deze BRIN-code");
  return async (tx, ctx) => {
    for (const data of rows) {
      const { id } = await tx.school.create({ data, select: { id: true } });
      await recordAudit(tx, { actor: ctx.actor, action: "ORG_CHANGE", onderdeel: "organisatie: school (import)", outcome: "ALLOWED", ip: ctx.ip, subject: `school:${id}`, wijziging: { naam: [null, data.naam], brin: [null, data.brin] } });
    }
  };
}

async function planAccounts(regels: ImportRegel[]): Promise<Plan["schrijf"]> {
  const [scholen, windstreken, teams, bestaand] = await Promise.all([
    db().school.findMany({ where: { actief: true }, select: { id: true, brin: true } }),
    db().windstreek.findMany({ where: { actief: true }, select: { id: true, code: true } }),
    db().topteam.findMany({ where: { actief: true }, select: { id: true, naam: true } }),
    db().user.findMany({ where: { email: { in: regels.map((r) => r.waarden.email!.trim().toLowerCase()) } }, select: { email: true } }),
  ]);
  const rows: { email: string; naam: string; role: Role; schoolId?: string; windstreekId?: string; topteamId?: string }[] = [];
  for (const r of regels) {
    const role = rolVan(r.waarden.rol ?? "");
    if (!role) r.fouten.push(`Onbekende rol “${r.waarden.rol}”. Gebruik een van: ${Object.values(ROLE_LABEL).join(", ")}.`);
    const lid = role ? LIDMAATSCHAP[role] : null;
    const org = (r.waarden.organisatie ?? "").trim().toLowerCase();
    const links: { schoolId?: string; windstreekId?: string; topteamId?: string } = {};
    if (lid === "school") links.schoolId = scholen.find((s) => s.brin.toLowerCase() === org)?.id;
    if (lid === "windstreek") links.windstreekId = windstreken.find((w) => w.code.toLowerCase() === org)?.id;
    if (lid === "topteam") links.topteamId = teams.find((t) => t.naam.toLowerCase() === org)?.id;
    if (lid && !Object.values(links).some(Boolean)) {
      r.fouten.push({ school: "Vul bij organisatie de BRIN-code van een bestaande school in.", windstreek: "Vul bij organisatie de code van een bestaande windstreek in.", topteam: "Vul bij organisatie de naam van een bestaand Topteam in." }[lid]);
    }
    const velden = ZAccountVelden.safeParse({ email: r.waarden.email, naam: r.waarden.naam, role: role ?? undefined, ...links });
    if (role) r.fouten.push(...issues(velden).filter((m) => m !== "Kies een rol."));
    if (velden.success && bestaand.some((b) => b.email === velden.data.email)) r.fouten.push("Er bestaat al een account met dit e-mailadres.");
    if (velden.success && role) rows.push({ ...velden.data, role });
  }
  dubbel(regels, (r) => r.waarden.email!.trim().toLowerCase(), "Dit e-mailadres");
  dubbel(regels.filter((r) => rolVan(r.waarden.rol ?? "") === "GEDRAGSWETENSCHAPPER"), (r) => r.waarden.organisatie!.trim().toLowerCase(), "Een gedragswetenschapper voor dit Topteam");
  return async (tx, ctx) => {
    for (const account of rows) {
      const membership = await membershipOf(tx, account.role, account);
      await assertOneGedragswetenschapper(tx, account.role, membership.topteamId);
      const { id } = await tx.user.create({ data: { email: account.email, naam: account.naam, role: account.role, passwordHash: null, ...membership }, select: { id: true } });
      await recordAudit(tx, { actor: ctx.actor, action: "USER_CREATE", onderdeel: `gebruiker: ${account.role} (import)`, outcome: "ALLOWED", ip: ctx.ip, subject: `user:${id}`, wijziging: { naam: [null, account.naam], role: [null, account.role] } });
      await invite(tx, { id, email: account.email, naam: account.naam, role: account.role });
    }
  };
}

async function plan(soort: ImportSoort, tekst: string): Promise<Plan> {
  const { regels, fout } = lees(soort, tekst);
  const schrijf = fout ? async () => {} : soort === "scholen" ? await planScholen(regels) : await planAccounts(regels);
  return { voorbeeld: { soort, regels, bestandsfout: fout, geldig: !fout && regels.every((r) => r.fouten.length === 0) }, schrijf };
}

const permission = (soort: ImportSoort): Permission => (soort === "scholen" ? "org:manage" : "users:manage");

/** Every row checked; nothing written. */
export async function previewImport(ctx: RequestContext, soort: ImportSoort, tekst: string): Promise<ImportVoorbeeld> {
  await authorize(ctx, permission(soort), { action: soort === "scholen" ? "ORG_CHANGE" : "USER_CREATE", onderdeel: `import: ${soort}` });
  return (await plan(soort, tekst)).voorbeeld;
}

/** Writes every row in one transaction, or nothing when any row is wrong. Returns how many. */
export async function runImport(ctx: RequestContext, soort: ImportSoort, tekst: string): Promise<number> {
  await authorize(ctx, permission(soort), { action: soort === "scholen" ? "ORG_CHANGE" : "USER_CREATE", onderdeel: `import: ${soort}` });
  const { voorbeeld, schrijf } = await plan(soort, tekst);
  if (!voorbeeld.geldig) {
    const eerste = voorbeeld.regels.find((r) => r.fouten.length);
    throw new AppError("VOORWAARDE", voorbeeld.bestandsfout ?? `Er is niets geïmporteerd: regel ${eerste?.regel} klopt niet (${eerste?.fouten[0]}). Controleer het bestand opnieuw.`, "bestand");
  }
  await db().$transaction((tx) => schrijf(tx, ctx), { timeout: 120_000 });
  return voorbeeld.regels.length;
}
