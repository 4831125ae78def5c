// The stored tasks (lib/tasks/stored.ts) against the rules: for every role with a list, in both
// windstreken, every page the start page shows and the header's count equal the list the rules
// compute from the trajecten's facts: after a full run, after the writes that followed it (a
// team's assignment among them: the lists' scopes read the rows' copies of team and phase), and
// after a full run and a write at once. On another day the start page computes them instead.
// A run writes only the rows that changed, and drops those of trajecten that left every list.
import { describe, expect, it } from "vitest";
import { assignTeam } from "@/lib/aanmelding/assignment";
import { answerInformation, askInformation } from "@/lib/aanmelding/dossiercheck";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { amsterdamDay, plusDays } from "@/lib/calendar";
import { aantalTaken, mijnTaken, toonMijnTaken } from "@/lib/tasks/queries";
import { EVALUATIE_INTERVAL_WEKEN, EXIT_IN_LIJST_DAGEN } from "@/lib/tasks/rules";
import { herberekenTaken, opgeslagenVoor } from "@/lib/tasks/stored";
import { addGoal, recordEvaluation } from "@/lib/trajecten/doelen";
import { seededWithCasts, step, trajectAt, validInput, versionOf, type Cast } from "../support/trajecten";

// Writes keep the stored tasks current only for the day they are of: the real one.
const today = amsterdamDay();
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const ROLLEN = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "HULPVERLENER", "ONDERWIJSADVISEUR", "ZORGCOORDINATOR", "COORDINATOR"] as const;
const as = (c: Cast, role: (typeof ROLLEN)[number]) => ({ actor: c[role], ip: "10.0.0.9" });

/** Every page of every list, and every count, as the start page and the header read them, against the rules. */
async function verwachtGelijkAanDeRegels(): Promise<number> {
  let gezien = 0;
  for (const cast of [setup.own, setup.foreign]) {
    for (const role of ROLLEN) {
      const ctx = as(cast, role);
      const berekend = await mijnTaken(ctx, today);
      const eerste = await toonMijnTaken(ctx, 1, today);
      const paginas = [eerste];
      for (let p = 2; p <= eerste.paginas; p++) paginas.push(await toonMijnTaken(ctx, p, today));
      expect(eerste.totaal, `${role} count`).toBe(berekend.length);
      expect(await aantalTaken(ctx, today), `${role} header`).toBe(berekend.length);
      expect(
        paginas.flatMap((p) => p.regels),
        `${role} pages`,
      ).toEqual(berekend);
      gezien += berekend.length;
    }
  }
  return gezien;
}

