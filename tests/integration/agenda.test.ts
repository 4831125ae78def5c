// The personal calendar feed, read back with an independent parser (ical.js): the user's due
// dates as whole Amsterdam days, trajecten by their code and never by name, every fetch in the
// access log, and a revoked, replaced or unknown address a plain 404.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { agendaVoor, maakAgendaLink, trekAgendaLinkIn } from "@/lib/agenda/feed";
import { day, plusDays } from "@/lib/calendar";
import { trajectCode } from "@/lib/trajecten/student-label";
import { next } from "../support/next-request";
import { seededWithCasts, step, trajectAt, validInput, type Cast } from "../support/trajecten";

const today = day("2026-11-20");
const now = new Date("2026-11-20T09:15:00Z");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const as = (c: Cast, role: keyof Omit<Cast, "schoolId">) => ({ actor: c[role], ip: "10.0.0.5" });
const sleutelUit = (url: string) => /\/agenda\/([\w-]+)\.ics$/.exec(url)![1]!;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => {
    const start = v.getFirstPropertyValue("dtstart") as ICAL.Time;
    return { uid: String(v.getFirstPropertyValue("uid")), summary: String(v.getFirstPropertyValue("summary")), start, url: String(v.getFirstPropertyValue("url")) };
  });
  return { calendar, events };
}

async function get(url: string): Promise<Response> {
  const { GET } = await import("@/app/agenda/[bestand]/route");
  return GET(new Request(url), { params: Promise.resolve({ bestand: new URL(url).pathname.split("/").pop()! }) });
}

describe("the calendar feed", () => {
  it("carries the user's due dates as Amsterdam days, by traject code, without a name", async () => {
    const week12 = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -79));
    const kennismaking = await trajectAt(db(), setup.own, "GOEDGEKEURD", plusDays(today, -2));
    const foreign = await trajectAt(db(), setup.foreign, "INTENSIEF", plusDays(today, -79));
    const gw = as(setup.own, "GEDRAGSWETENSCHAPPER");
    const url = await maakAgendaLink(gw);
    expect(url).toMatch(/^http:\/\/localhost:3000\/agenda\/[\w-]{32}\.ics$/);

    const ics = (await agendaVoor(sleutelUit(url), "10.0.0.6", now))!;
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Amsterdam");
    expect(events.length).toBeGreaterThan(2);
    for (const event of events) {
      expect(event.summary).toMatch(/^T-\d+: /);
      // A whole day: no time of day, so no time zone can move it to another date.
      expect(event.start.isDate).toBe(true);
      expect(event.url).toMatch(/^http:\/\/localhost:3000\/trajecten\/[\w-]+$/);
    }
    const names = (await db().student.findMany({ select: { voornaam: true, achternaam: true } })).flatMap((s) => [s.voornaam, s.achternaam]);
    for (const naam of names) expect(ics).not.toContain(naam);

    const code = async (id: string) => trajectCode((await db().traject.findUniqueOrThrow({ where: { id } })).nummer);
    const [week12Code, kennismakingCode, foreignCode] = [await code(week12), await code(kennismaking), await code(foreign)];
    const end = events.find((e) => e.summary === `${week12Code}: einde intensief (gepland)`)!;
    // Intensief started 79 days ago: its twelfth week ends on its 84th day, four days from today.
    expect(end.start.toString()).toBe(plusDays(today, 4).toISOString().slice(0, 10));
    const gesprek = events.find((e) => e.summary === `${kennismakingCode}: kennismakingsgesprek, uiterlijk`)!;
    expect(gesprek.start.toString()).toBe(plusDays(today, 12).toISOString().slice(0, 10));
    expect(events.some((e) => e.summary.startsWith(`${foreignCode}:`))).toBe(false);

    // Every fetch is a feed read in the access log, with the number of events.
    const reads = await db().auditLog.findMany({ where: { userId: gw.actor.id, action: "FEED_READ" } });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ outcome: "ALLOWED", aantal: events.length, ip: "10.0.0.6", onderdeel: "agenda" });
  });

  it("gives a Topdocent only the trajecten assigned to them, and follows a transition", async () => {
    const id = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -10));
    const td = as(setup.own, "TOPDOCENT");
    const sleutel = sleutelUit(await maakAgendaLink(td));
    const code = trajectCode((await db().traject.findUniqueOrThrow({ where: { id } })).nummer);
    const before = parse((await agendaVoor(sleutel, null, now))!).events.find((e) => e.summary.startsWith(`${code}:`))!;
    expect(before.summary).toBe(`${code}: einde onderzoek`);
    expect(before.start.toString()).toBe(plusDays(today, 17).toISOString().slice(0, 10));
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, id, validInput("INTENSIEF_GESTART", today), today);
    const after = parse((await agendaVoor(sleutel, null, now))!).events.filter((e) => e.summary.startsWith(`${code}:`));
    expect(after.map((e) => e.summary)).toEqual([`${code}: einde intensief (gepland)`]);
    const assigned = new Set((await db().trajectAssignment.findMany({ where: { userId: td.actor.id } })).map((a) => a.trajectId));
    for (const event of parse((await agendaVoor(sleutel, null, now))!).events) expect(assigned.has(event.url.split("/").pop()!)).toBe(true);
  });

  it("answers a revoked, replaced or unknown address, or a deactivated user's, with a 404", async () => {
    next.current = null;
    const zc = as(setup.own, "ZORGCOORDINATOR");
    const first = await maakAgendaLink(zc);
    const ok = await get(first);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ok.headers.get("cache-control")).toBe("private, no-store");

    const second = await maakAgendaLink(zc);
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
    await trekAgendaLinkIn(zc);
    expect((await get(second)).status).toBe(404);
    expect((await get("http://localhost:3000/agenda/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.ics")).status).toBe(404);
    expect((await get("http://localhost:3000/agenda/niet-geldig")).status).toBe(404);

    const hv = as(setup.own, "HULPVERLENER");
    const third = await maakAgendaLink(hv);
    await db().user.update({ where: { id: hv.actor.id }, data: { active: false } });
    try {
      expect((await get(third)).status).toBe(404);
    } finally {
      await db().user.update({ where: { id: hv.actor.id }, data: { active: true } });
    }
    // Nothing but the hash is stored.
    const stored = await db().user.findUniqueOrThrow({ where: { id: hv.actor.id } });
    expect(stored.agendaSleutel).not.toBe(sleutelUit(third));
    expect(stored.agendaSleutel).toMatch(/^[0-9a-f]{64}$/);
  });
});
