// The privacy officer's tasks: access log per student, export, erasure, and the retention job.
import { describe, expect, it } from "vitest";
import { day, plusDays } from "@/lib/calendar";
import { cijfersView } from "@/lib/figures/cijfers-view";
import { leesVraag } from "@/lib/figures/dashboard-request";
import {
  anonymiseStudent,
  exportStudent,
  searchStudents,
  studentAccessLog,
} from "@/lib/privacy/students";
import { applyRetention } from "@/lib/privacy/retention";
import { getTraject } from "@/lib/trajecten/queries";
import { LOG_PAGE_SIZE } from "@/lib/privacy/access-log";
import { studentPdf } from "@/lib/privacy/student-pdf";
import { PDFDocument } from "pdf-lib";
import { pdfText } from "../support/pdf-text";
import { seededWithCasts, trajectAt } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const admin = () => ({ actor: setup.own.PRIVACY_OFFICER, ip: "10.0.0.1" });

async function studentOf(trajectId: string): Promise<string> {
  return (await db().traject.findUniqueOrThrow({ where: { id: trajectId } })).studentId!;
}

describe("the privacy officer", () => {
  it("is the only one who may do these tasks", async () => {
    for (const role of ["ZORGCOORDINATOR", "GEDRAGSWETENSCHAPPER", "COORDINATOR", "SWV"] as const) {
      const ctx = { actor: setup.own[role], ip: null };
      await expect(searchStudents(ctx, "Test")).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
      expect(await db().auditLog.count({ where: { userId: ctx.actor.id, action: "STUDENT_SEARCH", outcome: "DENIED" } })).toBe(1);
      await expect(studentAccessLog(ctx, "x", {})).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
      await expect(exportStudent(ctx, "x")).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
      await expect(anonymiseStudent(ctx, "x", today)).rejects.toMatchObject({ code: "NIET_TOEGESTAAN" });
    }
  });

  it("finds a student by name and reads who looked at their dossier, denials included, within a period", async () => {
    const trajectId = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const studentId = await studentOf(trajectId);
    await getTraject({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "10.1.1.1" }, trajectId, today);
    const other = { ...setup.own.GEDRAGSWETENSCHAPPER, id: setup.own.TOPDOCENT.id, role: "TOPDOCENT" as const };
    await db().trajectAssignment.deleteMany({ where: { trajectId, userId: other.id } });
    await getTraject({ actor: other, ip: "10.2.2.2" }, trajectId, today);

    const hits = await searchStudents(admin(), "test leerling");
    expect(hits.map((h) => h.id)).toContain(studentId);

    const log = await studentAccessLog(admin(), studentId, { van: plusDays(today, -1) });
    expect(log.student?.naam).toBe("Test Leerling");
    const reads = log.rows.filter((r) => r.action === "TRAJECT_READ");
    expect(reads.map((r) => [r.outcome, r.ip])).toEqual(expect.arrayContaining([["ALLOWED", "10.1.1.1"], ["DENIED", "10.2.2.2"]]));
    expect(log.rows.some((r) => r.action === "TRAJECT_TRANSITION")).toBe(true);
    const future = await studentAccessLog(admin(), studentId, { van: plusDays(new Date(), 2) });
    expect(future.rows).toEqual([]);
    expect(await db().auditLog.count({ where: { action: "AUDIT_READ", studentId } })).toBe(2);
  });

  it("shows the log a page at a time, newest first, in words, and filters the refused attempts", async () => {
    const trajectId = await trajectAt(db(), setup.own, "ONDERZOEK", today);
    const studentId = await studentOf(trajectId);
    const outsider = { ...setup.own.GEDRAGSWETENSCHAPPER, id: setup.own.TOPDOCENT.id, role: "TOPDOCENT" as const };
    await db().trajectAssignment.deleteMany({ where: { trajectId, userId: outsider.id } });
    for (let i = 0; i < 30; i++) await getTraject({ actor: setup.own.GEDRAGSWETENSCHAPPER, ip: "10.1.1.1" }, trajectId, today);
    await getTraject({ actor: outsider, ip: "10.2.2.2" }, trajectId, today);

    const first = await studentAccessLog(admin(), studentId, {});
    expect(first.rows).toHaveLength(LOG_PAGE_SIZE);
    expect(first.pagina).toBe(1);
    expect(first.paginas).toBe(Math.ceil(first.totaal / LOG_PAGE_SIZE));
    expect(first.rows[0]).toMatchObject({ handeling: "Dossier geopend", outcome: "DENIED", traject: expect.stringMatching(/^aangemeld /) });
    // Organisations by name, not by key.
    expect(first.rows.every((r) => !r.organisatie?.includes(":"))).toBe(true);
    const last = await studentAccessLog(admin(), studentId, {}, 999);
    // Reading the log is logged too: each read sees one row more.
    expect(last.totaal).toBe(first.totaal + 1);
    expect(last.pagina).toBe(last.paginas);
    expect(last.rows.length).toBe(last.totaal - (last.paginas - 1) * LOG_PAGE_SIZE);

    const refused = await studentAccessLog(admin(), studentId, { alleenGeweigerd: true });
    expect(refused.totaal).toBe(1);
    expect(refused.rows[0]).toMatchObject({ outcome: "DENIED", ip: "10.2.2.2", action: "TRAJECT_READ" });
  });

  it("exports everything about a student, and logs the export", async () => {
    const trajectId = await trajectAt(db(), setup.own, "BORGING", today);
    const studentId = await studentOf(trajectId);
    const exported = await exportStudent(admin(), studentId);
    const json = JSON.stringify(exported);
    expect(exported?.leerling.trajecten[0]?.history.length).toBeGreaterThan(5);
    expect(json).toContain("Komt op tijd in de les.");
    expect(json).toContain("Kondig wisselingen vooraf aan.");
    expect(exported?.toegangslog.some((r) => r.action === "TRAJECT_TRANSITION")).toBe(true);
    expect(await db().auditLog.count({ where: { action: "STUDENT_EXPORT", studentId } })).toBe(1);

    const pdf = await PDFDocument.load(await studentPdf(exported!));
    expect(pdf.getTitle()).toBe("Gegevens van Test Leerling");
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    const text = (await pdfText(await studentPdf(exported!))).join("|");
    // Labels, not the codes the JSON holds.
    expect(text).not.toMatch(/GEDRAG_SOCIAAL_EMOTIONEEL|DIDACTIEK\b|\bvoor (SCHOOL|DOCENTEN|OUDERS|LEERLING)\b/);
  });

  it("prints a name outside WinAnsi in the AVG export exactly as it is spelled", async () => {
    const studentId = await studentOf(await trajectAt(db(), setup.own, "INTENSIEF", today));
    await db().student.update({ where: { id: studentId }, data: { voornaam: "Şükrü", achternaam: "Yıldız-Łukasiewicz Nguyễn" } });
    const text = await pdfText(await studentPdf((await exportStudent(admin(), studentId))!));
    expect(text).toContain("Şükrü Yıldız-Łukasiewicz Nguyễn");
    expect(text.join("|")).not.toContain("?");
  });

  it("anonymises a student whose trajecten are closed, keeping the counts, and refuses one with an open traject", async () => {
    const open = await trajectAt(db(), setup.own, "INTENSIEF", today);
    await expect(anonymiseStudent(admin(), await studentOf(open), today)).rejects.toMatchObject({ code: "VOORWAARDE", message: expect.stringContaining("lopend traject") });

    const closed = await trajectAt(db(), setup.own, "AFGEROND", today);
    const studentId = await studentOf(closed);
    await db().document.create({
      data: { trajectId: closed, soort: "OPP", bestandsnaam: "opp.pdf", grootte: 9, sha256: "x", inhoud: new TextEncoder().encode("%PDF-1.4\n"), uploadedById: setup.own.ZORGCOORDINATOR.id },
    });
    const figures = async () => (await cijfersView({ actor: setup.own.SWV, ip: null }, leesVraag({}, today), { kwartalen: [], windstreken: [], topteams: [], scholen: [] })).counts;
    const countsBefore = await figures();
    await anonymiseStudent(admin(), studentId, today);

    expect(await db().student.findUnique({ where: { id: studentId } })).toBeNull();
    const traject = await db().traject.findUniqueOrThrow({
      where: { id: closed },
      include: { history: true, consents: true, doelen: true, adviezen: true, followUps: true, vooroverleg: true, documenten: true },
    });
    expect(traject.documenten).toEqual([]);
    expect(traject.vooroverleg).toMatchObject({ gebieden: ["MOTIVATIE"], hoeGaatHet: null, deelnemers: "" });
    expect(traject).toMatchObject({ studentId: null, lisaReferentie: null, fase: "AFGEROND", geanonimiseerdOp: today });
    const text = JSON.stringify([traject.history.map((h) => [h.notitie, h.voorToestand]), traject.consents, traject.doelen, traject.adviezen, traject.followUps, traject.vooroverleg]);
    expect(text).not.toMatch(/Toelichting|Ouder \(test\)|Komt op tijd|Kondig|LISA-|Dreigt|Mentorgesprekken/);
    expect(await figures()).toEqual(countsBefore);
    expect(await db().auditLog.count({ where: { action: "STUDENT_ANONYMISE", studentId, userId: setup.own.PRIVACY_OFFICER.id } })).toBe(1);
  });

  it("anonymises by retention only students whose trajecten all closed more than two years ago", async () => {
    const old = await trajectAt(db(), setup.own, "GESTOPT", today);
    const recent = await trajectAt(db(), setup.own, "GESTOPT", today);
    await db().traject.update({ where: { id: old }, data: { afgeslotenOp: day("2024-11-19") } });
    await db().traject.update({ where: { id: recent }, data: { afgeslotenOp: day("2024-11-21") } });
    const oldStudent = await studentOf(old);
    const recentStudent = await studentOf(recent);

    // Both categories at two years: the student goes whole.
    const termijnen = { SCHOOLDOSSIER: 2, WERKAANTEKENINGEN: 2, TOEGANGSLOG: 5, EXITANTWOORDEN: 2 };
    const done = (await applyRetention(today, termijnen)).geanonimiseerd;
    expect(done).toContain(oldStudent);
    expect(done).not.toContain(recentStudent);
    expect(await db().student.findUnique({ where: { id: recentStudent } })).not.toBeNull();
    expect(await db().auditLog.findFirst({ where: { action: "STUDENT_ANONYMISE", studentId: oldStudent } })).toMatchObject({
      userId: null,
      onderdeel: expect.stringMatching(/^bewaartermijn: /),
    });
    expect((await applyRetention(today, termijnen)).geanonimiseerd).not.toContain(oldStudent);
  });
});
