// The paper route of consent: a printable form with the same versioned text as the consent link,
// for the school to hand to the parents or the student and record once signed. For the school
// only, since it names the student; every download is logged as an export.
import "server-only";
import { PDFDocument } from "pdf-lib";
import { findReadableTraject } from "../access";
import { HUIDIGE_VERSIE, toestemmingstekst } from "../aanmelding/consent-text";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { formatDay } from "../calendar";
import { db } from "../db";
import { Writer } from "../pdf/writer";
import { trajectCode } from "../trajecten/student-label";
import type { Block } from "./blocks";

export interface Formuliergegevens {
  code: string;
  school: string;
  leerling: string | null;
  geboortedatum: Date | null;
}

/** The form's details for traject `trajectId`, if `ctx.actor` is its school; null (and logged) otherwise. */
export async function leesFormuliergegevens(ctx: RequestContext, trajectId: string): Promise<Formuliergegevens | null> {
  const audit = { action: "TRAJECT_EXPORT", onderdeel: "toestemmingsformulier", trajectId } as const;
  const row = await findReadableTraject(
    ctx,
    trajectId,
    { nummer: true, school: { select: { naam: true } }, student: { select: { id: true, voornaam: true, achternaam: true, geboortedatum: true } } },
    audit,
    "aanmelding:write",
  );
  if (!row) return null;
  await recordAudit(db(), { actor: ctx.actor, ...audit, outcome: "ALLOWED", studentId: row.student?.id ?? null, ip: ctx.ip });
  return {
    code: trajectCode(row.nummer),
    school: row.school.naam,
    leerling: row.student ? `${row.student.voornaam} ${row.student.achternaam}` : null,
    geboortedatum: row.student?.geboortedatum ?? null,
  };
}

const LIJN = "______________________________";

export function formulierBlocks(g: Formuliergegevens, versie = HUIDIGE_VERSIE): Block[] {
  const tekst = toestemmingstekst(versie);
  return [
    { soort: "titel", tekst: "Toestemming voor een Toptraject" },
    { soort: "tekst", tekst: `${g.school} · traject ${g.code}` },
    { soort: "tekst", tekst: `Leerling: ${g.leerling ?? LIJN}${g.geboortedatum ? `, geboren op ${formatDay(g.geboortedatum)}` : ""}` },
    ...tekst.inleiding.map((alinea): Block => ({ soort: "tekst", tekst: alinea })),
    { soort: "kop", tekst: "Wie ziet wat" },
    { soort: "lijst", items: tekst.wieZietWat },
    { soort: "kop", tekst: "Uw rechten" },
    { soort: "lijst", items: tekst.rechten },
    { soort: "kop", tekst: "Uw antwoord" },
    { soort: "tekst", tekst: "Ik ben:  ☐ ouder of verzorger    ☐ de leerling zelf (16 jaar of ouder)" },
    { soort: "tekst", tekst: "☐ Ja, ik geef toestemming om gegevens te delen met het samenwerkingsverband en het Topteam." },
    { soort: "tekst", tekst: "☐ Nee, ik geef geen toestemming." },
    { soort: "tekst", tekst: `Naam: ${LIJN}` },
    { soort: "tekst", tekst: `Datum: ${LIJN}` },
    { soort: "tekst", tekst: `Handtekening: ${LIJN}` },
    { soort: "tekst", klein: true, tekst: `Versie van deze tekst: ${tekst.versie}. Geef het formulier terug aan de zorgcoördinator van de school; de school legt uw antwoord vast.` },
  ];
}

export async function formulierPdf(g: Formuliergegevens): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Toestemming voor een Toptraject (${g.code})`);
  doc.setCreator("Toptrajecten");
  (await Writer.on(doc)).render(formulierBlocks(g));
  return doc.save();
}
