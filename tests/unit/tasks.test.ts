// The task rules on their own: which facts make which task, at the boundaries of the terms.
import { describe, expect, it } from "vitest";
import { day, plusDays } from "@/lib/calendar";
import { evaluatieWeken, takenVan, termijnTaak, type TaakFeiten } from "@/lib/tasks/rules";

const today = day("2026-03-30"); // the Monday after the change to summer time

function feiten(over: Partial<TaakFeiten>): TaakFeiten {
  return {
    id: "t1",
    nummer: 1,
    fase: "INTENSIEF",
    aanmeldingStap: null,
    topteamId: "team",
    goedgekeurdOp: null,
    aanvraagOp: null,
    afgeslotenOp: null,
    onderzoekStart: plusDays(today, -120),
    intensiefStart: null,
    intensiefWeken: 12,
    borgingStart: null,
    followUpStart: null,
    followUpsDone: [],
    student: { geboortedatum: day("2012-01-01") },
    consents: [{ gegevenDoor: "OUDERS" }],
    infoVragen: [],
    vooroverleg: null,
    laatsteEvaluatie: null,
    eigenDoelen: [],
    afspraken: 1,
    exitVerstuurd: false,
    ingetrokkenOp: null,
    ...over,
  };
}

const gw = { role: "GEDRAGSWETENSCHAPPER" as const, topteamId: "team", today, evaluatieWeken: 4 };

describe("term tasks", () => {
  it("starts at week 12's first day minus one, i.e. from 7 days before the planned last day", () => {
    // Intensief's last planned day is day 84; the warning starts on day 77.
    expect(termijnTaak(feiten({ intensiefStart: plusDays(today, -75) }), today)).toBeNull();
    expect(termijnTaak(feiten({ intensiefStart: plusDays(today, -76) }), today)).toMatchObject({ soort: "INTENSIEF_WEEK_12", status: "BIJNA_VERLOPEN" });
    expect(termijnTaak(feiten({ intensiefStart: plusDays(today, -84) }), today)).toMatchObject({ soort: "INTENSIEF_WEEK_12", status: "VERLOPEN" });
    expect(termijnTaak(feiten({ intensiefStart: plusDays(today, -113), intensiefWeken: 16 }), today)).toMatchObject({ soort: "INTENSIEF_VOORBIJ_MAXIMUM" });
  });

  it("names the follow-up that is due", () => {
    const start = day("2025-12-30");
    expect(termijnTaak(feiten({ fase: "FOLLOW_UP", followUpStart: start }), today)).toMatchObject({ soort: "FOLLOW_UP_DRIE", dueOn: day("2026-03-30") });
    expect(termijnTaak(feiten({ fase: "FOLLOW_UP", followUpStart: start, followUpsDone: ["DRIE_MAANDEN"] }), today)).toBeNull();
  });
});

describe("the gedragswetenschapper's tasks", () => {
  it("asks for a goal evaluation every interval, counted from the last one", () => {
    const start = plusDays(today, -40);
    expect(takenVan([feiten({ intensiefStart: start })], gw).map((t) => t.soort)).toEqual(["EVALUATIE_NODIG"]);
    expect(takenVan([feiten({ intensiefStart: start, laatsteEvaluatie: plusDays(today, -14) })], gw)).toEqual([]);
    expect(takenVan([feiten({ intensiefStart: start, laatsteEvaluatie: plusDays(today, -14) })], { ...gw, evaluatieWeken: 2 }).map((t) => t.soort)).toEqual(["EVALUATIE_NODIG"]);
  });

  it("leaves a shielded traject one task, the decision, and sees nothing of another team", () => {
    const shielded = feiten({ intensiefStart: plusDays(today, -80), consents: [], ingetrokkenOp: plusDays(today, -2) });
    expect(takenVan([shielded], gw).map((t) => t.soort)).toEqual(["AFGESCHERMD_BESLUIT"]);
    expect(takenVan([shielded], { ...gw, topteamId: "other" })).toEqual([]);
  });

  it("asks for the exit questionnaire at closure once the team worked in the traject", () => {
    const closed = feiten({ fase: "AFGEROND", afgeslotenOp: plusDays(today, -3) });
    expect(takenVan([closed], gw).map((t) => t.soort)).toEqual(["EXIT_VERSTUREN"]);
    expect(takenVan([{ ...closed, exitVerstuurd: true }], gw)).toEqual([]);
    expect(takenVan([{ ...closed, onderzoekStart: null }], gw)).toEqual([]);
  });
});

describe("the zorgcoördinator's tasks", () => {
  it("asks for consent at the request step while none is valid", () => {
    const aanvraag = feiten({ fase: "AANMELDING", aanmeldingStap: "AANVRAAG", consents: [] });
    const zc = { ...gw, role: "ZORGCOORDINATOR" as const };
    expect(takenVan([aanvraag], zc).map((t) => t.soort)).toEqual(["TOESTEMMING_ONTBREEKT"]);
    expect(takenVan([{ ...aanvraag, consents: [{ gegevenDoor: "OUDERS" }] }], zc)).toEqual([]);
  });
});

describe("the evaluation interval", () => {
  it("comes from EVALUATIE_INTERVAL_WEKEN, whole weeks of at least one, else 4", () => {
    expect(evaluatieWeken({})).toBe(4);
    expect(evaluatieWeken({ EVALUATIE_INTERVAL_WEKEN: "6" })).toBe(6);
    for (const bad of ["0", "2.5", "vier"]) expect(evaluatieWeken({ EVALUATIE_INTERVAL_WEKEN: bad })).toBe(4);
  });
});
