// The quarterly dashboard against a fixture whose figures are worked out by hand below, with
// the boundaries: a traject that crosses quarters, a phase that starts in one quarter and ends
// in the next, and dates on the first and last day of a quarter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFromUser } from "@/lib/authz";
import { day } from "@/lib/calendar";
import { quarterlyDashboard } from "@/lib/figures/dashboard";
import { vervalFiguren } from "@/lib/figures/figures-cache";
import { dashboardSecties } from "@/lib/figures/dashboard-rows";
import { toCsv, toPdf, toXlsx } from "@/lib/figures/dashboard-export";
import { dashboardOpties, leesVraag, rapport, rapportVan } from "@/lib/figures/dashboard-request";
import { trendFiguren, trendRijen } from "@/lib/figures/trend";
import { schoolJaarverslag, schooljaarVan } from "@/lib/figures/school-year";
import { kernVan } from "@/lib/figures/kerncijfers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pdfText } from "../support/pdf-text";
import { openTestDatabase, type TestDatabase } from "../support/test-database";
import ExcelJS from "exceljs";

let database: TestDatabase;
const Q3 = { jaar: 2026, nummer: 3 };
const d = (iso: string) => day(iso);

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  await p.windstreek.createMany({ data: [{ id: "ws-n", code: "N", naam: "Noord" }, { id: "ws-z", code: "Z", naam: "Zuid" }] });
  await p.school.createMany({ data: [{ id: "sch-a", brin: "00AA", naam: "School A", windstreekId: "ws-n" }, { id: "sch-b", brin: "00BB", naam: "School B", windstreekId: "ws-z" }] });
  await p.topteam.createMany({ data: [{ id: "team-n", naam: "Topteam Noord", windstreekId: "ws-n", capaciteit: 10 }, { id: "team-z", naam: "Topteam Zuid", windstreekId: "ws-z", capaciteit: 8 }] });
  await p.user.create({ data: { id: "swv", email: "swv@test", naam: "SWV", role: "SWV", passwordHash: "x" } });
  await p.user.create({ data: { id: "gw", email: "gw@test", naam: "GW", role: "GEDRAGSWETENSCHAPPER", passwordHash: "x", topteamId: "team-n" } });
  const t = (id: string, data: Partial<Prisma.TrajectCreateManyInput>): Prisma.TrajectCreateManyInput => ({ id, schoolId: "sch-a", topteamId: "team-n", aangemeldOp: d("2026-01-01"), ...data });
  await p.traject.createMany({
    data: [
      // Crosses Q2 into Q3: asked in Q2, request and the whole onderzoek (31 days: over) in Q3.
      t("T1", { fase: "INTENSIEF", aanmeldingStap: null, aangemeldOp: d("2026-06-20"), aanvraagOp: d("2026-07-02"), goedgekeurdOp: d("2026-07-10"), onderzoekStart: d("2026-07-20"), intensiefStart: d("2026-08-20") }),
      t("T2", { fase: "BORGING", aanmeldingStap: null, windstreekoverstijgend: true, aangemeldOp: d("2026-07-05"), aanvraagOp: d("2026-07-15"), goedgekeurdOp: d("2026-07-25"), onderzoekStart: d("2026-08-01"), intensiefStart: d("2026-08-25"), borgingStart: d("2026-11-10") }),
      // Onderzoek starts in Q2 and ends in Q3.
      t("T3", { fase: "INTENSIEF", aanmeldingStap: null, aangemeldOp: d("2026-04-01"), onderzoekStart: d("2026-06-15"), intensiefStart: d("2026-07-10"), borgingStart: d("2026-10-05") }),
      // Closed after onderzoek (36 days: over) in Q3.
      t("T4", { fase: "GESTOPT", aanmeldingStap: null, stopReden: "NIET_PASSEND_NA_ONDERZOEK", aangemeldOp: d("2026-05-01"), aanvraagOp: d("2026-06-01"), goedgekeurdOp: d("2026-06-11"), onderzoekStart: d("2026-07-05"), afgeslotenOp: d("2026-08-10") }),
      // Stopped on the last day of Q3: in. Completed on the first day of Q4: out, and still in follow-up at the end of Q3.
      t("T5", { fase: "GESTOPT", aanmeldingStap: null, stopReden: "TERUGGETROKKEN_SCHOOL", aangemeldOp: d("2026-03-01"), afgeslotenOp: d("2026-09-30") }),
      t("T6", { fase: "AFGEROND", aanmeldingStap: null, aangemeldOp: d("2025-08-01"), onderzoekStart: d("2025-09-01"), intensiefStart: d("2025-10-01"), borgingStart: d("2025-12-20"), followUpStart: d("2026-03-20"), afgeslotenOp: d("2026-10-01") }),
      // Another windstreek, still in aanmelding.
      t("T7", { schoolId: "sch-b", topteamId: null, aangemeldOp: d("2026-08-01") }),
    ],
  });
  await p.vooroverleg.createMany({
    data: [
      { trajectId: "T1", gehoudenOp: d("2026-06-28"), deelnemers: "x", anoniem: true, recordedById: "swv" },
      { trajectId: "T2", gehoudenOp: d("2026-07-10"), deelnemers: "x", anoniem: false, recordedById: "swv" },
    ],
  });
  await p.followUp.create({ data: { trajectId: "T6", moment: "DRIE_MAANDEN", contactOp: d("2026-07-15"), contactDoorId: "swv", opUitstroomniveau: "JA", diplomaVerwacht: "NEE" } });
  const link = await p.exitLink.create({ data: { trajectId: "T6", voor: "OUDERS", tokenHash: "h", verlooptOp: new Date("2026-09-01"), createdById: "swv" } });
  await p.exitAntwoord.create({ data: { trajectId: "T6", linkId: link.id, voor: "OUDERS", tevredenheid: 4, samenwerking: 5, bruikbaarheid: 3, resultaat: 4, ingevuldOp: new Date("2026-08-01T10:00:00Z") } });
  await p.escalatie.createMany({
    data: [
      { trajectId: "T1", datum: d("2026-09-30"), niveau: 2, kwestie: "x", wie: "x", createdById: "swv" },
      { trajectId: "T1", datum: d("2026-10-01"), niveau: 3, kwestie: "x", wie: "x", createdById: "swv" },
    ],
  });
}, 60_000);
afterAll(() => database?.dispose());

