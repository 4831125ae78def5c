// Reminders by e-mail, through the outbox and the worker to a real SMTP server: Monday's digest
// counts each user's tasks and names no student, goes once per user and week whatever runs it
// how often, follows the schedule across a change to summer time, and respects each opt-out; the
// immediate mails for the events that wait on one person arrive, and respect theirs too.
import { CronExpressionParser } from "cron-parser";
import { describe, expect, it } from "vitest";
import { answerInformation, askInformation } from "@/lib/aanmelding/dossiercheck";
import { assignTeam } from "@/lib/aanmelding/assignment";
import { day, plusDays } from "@/lib/calendar";
import { QUEUE, schedules } from "@/lib/jobs/queues";
import { stuurWeekoverzichten } from "@/lib/tasks/digest";
import { mijnTaken } from "@/lib/tasks/queries";
import { bewaarMeldingen, mijnMeldingen } from "@/lib/users/preferences";
import { until, withMailWorker } from "../support/mail-worker";
import { seededWithCasts, step, trajectAt, validInput, versionOf } from "../support/trajecten";

const today = day("2027-03-19");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const mailWorker = withMailWorker(() => setup.database);
const received = () => mailWorker.smtp().received;

const studentNames = async () => (await db().student.findMany({ select: { voornaam: true, achternaam: true } })).flatMap((s) => [s.voornaam, s.achternaam]);
const digests = (week: string) => db().weekoverzicht.findMany({ where: { week: day(week) } });

describe("the weekly digest", () => {
  it("fires on Monday at 07:00 in Amsterdam, winter and summer time alike, once a week", () => {
    const digest = schedules({}).find((s) => s.queue === QUEUE.weekoverzicht)!;
    // The parser pg-boss evaluates its schedules with, over three weeks around 28 March 2027.
    const runs = CronExpressionParser.parse(digest.cron, { tz: digest.tz, currentDate: new Date("2027-03-15T00:00:00Z"), endDate: new Date("2027-04-06T00:00:00Z") })
      .take(10)
      .map((d) => d.toDate().toISOString());
    expect(runs).toEqual(["2027-03-15T06:00:00.000Z", "2027-03-22T06:00:00.000Z", "2027-03-29T05:00:00.000Z", "2027-04-05T05:00:00.000Z"]);
  });

  it("sends each user with tasks exactly one digest per week, across a Monday and a change to summer time, however often it runs", async () => {
    // Tasks for the own team: a week-12 traject and an approved one waiting for its kennismaking.
    await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -79));
    await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    const gw = setup.own.GEDRAGSWETENSCHAPPER;
    const uit = setup.own.TOPDOCENT;
    await bewaarMeldingen({ actor: uit, ip: null }, { aan: [] });
    expect((await mijnMeldingen({ actor: uit, ip: null })).every((m) => !m.aan)).toBe(true);
    // Of everyone else only one user with tasks and one without keep the digest on, so that the
    // test's SMTP server is not queued behind a hundred messages.
    const monday = day("2027-03-22");
    const active = await db().user.findMany({ where: { active: true, role: { in: ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "HULPVERLENER"] } } });
    let zonder: (typeof active)[number] | undefined;
    for (const user of active) {
      if ((await mijnTaken({ actor: { ...user, sessionId: "t" }, ip: null }, monday)).length === 0) {
        zonder = user;
        break;
      }
    }
    expect(zonder).toBeDefined();
    await db().user.updateMany({ where: { id: { notIn: [gw.id, uit.id, zonder!.id] } }, data: { meldingenUit: ["WEEKOVERZICHT"] } });

    // The clock moves hour by hour from Saturday 20 March to Tuesday 30 March 2027 (summer time
    // from Sunday 28 March); at every hour the schedule fires, two workers run the job, and once
    // more after a restart.
    const digest = schedules({}).find((s) => s.queue === QUEUE.weekoverzicht)!;
    const fired: string[] = [];
    for (let t = Date.parse("2027-03-20T00:00:00Z"); t < Date.parse("2027-03-31T00:00:00Z"); t += 3_600_000) {
      const previous = CronExpressionParser.parse(digest.cron, { tz: digest.tz, currentDate: new Date(t + 3_600_000) }).prev().toDate().getTime();
      if (previous < t) continue;
      const now = new Date(previous);
      fired.push(now.toISOString());
      await Promise.all([stuurWeekoverzichten(now), stuurWeekoverzichten(now)]);
      await stuurWeekoverzichten(new Date(previous + 600_000));
    }
    expect(fired).toEqual(["2027-03-22T06:00:00.000Z", "2027-03-29T05:00:00.000Z"]);

    // Exactly one per week for the gedragswetenschapper; none for who switched it off, or has nothing to do.
    for (const week of ["2027-03-22", "2027-03-29"]) {
      const rows = await digests(week);
      expect(rows.map((r) => r.userId), week).toEqual([gw.id]);
      expect(rows[0]!.aantal).toBe((await mijnTaken({ actor: gw, ip: null }, day(week))).length);
    }

    // At the SMTP server: two for the gedragswetenschapper, with the counts and no name.
    const mails = await until(() => {
      const m = received().filter((r) => r.to.includes(gw.email) && r.raw.includes("Uw taken in Toptrajecten deze week"));
      return m.length >= 2 && m;
    }, "the digests");
    expect(mails).toHaveLength(2);
    expect(mails[0]!.raw).toContain("Intensief bereikt week 12");
    expect(mails[0]!.raw).toContain("http://localhost:3000/team#taken");
    for (const naam of await studentNames()) expect(mails[0]!.raw).not.toContain(naam);
    expect(received().filter((r) => (r.to.includes(uit.email) || r.to.includes(zonder!.email)) && r.raw.includes("deze week"))).toHaveLength(0);
    await db().user.updateMany({ data: { meldingenUit: [] } });
  });
});

