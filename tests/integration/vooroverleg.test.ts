// The collegiaal vooroverleg and its OPP: planned and recorded by the school, the file checked
// on the way in and served only to those who may read the dossier's contents.
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument, uploadOpp } from "@/lib/aanmelding/opp";
import { OPP_MAX_BYTES } from "@/lib/aanmelding/opp-limits";
import { withdrawConsent } from "@/lib/aanmelding/consent";
import { day } from "@/lib/calendar";
import { Role } from "@/lib/generated/prisma/enums";
import { getTraject } from "@/lib/trajecten/queries";
import { newTraject, refusal, step, trajectAt, validInput, versionOf, seededWithCasts, type Cast } from "../support/trajecten";
import { next } from "../support/next-request";
import { pdfFile, polyglot } from "../support/pdf-file";

const today = day("2026-11-20");
const ROLES = Object.values(Role);
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const version = (id: string) => versionOf(db(), id);
const as = (c: Cast, role: Role) => ({ actor: c[role], ip: "10.0.0.7" });
let pdf: () => Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  const bytes = await pdfFile();
  pdf = () => bytes;
});
const documents = (trajectId: string) => db().document.count({ where: { trajectId } });

describe("planning and recording a vooroverleg", () => {
  it("stores the plan, then the record with the five questions, the check and the decision", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    await step(db(), setup.own.ZORGCOORDINATOR, id, { ...validInput("VOOROVERLEG_GEPLAND", today), geplandOp: day("2026-11-27"), anoniem: true } as never, today);
    expect(await db().vooroverleg.findUniqueOrThrow({ where: { trajectId: id } })).toMatchObject({ geplandOp: day("2026-11-27"), gehoudenOp: null, anoniem: true });

    // The gedragswetenschapper and onderwijsadviseur of the windstreek join it, and see the plan.
    for (const role of ["GEDRAGSWETENSCHAPPER", "ONDERWIJSADVISEUR"] as const) {
      expect((await getTraject(as(setup.own, role), id, today))?.vooroverleg).toMatchObject({ geplandOp: day("2026-11-27") });
    }

    await step(db(), setup.own.ZORGCOORDINATOR, id, { ...validInput("VOOROVERLEG_GEHOUDEN", today), gebieden: ["VERZUIM", "MOTIVATIE"] } as never, today);
    const record = await db().vooroverleg.findUniqueOrThrow({ where: { trajectId: id } });
    expect(record).toMatchObject({ geplandOp: day("2026-11-27"), gehoudenOp: today, besluit: "TOPTRAJECT", gebieden: ["VERZUIM", "MOTIVATIE"], hoeGaatHet: "Dreigt te blijven zitten." });
    // The onderwijsadviseur checks the request against it.
    expect((await getTraject(as(setup.own, "ONDERWIJSADVISEUR"), id, today))?.vooroverleg).toMatchObject({ besluit: "TOPTRAJECT", gehoudenOp: today });
    expect(await getTraject(as(setup.foreign, "ONDERWIJSADVISEUR"), id, today)).toBeNull();
  });

  it("closes the traject when the decision is other support, and records which", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    const invoer = { ...validInput("VOOROVERLEG_GEHOUDEN", today), besluit: "ANDERE_ONDERSTEUNING", andereOndersteuning: "Schoolmaatschappelijk werk" };
    await step(db(), setup.own.ZORGCOORDINATOR, id, invoer as never, today);
    expect(await db().traject.findUniqueOrThrow({ where: { id } })).toMatchObject({ fase: "GESTOPT", stopReden: "ANDERE_ONDERSTEUNING" });
    expect(await db().vooroverleg.findUniqueOrThrow({ where: { trajectId: id } })).toMatchObject({ andereOndersteuning: "Schoolmaatschappelijk werk" });
  });

  it("refuses a record with a not-a-fit situation ticked and unconfirmed, and writes nothing", async () => {
    const id = await newTraject(db(), setup.own, { aangemeldOp: today, named: false, consent: false });
    const before = await version(id);
    const error = await refusal(step(db(), setup.own.ZORGCOORDINATOR, id, { ...validInput("VOOROVERLEG_GEHOUDEN", today), nietPassend: ["NIET_GEMOTIVEERD"] } as never, today));
    expect(error).toMatchObject({ code: "VOORWAARDE", veld: "nietPassend" });
    expect(await version(id)).toBe(before);
    expect(await db().vooroverleg.count({ where: { trajectId: id } })).toBe(0);
  });
});