const swv = async () => ({ actor: actorFromUser(await database.prisma.user.findUniqueOrThrow({ where: { id: "swv" } }), "s"), ip: null });

describe("the quarterly figures", () => {
  it("match the hand-computed fixture for the quarter, the one before and the same one a year earlier", async () => {
    const dash = await quarterlyDashboard(await swv(), Q3, {});
    expect(dash.kern.huidig).toEqual({
      adviesvragen: 2, // T2, T7
      vooroverleggen: 1, // T2 (T1's was in Q2)
      aanvragen: 2, // T1, T2
      windstreekoverstijgend: 1, // T2
      aanmelding: 1, // T7
      onderzoek: 0,
      intensief: 3, // T1, T2, T3 on 30 September
      borging: 0,
      followUp: 1, // T6 closes on 1 October
      gestart: 3, // T1, T2, T4
      wachtTotGoedkeuring: 9.3, // (8 + 10 + 10) / 3
      wachtTotStart: 13.7, // (10 + 7 + 24) / 3
      onderzoekKlaar: 4, // T1 31, T2 24, T3 25, T4 36 days
      onderzoekDagen: 29,
      onderzoekTeLang: 2, // T1, T4
      intensiefKlaar: 0,
      intensiefDagen: null,
      intensiefTeLang: 0,
      borgingKlaar: 0,
      borgingDagen: null,
      borgingTeLang: 0,
      afgerond: 0, // T6 is in Q4
      naOnderzoek: 1, // T4
      gestopt: 1, // T5, on the last day
      escalaties: 1, // the one of 30 September
    });
    expect(dash.kern.vorig).toMatchObject({ adviesvragen: 3, vooroverleggen: 1, aanvragen: 1, gestart: 1, onderzoekKlaar: 0, aanmelding: 3 });
    expect(dash.kern.jaarEerder).toMatchObject({ adviesvragen: 1, gestart: 1, onderzoek: 1, aanmelding: 0 });
    expect(dash.stopRedenen).toEqual([
      { reden: "NIET_PASSEND_NA_ONDERZOEK", aantallen: { huidig: 1, vorig: 0, jaarEerder: 0 } },
      { reden: "TERUGGETROKKEN_SCHOOL", aantallen: { huidig: 1, vorig: 0, jaarEerder: 0 } },
    ]);
    expect(dash.caseload).toEqual([
      // Occupancy runs from approval: at the end of Q2, T3 in onderzoek and T4 approved and waiting.
      { topteam: "Topteam Noord", capaciteit: 10, aantallen: { huidig: 3, vorig: 2, jaarEerder: 1 } },
      { topteam: "Topteam Zuid", capaciteit: 8, aantallen: { huidig: 0, vorig: 0, jaarEerder: 0 } },
    ]);
    expect(dash.followUps).toEqual([{ moment: "DRIE_MAANDEN", aantallen: { huidig: { totaal: 1, opNiveau: 1, nietOpNiveau: 0, diploma: 0, geenDiploma: 1 }, vorig: expect.objectContaining({ totaal: 0 }), jaarEerder: expect.objectContaining({ totaal: 0 }) } }]);
    expect(dash.tevredenheid[0]).toMatchObject({ voor: "OUDERS", aantallen: { huidig: { antwoorden: 1, tevredenheid: 4, samenwerking: 5, bruikbaarheid: 3, resultaat: 4 } } });
  });

  it("filter by windstreek, Topteam and school", async () => {
    const zuid = await quarterlyDashboard(await swv(), Q3, { windstreekId: "ws-z" });
    expect(zuid.kern.huidig).toMatchObject({ adviesvragen: 1, aanmelding: 1, aanvragen: 0, intensief: 0, gestopt: 0 });
    expect(zuid.caseload.map((c) => c.topteam)).toEqual(["Topteam Zuid"]);
    const school = await quarterlyDashboard(await swv(), Q3, { schoolId: "sch-a" });
    expect(school.kern.huidig).toMatchObject({ adviesvragen: 1, intensief: 3 });
    const team = await quarterlyDashboard(await swv(), Q3, { topteamId: "team-n" });
    expect(team.kern.huidig).toMatchObject({ aanmelding: 0, intensief: 3 });
    // Filters combine: Noord's team in Zuid's windstreek is nothing, not Noord's team.
    const both = await quarterlyDashboard(await swv(), Q3, { topteamId: "team-n", windstreekId: "ws-z" });
    expect(both.kern.huidig).toMatchObject({ intensief: 0, adviesvragen: 0 });
    expect(both.caseload).toEqual([]);
    const ctx = await swv();
    const r = await rapport(ctx, { kwartaal: Q3, filter: { windstreekId: "ws-n", schoolId: "sch-a" } }, await dashboardOpties(ctx));
    expect(r.filter).toBe("Windstreek Noord, School: School A");
  });

  it("show counts from 1 to 4, and averages over fewer than 5, as <5, in the rows every view and file is made of", async () => {
    const rows = dashboardSecties(await quarterlyDashboard(await swv(), Q3, {})).flatMap((s) => s.rijen);
    const rij = (cijfer: string) => rows.find((r) => r.cijfer.startsWith(cijfer))!.waarden;
    expect(rij("Adviesvragen")).toEqual({ huidig: "<5", vorig: "<5", jaarEerder: "<5" });
    expect(rij("Onderzoek")).toEqual({ huidig: 0, vorig: "<5", jaarEerder: "<5" });
    // A year earlier one traject started, without a request date: still too few to show an average.
    expect(rij("Gemiddelde dagen van aanvraag tot goedkeuring")).toEqual({ huidig: "<5", vorig: "<5", jaarEerder: "<5" });
    expect(rij("Intensief: gemiddeld")).toEqual({ huidig: null, vorig: null, jaarEerder: null });
  });

  it("are refused to anyone without figures:read, and the files hold no traject or student id", async () => {
    const gw = { actor: actorFromUser(await database.prisma.user.findUniqueOrThrow({ where: { id: "gw" } }), "s"), ip: null };
    await expect(quarterlyDashboard(gw, Q3, {})).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
    expect(await database.prisma.auditLog.count({ where: { userId: "gw", outcome: "DENIED", action: "FIGURES_READ" } })).toBe(1);
    const ctx = await swv();
    const r = await rapport(ctx, { kwartaal: Q3, filter: {} }, await dashboardOpties(ctx));
    const csv = toCsv(r);
    expect(csv).toContain("Adviesvragen (preventief advies);<5;<5;<5");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await toXlsx(r)) as never);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join("|");
    expect(cells).toContain("Topteam Noord (capaciteit 10)");
    const pdf = (await pdfText(await toPdf(r))).join("|");
    expect(pdf).toContain("Adviesvragen (preventief advies)|<5|<5|<5");
    // Curly quotes and the like were "?" with the standard fonts.
    expect(pdf).toContain("Alleen totalen; aantallen onder de 5 staan er als “<5”.");
    for (const text of [csv, cells, pdf]) expect(text).not.toMatch(/\bT[1-7]\b/);
  });

  it("show the running quarter so far, marked as incomplete on the page and in every file", async () => {
    const today = d("2026-08-20");
    expect(leesVraag({ kwartaal: "2026-K3" }, today).kwartaal).toEqual(Q3);
    // The default stays the last complete quarter; a quarter still to come falls back to it.
    expect(leesVraag({}, today).kwartaal).toEqual({ jaar: 2026, nummer: 2 });
    expect(leesVraag({ kwartaal: "2026-K4" }, today).kwartaal).toEqual({ jaar: 2026, nummer: 2 });
    const ctx = await swv();
    const opties = await dashboardOpties(ctx, today);
    expect(opties.kwartalen.slice(0, 2)).toEqual([
      { code: "2026-K3", label: "3e kwartaal 2026 (tot nu toe)" },
      { code: "2026-K2", label: "2e kwartaal 2026" },
    ]);
    const r = rapportVan(await quarterlyDashboard(ctx, Q3, {}), { kwartaal: Q3, filter: {} }, opties, today);
    expect(r.titel).toBe("Toptrajecten: 3e kwartaal 2026 (tot nu toe)");
    expect(r.koppen).toEqual({ huidig: "3e kwartaal 2026 (tot nu toe)", vorig: "2e kwartaal 2026", jaarEerder: "3e kwartaal 2025" });
    expect(r.onvolledig).toMatch(/^Dit kwartaal loopt nog: de cijfers gaan tot en met 20 aug 2026/);
    expect(toCsv(r)).toContain(r.onvolledig!);
    expect((await pdfText(await toPdf(r))).join(" ")).toContain("Dit kwartaal loopt nog");
  });

  it("follow the headline figures over eight quarters, each quarter as the dashboard counts it, small counts hidden", async () => {
    const today = d("2026-12-03");
    const trend = await trendFiguren(Q3, {}, today);
    expect(trend.koppen).toEqual([
      "4e kwartaal 2024", "1e kwartaal 2025", "2e kwartaal 2025", "3e kwartaal 2025",
      "4e kwartaal 2025", "1e kwartaal 2026", "2e kwartaal 2026", "3e kwartaal 2026",
    ]);
    const rij = (cijfer: string) => trend.rijen.find((r) => r.cijfer === cijfer)!.waarden;
    // By hand, from the fixture: requests T1, T2 in Q3 and T4 in Q2; started T1, T2, T4 in Q3 and T3 in Q2, T6 in Q3 2025.
    expect(rij("Aanvragen")).toEqual([0, 0, 0, 0, 0, 0, "<5", "<5"]);
    expect(rij("Gestart met onderzoek")).toEqual([0, 0, 0, "<5", 0, 0, "<5", "<5"]);
    // An average over fewer than 5 shows as "<5"; over none, nothing.
    expect(rij("Gemiddelde dagen van aanvraag tot goedkeuring")).toEqual([null, null, null, "<5", null, null, "<5", "<5"]);
    // The same quarter in the trend and in the dashboard: one computation, one answer.
    const dashboard = await quarterlyDashboard(await swv(), Q3, {});
    expect(dashboardSecties(dashboard).find((sec) => sec.titel === "Instroom")!.rijen.find((r) => r.cijfer === "Aanvragen")!.waarden.huidig).toBe(rij("Aanvragen")[7]);
  });

  it("hide counts from 1 to 4 in the trend, and averages and shares over fewer than 5", () => {
    const kern = [0, 3, 7].map((n) => ({ ...kernVan(undefined), aanvragen: n, gestart: n, wachtTotGoedkeuring: 12.5, onderzoekKlaar: n, onderzoekTeLang: 1 }));
    const rijen = trendRijen(kern);
    const rij = (cijfer: string) => rijen.find((r) => r.cijfer === cijfer)!.waarden;
    expect(rij("Aanvragen")).toEqual([0, "<5", 7]);
    expect(rij("Gemiddelde dagen van aanvraag tot goedkeuring")).toEqual([null, "<5", 12.5]);
    expect(rij("Onderzoek: deel over de termijn")).toEqual([null, "<5", 14.3]);
  });

  it("make a school's yearly report over its school year, beside the two before, with its own small counts hidden", async () => {
    expect(schooljaarVan(d("2026-07-31"))).toBe(2025);
    expect(schooljaarVan(d("2026-08-01"))).toBe(2026);
    const ctx = await swv();
    await database.prisma.school.update({ where: { id: "sch-a" }, data: { naam: "Çağdaş Lyceum Łódź" } });
    const r = (await schoolJaarverslag(ctx, "sch-a", 2025, d("2026-12-03")))!;
    await database.prisma.school.update({ where: { id: "sch-a" }, data: { naam: "School A" } });
    expect(r.titel).toBe("Jaarverslag Toptrajecten, schooljaar 2025-2026");
    expect(r.koppen).toEqual({ huidig: "2025-2026", vorig: "2024-2025", jaarEerder: "2023-2024" });
    const waarde = (sectie: string, cijfer: string) => r.secties.find((x) => x.titel.startsWith(sectie))!.rijen.find((rij) => rij.cijfer === cijfer)!.waarden;
    // By hand: asked for advice from 1 August 2025 (T6, on the first day) to July 2026: T1 to T6; requests T1, T2, T4.
    expect(waarde("Instroom", "Adviesvragen (preventief advies)")).toEqual({ huidig: 6, vorig: 0, jaarEerder: 0 });
    expect(waarde("Instroom", "Aanvragen")).toEqual({ huidig: "<5", vorig: 0, jaarEerder: 0 });
    expect(r.secties.map((x) => x.titel)).not.toContain("Caseload en capaciteit per Topteam (einde schooljaar)");
    expect(r.secties.map((x) => x.titel)).toContain("Uitkomsten (trajecten afgesloten in het schooljaar)");
    const pdf = (await pdfText(await toPdf(r))).join(" ");
    expect(pdf).toContain("School: Çağdaş Lyceum Łódź");
    expect(pdf).not.toMatch(/\bT[1-7]\b/);
    // The running school year is marked; an unknown school is none; only figures:read.
    expect((await schoolJaarverslag(ctx, "sch-a", 2026, d("2026-12-03")))!.onvolledig).toContain("Dit schooljaar loopt nog");
    expect(await schoolJaarverslag(ctx, "geen-school", 2025)).toBeNull();
    const gw = { actor: actorFromUser(await database.prisma.user.findUniqueOrThrow({ where: { id: "gw" } }), "s"), ip: null };
    await expect(schoolJaarverslag(gw, "sch-a", 2025)).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
  });

  it("count an approved traject waiting for its kennismakingsgesprek in the team's caseload, as the assignment does", async () => {
    const voor = (await quarterlyDashboard(await swv(), Q3, {})).caseload.find((c) => c.topteam === "Topteam Noord")!.aantallen.huidig;
    await database.prisma.traject.create({
      data: { id: "T8", schoolId: "sch-a", topteamId: "team-n", fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", aangemeldOp: d("2026-07-01"), aanvraagOp: d("2026-07-10"), goedgekeurdOp: d("2026-09-01") },
    });
    // Written past the app's write paths, so the cached figures are dropped here as they would do.
    await vervalFiguren(database.prisma, d("2026-07-01"));
    try {
      const na = (await quarterlyDashboard(await swv(), Q3, {})).caseload.find((c) => c.topteam === "Topteam Noord")!.aantallen.huidig;
      expect(na).toBe(voor + 1);
    } finally {
      await database.prisma.traject.delete({ where: { id: "T8" } });
      await vervalFiguren(database.prisma, d("2026-07-01"));
    }
  });
});
