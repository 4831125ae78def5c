import { describe, expect, it } from "vitest";
import { leesLijstParams, lijstHref, zoekterm, zoekTermen } from "@/lib/trajecten/list-params";
import { lijstParamsVoor, sealZoekterm } from "@/lib/trajecten/search-term";
import { leerlingLabel, nummerUitCode, trajectCode } from "@/lib/trajecten/student-label";
import { day } from "@/lib/calendar";

describe("a list's state in the URL", () => {
  it("ignores what a hand-edited URL holds that is not a choice", () => {
    expect(leesLijstParams({ weergave: "alles", sort: "naam", pagina: "-3", termijn: "x", school: "<script>", z: "not sealed" })).toEqual(leesLijstParams({}));
  });

  it("drops a phase of the other view, and takes the first of repeated values", () => {
    expect(leesLijstParams({ fase: "GESTOPT" }).fase).toBeUndefined();
    expect(leesLijstParams({ weergave: "afgesloten", fase: "GESTOPT" }).fase).toBe("GESTOPT");
    expect(leesLijstParams({ pagina: ["3", "9"] }).pagina).toBe(3);
  });

  it("links to a changed state without the defaults, and reads it back unchanged; the term itself never", () => {
    const params = { ...leesLijstParams({ termijn: "VERLOPEN", z: "v1.abcdefghijkl.mnop" }), q: "de Vries" };
    const href = lijstHref(params, { pagina: 2 });
    expect(href).toBe("?z=v1.abcdefghijkl.mnop&termijn=VERLOPEN&pagina=2");
    expect(leesLijstParams(Object.fromEntries(new URLSearchParams(href.slice(1))))).toEqual({ ...params, q: "", pagina: 2 });
    expect(lijstHref(leesLijstParams({}))).toBe("?");
  });

  it("searches by at most five words of two characters or more, as typed but tidied", () => {
    expect(zoekTermen("a bc def g hi jk lm no")).toEqual(["bc", "def", "hi", "jk", "lm"]);
    expect(zoekterm("  de   Vries ")).toBe("de Vries");
    expect(zoekterm("x".repeat(300))).toHaveLength(100);
  });

  it("carries the search term sealed to its user: the URL holds no name, and another user's link opens without it", () => {
    const z = sealZoekterm("  Şükrü  Yıldız ", "user-a")!;
    const href = lijstHref(leesLijstParams({}), { z });
    expect(href).not.toMatch(/Şükrü|Yıldız|%C5%9E/i);
    const params = Object.fromEntries(new URLSearchParams(href.slice(1)));
    expect(lijstParamsVoor(params, "user-a").q).toBe("Şükrü Yıldız");
    expect(lijstParamsVoor(params, "user-b")).toEqual(leesLijstParams({}));
    expect(sealZoekterm("   ", "user-a")).toBeUndefined();
  });
});

describe("a traject's name in a list", () => {
  it("is the traject code, read back from what a user types", () => {
    expect(trajectCode(42)).toBe("T-42");
    expect(nummerUitCode("t-42")).toBe(42);
    expect(nummerUitCode("T42")).toBe(42);
    expect(nummerUitCode("Tessa")).toBeNull();
  });

  it("tells anonymous requests apart by label and date, and hides a shielded name", () => {
    const base = { student: null, aangemeldOp: day("2026-03-02"), kenmerk: null };
    expect(leerlingLabel(base, false)).toBe("Anoniem (aangemeld 2 mrt 2026)");
    expect(leerlingLabel({ ...base, kenmerk: "2B" }, false)).toBe("Anoniem (“2B”, aangemeld 2 mrt 2026)");
    const named = { ...base, student: { voornaam: "Şükrü", achternaam: "Yıldız" } };
    expect(leerlingLabel(named, false)).toBe("Şükrü Yıldız");
    expect(leerlingLabel(named, true)).toBe("Afgeschermd: geen geldige toestemming");
  });
});
