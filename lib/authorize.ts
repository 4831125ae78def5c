// The one gate for writes and reads outside the traject queries: checks the permission table
// (lib/authz.ts) and, on a refusal, writes the denial to the audit log before refusing.
import { recordAudit, type TAuditAction } from "./audit";
import { assertCan, can, type Permission, type Scope } from "./authz";
import { db } from "./db";
import type { QueryContext } from "./trajecten/queries";

export async function authorize(
  ctx: QueryContext,
  permission: Permission,
  audit: { action: TAuditAction; onderdeel: string; trajectId?: string | null; studentId?: string | null },
): Promise<Scope> {
  if (!can(ctx.actor, permission)) {
    await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "DENIED", ip: ctx.ip });
  }
  return assertCan(ctx.actor, permission);
}
