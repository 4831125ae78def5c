// The personal calendar feed: a secret address per user, made anew or revoked on the account
// page, that lists the due dates of the trajecten the user may read. Only the address's hash is
// stored. Every fetch is authorized as the user and audited as a feed read; a revoked or unknown
// address, or a deactivated user's, gets a 404 and learns nothing.
import "server-only";
import { randomBytes } from "node:crypto";
import { authorize } from "../access";
import { recordAudit } from "../audit";
import { actorFromUser, trajectWhere, type RequestContext } from "../authz";
import { amsterdamDay, plusDays } from "../calendar";
import { db } from "../db";
import { linkNaar } from "../mail/outbox";
import { FOLLOW_UP_LABEL } from "../labels";
import { ZOEKT_TRAJECTEN } from "../navigation";
import { KENNISMAKING_BINNEN_DAGEN } from "../tasks/rules";
import { TERMIJN_FEITEN_SELECT } from "../trajecten/due-date";
import { trajectCode } from "../trajecten/student-label";
import { currentTerm } from "../trajecten/terms";
import { hashToken } from "../users/token-link";
import { agendaIcs, type AgendaItem } from "./ics";

/** From a month back to a year ahead: what a calendar shows, and a bound on the feed's size. */
const TERUG_DAGEN = 31;
const VOORUIT_DAGEN = 366;
const MAX_ITEMS = 2000;

const SLEUTEL = /^[A-Za-z0-9_-]{32}$/;

export const agendaPad = (sleutel: string) => `/agenda/${sleutel}.ics`;

/** A new secret address for the signed-in user; the old one stops working. Shown once. */
export async function maakAgendaLink(ctx: RequestContext): Promise<string> {
  const sleutel = randomBytes(24).toString("base64url");
  await db().user.update({ where: { id: ctx.actor.id }, data: { agendaSleutel: hashToken(sleutel) } });
  await recordAudit(db(), { actor: ctx.actor, action: "FEED_LINK", onderdeel: "agenda: nieuwe link", outcome: "ALLOWED", ip: ctx.ip, subject: `user:${ctx.actor.id}` });
  return linkNaar(agendaPad(sleutel));
}

export async function trekAgendaLinkIn(ctx: RequestContext): Promise<void> {
  await db().user.update({ where: { id: ctx.actor.id }, data: { agendaSleutel: null } });
  await recordAudit(db(), { actor: ctx.actor, action: "FEED_LINK", onderdeel: "agenda: link ingetrokken", outcome: "ALLOWED", ip: ctx.ip, subject: `user:${ctx.actor.id}` });
}

export async function heeftAgendaLink(ctx: RequestContext): Promise<boolean> {
  return (await db().user.count({ where: { id: ctx.actor.id, agendaSleutel: { not: null } } })) > 0;
}

const TERMIJN_TITEL = { ONDERZOEK: "einde onderzoek", INTENSIEF: "einde intensief (gepland)", BORGING: "einde borging" } as const;

/** The feed behind `sleutel` on `now`, or null when the address is not (or no longer) valid. */
export async function agendaVoor(sleutel: string, ip: string | null, now: Date = new Date()): Promise<string | null> {
  if (!SLEUTEL.test(sleutel)) return null;
  const user = await db().user.findFirst({ where: { agendaSleutel: hashToken(sleutel), active: true } });
  if (!user) return null;
  const ctx: RequestContext = { actor: actorFromUser(user, "agenda"), ip };
  const today = amsterdamDay(now);
  const items = ZOEKT_TRAJECTEN.includes(user.role) ? await itemsVoor(ctx, today) : [];
  await recordAudit(db(), { actor: ctx.actor, action: "FEED_READ", onderdeel: "agenda", outcome: "ALLOWED", ip, aantal: items.length });
  return agendaIcs(items, now);
}

async function itemsVoor(ctx: RequestContext, today: Date): Promise<AgendaItem[]> {
  await authorize(ctx, "traject:read", { action: "FEED_READ", onderdeel: "agenda" });
  const van = plusDays(today, -TERUG_DAGEN);
  const tot = plusDays(today, VOORUIT_DAGEN);
  const rows = await db().traject.findMany({
    where: {
      AND: [
        trajectWhere(ctx.actor, "traject:read"),
        {
          OR: [
            { termijnOp: { gte: van, lte: tot } },
            { fase: "AANMELDING", aanmeldingStap: "VOOROVERLEG", vooroverleg: { is: { geplandOp: { gte: van, lte: tot }, gehoudenOp: null } } },
            { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", topteamId: { not: null }, goedgekeurdOp: { gte: plusDays(van, -KENNISMAKING_BINNEN_DAGEN) } },
          ],
        },
      ],
    },
    select: { id: true, nummer: true, aanmeldingStap: true, goedgekeurdOp: true, termijnOp: true, vooroverleg: { select: { geplandOp: true } }, ...TERMIJN_FEITEN_SELECT },
    orderBy: [{ termijnOp: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: MAX_ITEMS,
  });
  return rows.flatMap((row): AgendaItem[] => {
    const code = trajectCode(row.nummer);
    const item = (soort: string, dag: Date, wat: string): AgendaItem => ({
      uid: `${soort}-${row.id}@toptrajecten`,
      dag,
      titel: `${code}: ${wat}`,
      url: linkNaar(`/trajecten/${encodeURIComponent(row.id)}`),
    });
    if (row.fase === "AANMELDING") {
      if (row.aanmeldingStap === "VOOROVERLEG" && row.vooroverleg?.geplandOp) return [item("vooroverleg", row.vooroverleg.geplandOp, "collegiaal vooroverleg")];
      if (row.aanmeldingStap === "GOEDGEKEURD" && row.goedgekeurdOp) {
        return [item("kennismaking", plusDays(row.goedgekeurdOp, KENNISMAKING_BINNEN_DAGEN), "kennismakingsgesprek, uiterlijk")];
      }
      return [];
    }
    const term = currentTerm({ ...row, followUpsDone: row.followUps.map((f) => f.moment) }, today);
    if (!term) return [];
    const wat = term.followUp ? FOLLOW_UP_LABEL[term.followUp] : TERMIJN_TITEL[row.fase as keyof typeof TERMIJN_TITEL];
    return wat ? [item(term.followUp ? `follow-up-${term.followUp}` : `termijn-${row.fase}`, term.dueOn, wat)] : [];
  });
}
