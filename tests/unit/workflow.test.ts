import { describe, expect, it } from "vitest";
import { day, plusDays, plusWeeks } from "@/lib/calendar";
import { formulierNaarObject, veldFouten } from "@/lib/forms/form-data";
import { beslis, type TrajectFeiten } from "@/lib/trajecten/decide";
import { NIEUW_TRAJECT, restoreSnapshot, snapshotOf } from "@/lib/trajecten/phase-fields";
import { actiesVoor } from "@/lib/trajecten/rules";
import { metActie, OVERGANG_VORM, ZOvergang, type OvergangInvoer } from "@/lib/trajecten/transition-input";

/** What the transport does with a transition form: parse it, or give the message per field. */
function parseOvergang(input: unknown) {
  const parsed = ZOvergang.safeParse(input);
  return parsed.success ? { ok: true as const, verzoek: parsed.data } : { ok: false as const, fouten: veldFouten(parsed.error) };
}

const today = day("2026-11-20");
const intensiefStart = day("2026-07-06");

const inIntensief = (over: Partial<TrajectFeiten> = {}): TrajectFeiten => ({
  ...NIEUW_TRAJECT,
  fase: "INTENSIEF",
  aanmeldingStap: null,
  topteamId: "team",
  goedgekeurdOp: day("2026-06-01"),
  onderzoekStart: day("2026-07-01"),
  intensiefStart,
  heeftLeerling: true,
  heeftToestemming: true,
  toestemmingVan: "OUDERS",
  openVraag: false,
  teamVanWindstreek: "team",
  teamVol: false,
  teamHeeftGedragswetenschapper: true,
  doelen: 2,
  handelingsadviezen: 1,
  followUps: [],
  laatsteOvergang: { id: "h1", actie: "INTENSIEF_GESTART", datum: intensiefStart, voorToestand: null },
  ...over,
});

const borging = (datum: Date): OvergangInvoer => ({ actie: "BORGING_GESTART", datum, notitie: "", adviezen: [] });

describe("the rules", () => {
  it("offers each role only its own steps", () => {
    expect(actiesVoor("ONDERZOEK", "GEDRAGSWETENSCHAPPER")).toEqual(["ONDERZOEK_AFGESLOTEN", "INTENSIEF_GESTART", "GESTOPT", "CORRECTIE"]);
    expect(actiesVoor("DOSSIERCHECK", "ONDERWIJSADVISEUR")).toEqual(["AANVRAAG_GOEDGEKEURD", "AANVRAAG_AFGEWEZEN", "GESTOPT"]);
    expect(actiesVoor("INTENSIEF", "TOPDOCENT")).toEqual([]);
    expect(actiesVoor("AFGEROND", "ZORGCOORDINATOR")).toEqual([]);
  });

  it("tells a wrong phase from a wrong role", () => {
    expect(() => beslis(inIntensief(), "GEDRAGSWETENSCHAPPER", { actie: "AFGEROND", datum: today, notitie: "" }, today)).toThrow(
      expect.objectContaining({ code: "VERKEERDE_FASE" }),
    );
    expect(() => beslis(inIntensief(), "ZORGCOORDINATOR", borging(today), today)).toThrow(expect.objectContaining({ code: "NIET_TOEGESTAAN" }));
  });

  it("accepts the day of the previous step and today, not before or after", () => {
    expect(() => beslis(inIntensief(), "GEDRAGSWETENSCHAPPER", borging(plusDays(intensiefStart, -1)), today)).toThrow(
      expect.objectContaining({ veld: "datum" }),
    );
    expect(() => beslis(inIntensief(), "GEDRAGSWETENSCHAPPER", borging(plusDays(today, 1)), plusDays(today, 0))).toThrow(
      expect.objectContaining({ veld: "datum" }),
    );
    const start = inIntensief({ intensiefStart: today, laatsteOvergang: { id: "h", actie: "INTENSIEF_GESTART", datum: today, voorToestand: null } });
    expect(beslis(start, "GEDRAGSWETENSCHAPPER", borging(today), today).na.borgingStart).toEqual(today);
  });

  it("starts borging on time on day 85, needs an extension from day 86, and allows it late once extended to 16", () => {
    const day85 = plusWeeks(intensiefStart, 12);
    expect(beslis(inIntensief(), "GEDRAGSWETENSCHAPPER", borging(day85), today).na).toMatchObject({ fase: "BORGING", borgingStart: day85 });
    expect(() => beslis(inIntensief(), "GEDRAGSWETENSCHAPPER", borging(plusDays(day85, 1)), today)).toThrow(/verlenging/);
    expect(() => beslis(inIntensief({ intensiefWeken: 14 }), "GEDRAGSWETENSCHAPPER", borging(plusWeeks(intensiefStart, 15)), today)).toThrow(/verlenging/);
    // Past 16 weeks it is overdue and flagged, but it must still be possible to end it.
    const past16 = plusWeeks(intensiefStart, 17);
    expect(beslis(inIntensief({ intensiefWeken: 16 }), "GEDRAGSWETENSCHAPPER", borging(past16), today).na.fase).toBe("BORGING");
  });

  it("keeps a snapshot that restores the same fields", () => {
    const velden = { ...inIntensief(), laatsteOvergang: null };
    const restored = restoreSnapshot(JSON.parse(JSON.stringify(snapshotOf(velden))));
    expect(restored).toEqual({ ...NIEUW_TRAJECT, fase: "INTENSIEF", aanmeldingStap: null, topteamId: "team", goedgekeurdOp: day("2026-06-01"), onderzoekStart: day("2026-07-01"), intensiefStart });
  });
});

