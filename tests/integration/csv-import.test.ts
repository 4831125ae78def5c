// Importing schools and accounts from CSV: a preview with an error per row, by line number, and
// then everything in one transaction, or nothing.
import { describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { previewImport, runImport } from "@/lib/organisation/csv-import";
import { refusal, seededWithCasts } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;
const admin = () => ({ actor: setup.own.ADMIN, ip: "192.0.2.100" });

/** 200 accounts, Topdocenten in the team of Noord, as Excel writes them (";" and a BOM). */
function accounts(bad?: { line: number; row: string }) {
  const rows = Array.from({ length: 200 }, (_, i) => `Topdocent ${i + 1};td.import${i + 1}@school.example.nl;Topdocent;Topteam Noord`);
  if (bad) rows[bad.line - 2] = bad.row;
  return `\uFEFFnaam;email;rol;organisatie\r\n${rows.join("\r\n")}\r\n`;
}

const imported = () => db().user.count({ where: { email: { startsWith: "td.import" } } });

describe("the CSV import", () => {
  it("of 200 accounts with one bad row writes nothing, and names the row", async () => {
    const csv = accounts({ line: 137, row: "Zonder Adres;geen-adres;Topdocent;Topteam Noord" });
    const voorbeeld = await previewImport(admin(), "accounts", csv);
    expect(voorbeeld.geldig).toBe(false);
    expect(voorbeeld.regels).toHaveLength(200);
    expect(voorbeeld.regels.filter((r) => r.fouten.length)).toEqual([{ regel: 137, waarden: expect.any(Object), fouten: ["Dit is geen geldig e-mailadres."] }]);
    const refused = await refusal(runImport(admin(), "accounts", csv));
    expect(refused).toMatchObject({ code: "VOORWAARDE", veld: "bestand", message: expect.stringContaining("regel 137") });
    expect(await imported()).toBe(0);
    expect(await db().mailBericht.count({ where: { aan: { startsWith: "td.import" } } })).toBe(0);
  });

  it("of the same 200 accounts without the bad row writes all 200, each with an invitation", async () => {
    const csv = accounts();
    expect((await previewImport(admin(), "accounts", csv)).geldig).toBe(true);
    expect(await runImport(admin(), "accounts", csv)).toBe(200);
    expect(await imported()).toBe(200);
    expect(await db().user.count({ where: { email: { startsWith: "td.import" }, topteamId: setup.own.TOPDOCENT.topteamId, passwordHash: null } })).toBe(200);
    expect(await db().mailBericht.count({ where: { aan: { startsWith: "td.import" }, soort: "uitnodiging" } })).toBe(200);
    // Once in: the same file again is 200 rows in error, and writes nothing.
    const again = await previewImport(admin(), "accounts", csv);
    expect(again.regels.every((r) => r.fouten.includes("Er bestaat al een account met dit e-mailadres."))).toBe(true);
  });

  it("checks schools: BRIN, duplicates in the file, the windstreek; and reads a comma-separated file", async () => {
    const csv = ["naam,brin,windstreek", "Nieuw College,77XY,NOORD", "Dubbel College,77xy,NOORD", "Fout College,7XY,NOORD", "Nergens College,78XY,NERGENS"].join("\n");
    const voorbeeld = await previewImport(admin(), "scholen", csv);
    expect(voorbeeld.regels.map((r) => [r.regel, r.fouten.length > 0])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(voorbeeld.regels[1]!.fouten).toContain("Deze BRIN-code staat ook op regel 2.");
    expect(voorbeeld.regels[3]!.fouten[0]).toMatch(/Onbekende of gedeactiveerde windstreek/);
    expect(await refusal(runImport(admin(), "scholen", csv))).toMatchObject({ code: "VOORWAARDE" });
    expect(await db().school.count({ where: { brin: { startsWith: "77" } } })).toBe(0);
    expect(await runImport(admin(), "scholen", "naam;brin;windstreek\nNieuw College;77XY;noord\n")).toBe(1);
  });

  it("says what is wrong with a file that is not one, and is refused to others", async () => {
    expect((await previewImport(admin(), "accounts", "naam;email\nA;a@b.nl")).bestandsfout).toMatch(/mist de kolommen rol, organisatie/);
    expect((await previewImport(admin(), "accounts", "naam;email;rol;organisatie\n")).bestandsfout).toMatch(/leeg/);
    expect((await refusal(previewImport({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: null }, "accounts", accounts()))).code).toBe("NIET_TOEGESTAAN");
    expect((await refusal(runImport({ actor: setup.own.SWV, ip: null }, "scholen", "naam;brin;windstreek\nX;79XY;NOORD"))).code).toBe("NIET_TOEGESTAAN");
  });
});