describe("the OPP", () => {
  it("takes a PDF from the school, and refuses an empty, too large or non-PDF file at the field, storing nothing", async () => {
    const id = await trajectAt(db(), setup.own, "VOOROVERLEG", today);
    const zc = as(setup.own, "ZORGCOORDINATOR");
    const tooLarge = new Uint8Array(OPP_MAX_BYTES + 1).fill(0x20);
    const cases: [Uint8Array<ArrayBuffer> | null, string][] = [
      [null, "Kies een PDF-bestand"],
      [tooLarge, "groter dan 5 MB"],
      [new TextEncoder().encode("<html>not a pdf</html>"), "geen PDF-bestand"],
      // Starts like a PDF, is a web page: refused because it does not parse as one.
      [polyglot(), "geen PDF-bestand"],
      [await pdfFile({ script: true }), "scripts of acties"],
    ];
    for (const [bytes, message] of cases) {
      const error = await refusal(uploadOpp(zc, { trajectId: id, version: await version(id) }, bytes && { naam: "opp.pdf", bytes }, today));
      expect(error).toMatchObject({ veld: "bestand", message: expect.stringContaining(message) });
    }
    expect(await documents(id)).toBe(0);

    await uploadOpp(zc, { trajectId: id, version: await version(id) }, { naam: "../../etc/OPP Sam<script>.pdf", bytes: pdf() }, today);
    const stored = await db().document.findFirstOrThrow({ where: { trajectId: id } });
    expect(stored).toMatchObject({ soort: "OPP", grootte: pdf().length, bestandsnaam: "OPP Sam_script_.pdf", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const history = await db().trajectTransition.findMany({ where: { trajectId: id }, orderBy: { recordedAt: "asc" } });
    expect(history.at(-1)?.action).toBe("OPP_TOEGEVOEGD");
  });

  it("is refused on another school's traject, and the attempt is logged", async () => {
    const id = await trajectAt(db(), setup.foreign, "VOOROVERLEG", today);
    const zc = as(setup.own, "ZORGCOORDINATOR");
    const error = await refusal(uploadOpp(zc, { trajectId: id, version: await version(id) }, { naam: "x.pdf", bytes: pdf() }, today));
    expect(error.code).toBe("NIET_GEVONDEN");
    expect(await documents(id)).toBe(0);
    expect(await db().auditLog.count({ where: { userId: zc.actor.id, trajectId: id, action: "DOCUMENT_UPLOAD", outcome: "DENIED" } })).toBe(1);
  });

  it("is served by its route only to those who may read the dossier's contents; every other request gets a 404 and is logged", async () => {
    const { GET } = await import("@/app/(app)/trajecten/[id]/documenten/[documentId]/route");
    // Named, with consent, approved: the school, the windstreek's onderwijsadviseur, the team's
    // gedragswetenschapper and the coördinator (who assigns approved trajecten) see it.
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    await uploadOpp(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await version(id) }, { naam: "opp.pdf", bytes: pdf() }, today);
    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    const documentId = (await db().document.findFirstOrThrow({ where: { trajectId: id } })).id;
    const fetchAs = async (c: Cast, role: Role) => {
      next.current = as(c, role);
      return GET(new Request("http://test/"), { params: Promise.resolve({ id, documentId }) });
    };
    const allowed: Role[] = ["ZORGCOORDINATOR", "ONDERWIJSADVISEUR", "GEDRAGSWETENSCHAPPER", "COORDINATOR"];
    for (const role of ROLES) {
      const response = await fetchAs(setup.own, role);
      expect(response.status, `${role} of the school's windstreek`).toBe(allowed.includes(role) ? 200 : 404);
      if (response.status === 200) {
        expect(response.headers.get("content-type")).toBe("application/pdf");
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
      }
      if (setup.foreign[role].id === setup.own[role].id) continue; // one coördinator, SWV and admin for all
      const other = await fetchAs(setup.foreign, role);
      expect(other.status, `${role} elsewhere`).toBe(404);
      expect(await other.text()).not.toContain("%PDF");
    }
    expect(await db().auditLog.count({ where: { userId: setup.foreign.ZORGCOORDINATOR.id, trajectId: id, action: "DOCUMENT_READ", outcome: "DENIED" } })).toBe(1);

    // Withdrawn consent shields the file from everyone but the school.
    const consent = await db().consent.findFirstOrThrow({ where: { trajectId: id } });
    await withdrawConsent(as(setup.own, "ZORGCOORDINATOR"), { trajectId: id, version: await version(id), consentId: consent.id, ingetrokkenOp: today }, today);
    expect((await fetchAs(setup.own, "GEDRAGSWETENSCHAPPER")).status).toBe(404);
    expect((await fetchAs(setup.own, "ZORGCOORDINATOR")).status).toBe(200);
    expect(await readDocument(as(setup.own, "ONDERWIJSADVISEUR"), id, documentId)).toBeNull();
  });
});