describe("transition input", () => {
  const base = { trajectId: "t1", version: "3", datum: "2026-11-20", notitie: "" };

  it("reads a form's rows, drops empty ones, and ignores fields it does not know", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...base, fase: "AFGEROND", "$ACTION_ID_x": "1" })) form.set(key, value);
    form.set("doelen.0.omschrijving", "Maakt zelf een weekplanning.");
    form.set("doelen.0.gebied", "DIDACTIEK");
    form.set("doelen.1.omschrijving", " ");
    form.set("doelen.1.gebied", "THUIS");
    const parsed = parseOvergang(metActie("INTENSIEF_GESTART")(formulierNaarObject(form, OVERGANG_VORM)));
    expect(parsed).toEqual({
      ok: true,
      verzoek: {
        actie: "INTENSIEF_GESTART",
        trajectId: "t1",
        version: 3,
        datum: day("2026-11-20"),
        notitie: "",
        doelen: [{ omschrijving: "Maakt zelf een weekplanning.", gebied: "DIDACTIEK" }],
      },
    });
  });

  it("names each bad field in Dutch", () => {
    expect(parseOvergang({ actie: "AANVRAAG_INGEDIEND", ...base, datum: "", lisaReferentie: "12345" })).toEqual({
      ok: false,
      fouten: { datum: "Vul een datum in als dd-mm-jjjj.", lisaReferentie: "Een LISA-referentie ziet eruit als LISA-2026-01234." },
    });
    expect(parseOvergang({ actie: "ONDERZOEK_GESTART", ...base, datum: "2026-02-30" })).toEqual({ ok: false, fouten: { datum: "Deze datum bestaat niet." } });
    expect(parseOvergang({ actie: "INTENSIEF_VERLENGD", ...base, weken: "17" })).toEqual({ ok: false, fouten: { weken: "Intensief duurt hoogstens 16 weken." } });
    expect(parseOvergang({ actie: "GESTOPT", ...base, stopReden: "AANVRAAG_AFGEWEZEN" })).toEqual({ ok: false, fouten: { stopReden: "Kies een reden." } });
    expect(parseOvergang({ actie: "FASE_OVERSLAAN", ...base })).toEqual({ ok: false, fouten: { actie: "Onbekende stap." } });
    const missing = parseOvergang({ actie: "ONDERZOEK_GESTART" });
    expect(missing.ok).toBe(false);
    expect(Object.keys((missing as { fouten: object }).fouten).sort()).toEqual(["datum", "trajectId", "version"]);
  });

  it("accepts a LISA reference in lower case as the same reference", () => {
    const parsed = parseOvergang({ actie: "AANVRAAG_INGEDIEND", ...base, lisaReferentie: " lisa-2026-01234 " });
    expect(parsed).toMatchObject({ ok: true, verzoek: { lisaReferentie: "LISA-2026-01234" } });
  });
});

describe("waiting time in the aanmelding", () => {
  it("counts from the request to approval, and the days spent waiting for the school", async () => {
    const { wachttijd } = await import("@/lib/aanmelding/wachttijd");
    const vragen = [
      { gesteldOp: day("2026-10-05"), beantwoordOp: day("2026-10-08") },
      { gesteldOp: day("2026-10-12"), beantwoordOp: null },
    ];
    expect(wachttijd(day("2026-10-01"), null, vragen, day("2026-10-15"))).toEqual({ dagen: 14, wachtOpSchool: 6 });
    expect(wachttijd(day("2026-10-01"), day("2026-10-20"), vragen.slice(0, 1), day("2026-11-20"))).toEqual({ dagen: 19, wachtOpSchool: 3 });
  });
});