describe("stored tasks", () => {
  it("hold what the rules give, for every role and page, after a full run and after each write since", async () => {
    // Made before the first run: their transitions find no stored tasks of today to keep current.
    const intensief = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -79));
    const dossiercheck = await trajectAt(db(), setup.own, "DOSSIERCHECK", plusDays(today, -6));
    for (let i = 0; i < 26; i++) await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -36 - i));
    await trajectAt(db(), setup.foreign, "GOEDGEKEURD", plusDays(today, -20));
    await trajectAt(db(), setup.own, "AFGEROND", plusDays(today, -500));
    expect(await opgeslagenVoor(today, EVALUATIE_INTERVAL_WEKEN)).toBe(false);

    expect(await herberekenTaken(today)).toBeGreaterThan(25);
    expect(await opgeslagenVoor(today, EVALUATIE_INTERVAL_WEKEN)).toBe(true);
    // More than a page for the gedragswetenschapper: the pages follow each other in the rules' order.
    expect((await toonMijnTaken(as(setup.own, "GEDRAGSWETENSCHAPPER"), 1, today)).paginas).toBeGreaterThan(1);
    expect(await verwachtGelijkAanDeRegels()).toBeGreaterThan(50);

    // Each write from here on keeps them current in its own transaction: transitions, questions,
    // goals, evaluations, a withdrawal, a new traject on its way.
    await step(db(), setup.own.GEDRAGSWETENSCHAPPER, intensief, validInput("INTENSIEF_VERLENGD", today), today);
    await askInformation(as(setup.own, "ONDERWIJSADVISEUR"), { trajectId: dossiercheck, version: await versionOf(db(), dossiercheck), vraag: "Stuur het OPP mee.", datum: today }, today);
    await verwachtGelijkAanDeRegels();
    const vraag = await db().infoVraag.findFirstOrThrow({ where: { trajectId: dossiercheck } });
    await answerInformation(as(setup.own, "ZORGCOORDINATOR"), { trajectId: dossiercheck, version: await versionOf(db(), dossiercheck), vraagId: vraag.id, antwoord: "Bijgevoegd.", datum: today }, today);

    const doelTraject = await trajectAt(db(), setup.own, "INTENSIEF", plusDays(today, -50));
    const td = as(setup.own, "TOPDOCENT");
    for (const eigenaar of [setup.own.TOPDOCENT, setup.own.HULPVERLENER]) {
      await addGoal(td, { trajectId: doelTraject, version: await versionOf(db(), doelTraject), omschrijving: `Doel van ${eigenaar.naam}.`, gebied: "GEDRAG_SOCIAAL_EMOTIONEEL", eigenaarId: eigenaar.id }, today);
    }
    await verwachtGelijkAanDeRegels();
    const doelen = await db().doel.findMany({ where: { trajectId: doelTraject, status: "ACTIEF" } });
    await recordEvaluation(
      td,
      {
        trajectId: doelTraject,
        version: await versionOf(db(), doelTraject),
        datum: plusDays(today, -29),
        deelnemers: "Mentor, Topdocent",
        doelen: doelen.map((d) => ({ doelId: d.id, voortgang: 5, besluit: "HANDHAVEN" as const, toelichting: "" })),
      },
      today,
    );
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: intensief, ingetrokkenOp: null } });
    await withdrawConsent(as(setup.own, "ZORGCOORDINATOR"), { trajectId: intensief, version: await versionOf(db(), intensief), consentId: consent.id, ingetrokkenOp: today }, today);
    expect(await verwachtGelijkAanDeRegels()).toBeGreaterThan(50);

    // Approved while its team is full, then given another windstreek's team by the coördinator:
    // the rows' copies of the traject's phase and team, which the lists' scopes read, follow it.
    const team = setup.own.GEDRAGSWETENSCHAPPER.topteamId!;
    const { capaciteit } = await db().topteam.findUniqueOrThrow({ where: { id: team } });
    await db().topteam.update({ where: { id: team }, data: { capaciteit: 0 } });
    const goedgekeurd = await trajectAt(db(), setup.own, "DOSSIERCHECK", plusDays(today, -3));
    await step(db(), setup.own.ONDERWIJSADVISEUR, goedgekeurd, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    expect(await db().openTaak.count({ where: { trajectId: goedgekeurd, rol: "COORDINATOR", topteamId: null, aanmeldingStap: "GOEDGEKEURD" } })).toBe(1);
    await verwachtGelijkAanDeRegels();
    const anderTeam = setup.foreign.GEDRAGSWETENSCHAPPER.topteamId!;
    await assignTeam(as(setup.own, "COORDINATOR"), { trajectId: goedgekeurd, version: await versionOf(db(), goedgekeurd), topteamId: anderTeam }, today);
    expect(await db().openTaak.count({ where: { trajectId: goedgekeurd, rol: "GEDRAGSWETENSCHAPPER", topteamId: anderTeam } })).toBeGreaterThan(0);
    expect(await verwachtGelijkAanDeRegels()).toBeGreaterThan(50);
    await db().topteam.update({ where: { id: team }, data: { capaciteit } });
  });

  it("are computed live on a day they are not of, and a full run beside a write loses neither", async () => {
    await herberekenTaken(plusDays(today, -1));
    expect(await opgeslagenVoor(today, EVALUATIE_INTERVAL_WEKEN)).toBe(false);
    await verwachtGelijkAanDeRegels();

    const onderzoek = await trajectAt(db(), setup.own, "ONDERZOEK", plusDays(today, -40));
    await Promise.all([herberekenTaken(today), step(db(), setup.own.GEDRAGSWETENSCHAPPER, onderzoek, validInput("INTENSIEF_GESTART", today), today)]);
    expect(await opgeslagenVoor(today, EVALUATIE_INTERVAL_WEKEN)).toBe(true);
    await verwachtGelijkAanDeRegels();
  });

  it("are rewritten only where they changed, and leave with the traject's last task", async () => {
    // Stopped 30 days ago: in the gedragswetenschapper's list for its exit, until day 56.
    const gestopt = await trajectAt(db(), setup.own, "GESTOPT", plusDays(today, -30));
    await herberekenTaken(today);
    const versies = async () => new Map((await db().$queryRaw<{ k: string; x: string }[]>`SELECT concat_ws('/', "trajectId", rol, volgorde) AS k, xmin::text AS x FROM "OpenTaak"`).map((r) => [r.k, r.x]));
    const voor = await versies();
    expect(await db().openTaak.count({ where: { trajectId: gestopt } })).toBeGreaterThan(0);

    // The same day again: every row is still the version the first run wrote.
    await herberekenTaken(today);
    expect(await versies()).toEqual(voor);
    await verwachtGelijkAanDeRegels();

    // Past the exit's window its rows are gone, while the other trajecten keep theirs.
    const later = plusDays(today, EXIT_IN_LIJST_DAGEN - 30 + 1);
    await herberekenTaken(later);
    expect(await db().openTaak.count({ where: { trajectId: gestopt } })).toBe(0);
    expect(await db().openTaak.count()).toBeGreaterThan(0);
    await herberekenTaken(today);
    await verwachtGelijkAanDeRegels();
  });
});