describe("immediate mails", () => {
  it("tell the school of a question and the onderwijsadviseur of the answer, with no name; a switched-off kind is not sent", async () => {
    const zc = setup.own.ZORGCOORDINATOR;
    const oa = setup.own.ONDERWIJSADVISEUR;
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    await askInformation({ actor: oa, ip: null }, { trajectId: id, version: await versionOf(db(), id), vraag: "Stuur het OPP mee.", datum: today }, today);
    const vraag = await until(() => received().find((m) => m.to.includes(zc.email) && m.raw.includes(id) && m.raw.includes("Aanvullende informatie")), "the question mail");
    for (const naam of await studentNames()) expect(vraag.raw).not.toContain(naam);

    const open = await db().infoVraag.findFirstOrThrow({ where: { trajectId: id } });
    await answerInformation({ actor: zc, ip: null }, { trajectId: id, version: await versionOf(db(), id), vraagId: open.id, antwoord: "Bijgevoegd.", datum: today }, today);
    const antwoord = await until(() => received().find((m) => m.to.includes(oa.email) && m.raw.includes(id) && m.raw.includes("beantwoord")), "the answer mail");
    expect(antwoord.raw).not.toContain("Bijgevoegd.");

    // The school switches the questions off: the next question is not mailed.
    await bewaarMeldingen({ actor: zc, ip: null }, { aan: [] });
    const second = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    await askInformation({ actor: oa, ip: null }, { trajectId: second, version: await versionOf(db(), second), vraag: "En het verzuim?", datum: today }, today);
    expect(await db().mailBericht.count({ where: { aan: zc.email, tekst: { contains: second } } })).toBe(0);
    await bewaarMeldingen({ actor: zc, ip: null }, { aan: ["WEEKOVERZICHT", "VRAAG_AAN_SCHOOL", "TOESTEMMING_BEANTWOORD"] });
    expect((await mijnMeldingen({ actor: zc, ip: null })).every((m) => m.aan)).toBe(true);
  });

  it("tell a team's gedragswetenschapper of a traject assigned from another windstreek", async () => {
    const full = await db().topteam.findUniqueOrThrow({ where: { id: setup.own.GEDRAGSWETENSCHAPPER.topteamId! } });
    const bezet = await db().traject.count({ where: { topteamId: full.id, fase: { in: ["ONDERZOEK", "INTENSIEF"] } } });
    await db().topteam.update({ where: { id: full.id }, data: { capaciteit: Math.min(full.capaciteit, bezet) } });
    try {
      const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
      await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
      const other = setup.foreign.GEDRAGSWETENSCHAPPER;
      await assignTeam({ actor: setup.own.COORDINATOR, ip: null }, { trajectId: id, version: await versionOf(db(), id), topteamId: other.topteamId! }, today);
      const mail = await until(() => received().find((m) => m.to.includes(other.email) && m.raw.includes(id)), "the assignment mail");
      expect(mail.raw).toContain("Traject uit een andere windstreek voor uw Topteam");
    } finally {
      await db().topteam.update({ where: { id: full.id }, data: { capaciteit: full.capaciteit } });
    }
  });
});