describe("preventief advies", () => {
  const advies = { ...NIEUW_TRAJECT, heeftLeerling: false, heeftToestemming: false, toestemmingVan: "OUDERS", openVraag: false, teamVanWindstreek: "team", teamVol: false, teamHeeftGedragswetenschapper: true, doelen: 0, handelingsadviezen: 0, followUps: [], laatsteOvergang: null } satisfies TrajectFeiten;
  const geef = (uitkomst: "VOLDOENDE" | "VOOROVERLEG" | "ANDERE_ONDERSTEUNING", notitie = "Advies.") =>
    beslis(advies, "GEDRAGSWETENSCHAPPER", { actie: "ADVIES_GEGEVEN", datum: today, notitie, uitkomst }, today).na;

  it("goes on to a vooroverleg, or closes the traject when the advice was enough or pointed elsewhere", () => {
    expect(geef("VOOROVERLEG")).toMatchObject({ fase: "AANMELDING", aanmeldingStap: "VOOROVERLEG", adviesUitkomst: "VOOROVERLEG", afgeslotenOp: null });
    expect(geef("VOLDOENDE")).toMatchObject({ fase: "GESTOPT", stopReden: "ADVIES_VOLDOENDE", adviesUitkomst: "VOLDOENDE", afgeslotenOp: today });
    expect(geef("ANDERE_ONDERSTEUNING")).toMatchObject({ fase: "GESTOPT", stopReden: "ANDERE_ONDERSTEUNING" });
    expect(() => geef("VOLDOENDE", " ")).toThrow(expect.objectContaining({ veld: "notitie" }));
  });
});

describe("collegiaal vooroverleg", () => {
  const feiten = { ...NIEUW_TRAJECT, aanmeldingStap: "VOOROVERLEG", heeftLeerling: false, heeftToestemming: false, toestemmingVan: "OUDERS", openVraag: false, teamVanWindstreek: "team", teamVol: false, teamHeeftGedragswetenschapper: true, doelen: 0, handelingsadviezen: 0, followUps: [], laatsteOvergang: null } satisfies TrajectFeiten;
  const verslag = {
    actie: "VOOROVERLEG_GEHOUDEN",
    datum: today,
    notitie: "",
    deelnemers: "ZC, GW, OA",
    anoniem: true,
    hoeGaatHet: "a",
    ingezetteHulp: "b",
    betrokkenInstanties: "c",
    motivatie: "d",
    afspraken: "e",
    gebieden: ["VERZUIM"],
    nietPassend: [],
    ondanksNietPassend: false,
    besluit: "TOPTRAJECT",
    andereOndersteuning: "",
  } satisfies OvergangInvoer;
  const houd = (invoer: Partial<typeof verslag> | Record<string, unknown>) => beslis(feiten, "ZORGCOORDINATOR", { ...verslag, ...invoer } as OvergangInvoer, today).na;

  it("leads to the request when it decides on a Toptraject for a school stuck on at least one area", () => {
    expect(houd({})).toMatchObject({ fase: "AANMELDING", aanmeldingStap: "AANVRAAG", afgeslotenOp: null });
    expect(() => houd({ gebieden: [] })).toThrow(expect.objectContaining({ code: "VOORWAARDE", veld: "gebieden" }));
  });

  it("holds a Toptraject back when a not-a-fit situation is ticked, until the school confirms it", () => {
    expect(() => houd({ nietPassend: ["ENKELVOUDIGE_VRAAG"] })).toThrow(expect.objectContaining({ veld: "nietPassend", message: expect.stringContaining("niet zinvol") }));
    expect(houd({ nietPassend: ["ENKELVOUDIGE_VRAAG"], ondanksNietPassend: true })).toMatchObject({ aanmeldingStap: "AANVRAAG" });
  });

  it("closes the traject when it points to other support, which must be named", () => {
    expect(houd({ besluit: "ANDERE_ONDERSTEUNING", andereOndersteuning: "Schoolmaatschappelijk werk", gebieden: [] })).toMatchObject({ fase: "GESTOPT", stopReden: "ANDERE_ONDERSTEUNING", afgeslotenOp: today });
    expect(() => houd({ besluit: "ANDERE_ONDERSTEUNING", andereOndersteuning: " " })).toThrow(expect.objectContaining({ veld: "andereOndersteuning" }));
  });

  it("is planned on or after the day it is planned", () => {
    const plan = { actie: "VOOROVERLEG_GEPLAND", datum: today, notitie: "", deelnemers: "ZC", anoniem: false } as const;
    expect(beslis(feiten, "ZORGCOORDINATOR", { ...plan, geplandOp: day("2026-12-01") }, today).na.aanmeldingStap).toBe("VOOROVERLEG");
    expect(() => beslis(feiten, "ZORGCOORDINATOR", { ...plan, geplandOp: day("2026-11-01") }, today)).toThrow(expect.objectContaining({ veld: "geplandOp" }));
  });
});

describe("reading a form", () => {
  it("drops NUL characters from every text field, which PostgreSQL would refuse", () => {
    const form = new FormData();
    form.set("notitie", "Gesprek\u0000 met\u0000 de mentor.");
    form.set("doelen.0.omschrijving", "\u0000Komt op tijd.");
    const object = formulierNaarObject(form, { rijen: { doelen: { leeg: "omschrijving" } } });
    expect(object.notitie).toBe("Gesprek met de mentor.");
    expect(object.doelen).toEqual([{ omschrijving: "Komt op tijd." }]);
  });
});
