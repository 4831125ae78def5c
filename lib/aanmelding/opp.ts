// The OPP the school sends before the vooroverleg (handbook, Stap 2): a PDF, possibly
// anonymised. It is kept in the database with the dossier, so it is only ever served through
// the same scope and consent rules as the dossier itself, and goes when the dossier is erased.
import "server-only";
import { createHash } from "node:crypto";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { z } from "zod";
import { findReadableTraject, recordDenial } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import { AppError } from "../errors";
import { ZTrajectBasis } from "../forms/schema";
import { isAfgeschermd, TOESTEMMING_SELECT } from "../trajecten/consent-shield";
import { schrijfInDossier } from "../trajecten/dossier-write";
import { OPP_MAX_BYTES, OPP_MAX_LABEL } from "./opp-limits";

export const ZOppUpload = ZTrajectBasis.extend({
  // The file's checks (size, content) come after authorization, in uploadOpp.
  bestand: z.unknown().transform((value) => (value instanceof File && value.size > 0 ? value : null)),
});

export interface Bestand {
  naam: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const PDF_MAGIC = "%PDF-";

/** A file name fit to store and to send back in a header: no path, no control characters. */
function veiligeNaam(naam: string): string {
  const base = naam.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").trim().slice(0, 120);
  return clean.toLowerCase().endsWith(".pdf") ? clean : `${clean || "opp"}.pdf`;
}

const GEEN_PDF = "Dit is geen PDF-bestand. Alleen een OPP als PDF kan worden toegevoegd.";

// Actions a viewer could run: scripts, launching programs, embedded files and rich media.
const ACTIEF = ["JS", "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA"].map((n) => PDFName.of(n));

/** Whether any object of the document names active content, as a key or as an action type. */
function heeftActieveInhoud(doc: PDFDocument): boolean {
  return doc.context.enumerateIndirectObjects().some(([, object]) => {
    if (!(object instanceof PDFDict)) return false;
    const soort = object.get(PDFName.of("S"));
    return ACTIEF.some((name) => object.has(name) || soort === name);
  });
}

/**
 * Checks the file before anything is written; the message goes at the upload field. The content
 * decides, not the name or the type the browser claims: the file must parse as a PDF with at
 * least one page, and hold no scripts or launch actions. A file that only starts like one (HTML
 * after a PDF header) does not parse.
 */
export async function checkPdf(bestand: Bestand | null): Promise<Bestand> {
  if (!bestand || bestand.bytes.length === 0) throw new AppError("VOORWAARDE", "Kies een PDF-bestand met het OPP.", "bestand");
  if (bestand.bytes.length > OPP_MAX_BYTES) throw new AppError("VOORWAARDE", `Het bestand is groter dan ${OPP_MAX_LABEL}. Verklein het en probeer het opnieuw.`, "bestand");
  const start = new TextDecoder("latin1").decode(bestand.bytes.subarray(0, PDF_MAGIC.length));
  if (start !== PDF_MAGIC) throw new AppError("VOORWAARDE", GEEN_PDF, "bestand");
  const doc = await PDFDocument.load(bestand.bytes, { updateMetadata: false, throwOnInvalidObject: true }).catch(() => null);
  // A file without a page tree (a web page after a PDF header) fails here: pdf-lib throws on it.
  const pages = (() => {
    try {
      return doc?.getPageCount() ?? 0;
    } catch {
      return 0;
    }
  })();
  if (!doc || pages === 0) throw new AppError("VOORWAARDE", GEEN_PDF, "bestand");
  if (heeftActieveInhoud(doc)) {
    throw new AppError("VOORWAARDE", "Deze PDF bevat scripts of acties die een programma starten. Sla het OPP opnieuw op als gewone PDF (bijvoorbeeld via Afdrukken naar PDF).", "bestand");
  }
  return { naam: veiligeNaam(bestand.naam), bytes: bestand.bytes };
}

export async function uploadOpp(ctx: RequestContext, input: Omit<z.infer<typeof ZOppUpload>, "bestand">, bestand: Bestand | null, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "opp", async (tx, traject) => {
    // Checked after access, so that a probe on another school's traject is logged as one.
    const pdf = await checkPdf(bestand);
    await tx.document.create({
      data: {
        trajectId: traject.id,
        soort: "OPP",
        bestandsnaam: pdf.naam,
        grootte: pdf.bytes.length,
        sha256: createHash("sha256").update(pdf.bytes).digest("hex"),
        inhoud: pdf.bytes,
        uploadedById: ctx.actor.id,
      },
    });
    return { gebeurtenis: "OPP_TOEGEVOEGD", datum: today, notitie: `OPP toegevoegd: ${pdf.naam}.`, result: undefined };
  });
}

export interface DocumentDownload {
  bestandsnaam: string;
  inhoud: Uint8Array;
  sha256: string;
}

/**
 * A document, if `ctx.actor` may read its traject's contents; null otherwise (unknown, out of
 * scope, or shielded for want of consent), and that refusal is logged as a denial.
 */
export async function readDocument(ctx: RequestContext, trajectId: string, documentId: string): Promise<DocumentDownload | null> {
  const audit = { action: "DOCUMENT_READ", onderdeel: "opp", trajectId } as const;
  const traject = await findReadableTraject(ctx, trajectId, { id: true, studentId: true, ...TOESTEMMING_SELECT }, audit);
  if (!traject) return null;
  const document = !isAfgeschermd(traject, ctx.actor, amsterdamDay())
    ? await db().document.findFirst({ where: { id: documentId, trajectId: traject.id }, select: { bestandsnaam: true, inhoud: true, sha256: true } })
    : null;
  if (!document) {
    await recordDenial(ctx, audit);
    return null;
  }
  await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", studentId: traject.studentId, ip: ctx.ip });
  return document;
}
