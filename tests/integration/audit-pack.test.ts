// The yearly audit pack: a ZIP that opens, a PDF summary and an XLSX with a sheet per part,
// numbers as numbers, no student and no dossier id, every count from 1 to 4 hidden and every
// total beside a hidden part withheld; the accounts only in the functioneel beheerder's copy.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { day } from "@/lib/calendar";
import { auditPakket, auditPakketZip } from "@/lib/figures/audit-pack";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed";
import { pdfText } from "../support/pdf-text";
import { seededWithCasts, trajectAt } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

/** Where a sheet shows a total beside its parts: [total column, part columns]. */
const TOTALEN: Record<string, [number, number[]][]> = {
  Termijnen: [[1, [2, 3]], [4, [5, 6]], [7, [8, 9]]],
  Uitkomsten: [[1, [2, 3, 4]]],
  "Follow-up": [[1, [2, 3, 4, 5, 6, 7]]],
  Escalaties: [[0, [1, 2, 3, 4]]],
  Toestemming: [[0, [1, 2]]],
};

async function open(zipBytes: Uint8Array) {
  const zip = await JSZip.loadAsync(zipBytes);
  expect(Object.keys(zip.files).sort()).toEqual(["auditpakket.xlsx", "samenvatting.pdf"]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await zip.file("auditpakket.xlsx")!.async("nodebuffer")) as never);
  const pdf = (await pdfText(await zip.file("samenvatting.pdf")!.async("uint8array"))).join(" ");
  return { book, pdf };
}

describe("the yearly audit pack", () => {
  it("holds every part as aggregates, numbers as numbers, small counts and what gives them away hidden, and no student", async () => {
    // A few trajecten of this school year beside the demo data.
    for (const stand of ["GESTOPT", "AFGEROND", "INTENSIEF"] as const) await trajectAt(db(), setup.own, stand, today);
    const swv = { actor: setup.own.SWV, ip: null };
    const { book, pdf } = await open(await auditPakketZip(await auditPakket(swv, 2026, today)));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Termijnen", "Uitkomsten", "Follow-up", "Tevredenheid", "Escalaties", "Toestemming", "Toegangslog", "Tweestapsverificatie", "Bewaartermijnen"]);
    expect(pdf).toContain("Auditpakket Toptrajecten, schooljaar 2026-2027 (tot nu toe");

    const names = new RegExp(`\\b(${FIRST_NAMES.join("|")})\\b.*\\b(${LAST_NAMES.join("|")})\\b|demo-student-|demo-traject-|\\bt-[0-9a-f]{12}\\b|Test Leerling`);
    let getallen = 0;
    for (const sheet of book.worksheets) {
      const rijen = (sheet.getSheetValues() as unknown[][]).filter(Boolean).slice(2).map((r) => r.slice(1));
      for (const rij of rijen) {
        for (const cel of rij) {
          expect(String(cel), `${sheet.name}`).not.toMatch(names);
          // A count is a number in the sheet, and never 1 to 4.
          if (typeof cel === "number") {
            getallen += 1;
            if (!["Tevredenheid", "Bewaartermijnen"].includes(sheet.name)) expect(cel === 0 || cel >= 5, `${sheet.name}: ${cel}`).toBe(true);
          } else expect(["<5", "•", "—"].includes(String(cel)) || Number.isNaN(Number(cel)), `${sheet.name}: ${String(cel)}`).toBe(true);
        }
        for (const [totaal, delen] of TOTALEN[sheet.name] ?? []) {
          if (delen.some((d) => rij[d] === "<5")) expect(rij[totaal], `${sheet.name}: total beside a hidden part`).toBe("•");
        }
      }
    }
    expect(getallen).toBeGreaterThan(10);
    expect(pdf).not.toMatch(names);
  });

  it("adds the accounts for the rights review to the functioneel beheerder's copy only, and is refused to others", async () => {
    const admin = await auditPakket({ actor: setup.own.ADMIN, ip: null }, 2026, today);
    const accounts = admin.onderdelen.find((o) => o.blad === "Accounts")!;
    expect(accounts.rijen).toContainEqual([setup.own.ZORGCOORDINATOR.naam, setup.own.ZORGCOORDINATOR.email, "Zorgcoördinator", expect.any(String), expect.stringMatching(/^(aan|uit)$/)]);
    const { book } = await open(await auditPakketZip(admin));
    expect(book.worksheets.map((w) => w.name)).toContain("Accounts");
    for (const role of ["GEDRAGSWETENSCHAPPER", "COORDINATOR", "PRIVACY_OFFICER", "ZORGCOORDINATOR"] as const) {
      await expect(auditPakket({ actor: setup.own[role], ip: null }, 2026, today)).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
    }
    expect(await db().auditLog.count({ where: { action: "FIGURES_READ", onderdeel: "auditpakket", outcome: "DENIED" } })).toBe(4);
  });
});
