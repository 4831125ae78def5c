// Consent to share the dossier with the SWV and the Topteam (handbook, Stap 3), and linking the
// named student to a traject that began anonymously. The school records both; each change is
// a history row. Without valid consent, no one but the school sees the student's data.
import "server-only";
import { z } from "zod";
import { assertDatum, zDag, ZTrajectBasis } from "../forms/schema";
import { differenceInYears } from "date-fns";
import { amsterdamDay, daysBetween, formatDay } from "../calendar";
import type { RequestContext } from "../authz";
import { toestemmingVan } from "../trajecten/consent-shield";
import { schrijfInDossier } from "../trajecten/dossier-write";
import { AppError } from "../errors";


const basis = ZTrajectBasis.shape;

export const ZToestemming = z.object({
  ...basis,
  gegevenDoor: z.enum(["OUDERS", "LEERLING"], { error: "Kies wie toestemming gaf." }),
  naamGever: z.string({ error: "Vul de naam in van wie toestemming gaf." }).trim().min(1, "Vul de naam in van wie toestemming gaf.").max(200),
  gegevenOp: zDag,
});

export const ZIntrekking = z.object({ ...basis, consentId: z.string().trim().min(1).max(64), ingetrokkenOp: zDag });

export const ZLeerling = z.object({
  ...basis,
  voornaam: z.string({ error: "Vul de voornaam in." }).trim().min(1, "Vul de voornaam in.").max(100),
  achternaam: z.string({ error: "Vul de achternaam in." }).trim().min(1, "Vul de achternaam in.").max(100),
  geboortedatum: zDag,
});


export async function recordConsent(ctx: RequestContext, input: z.infer<typeof ZToestemming>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "toestemming", async (tx, traject) => {
    assertDatum(input.gegevenOp, today, undefined, "gegevenOp");
    if (input.gegevenDoor === "LEERLING") {
      const student = traject.studentId ? await tx.student.findUnique({ where: { id: traject.studentId } }) : null;
      if (!student) throw new AppError("VOORWAARDE", "Koppel eerst de leerling: alleen een leerling van 16 of ouder geeft zelf toestemming.", "gegevenDoor");
      if (toestemmingVan(student, input.gegevenOp) !== "LEERLING") {
        throw new AppError("VOORWAARDE", "De leerling is jonger dan 16: de ouders of verzorgers geven toestemming.", "gegevenDoor");
      }
    }
    await tx.consent.create({
      data: { trajectId: traject.id, gegevenDoor: input.gegevenDoor, naamGever: input.naamGever, gegevenOp: input.gegevenOp, recordedById: ctx.actor.id },
    });
    const door = input.gegevenDoor === "OUDERS" ? "ouders/verzorgers" : "de leerling";
    return { gebeurtenis: "TOESTEMMING_VASTGELEGD", datum: input.gegevenOp, notitie: `Toestemming van ${door} (${input.naamGever}) om gegevens te delen met het samenwerkingsverband en het Topteam.`, result: undefined };
  });
}

export async function withdrawConsent(ctx: RequestContext, input: z.infer<typeof ZIntrekking>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "intrekking", async (tx, traject) => {
    assertDatum(input.ingetrokkenOp, today, undefined, "ingetrokkenOp");
    const consent = await tx.consent.findFirst({ where: { id: input.consentId, trajectId: traject.id, ingetrokkenOp: null } });
    if (!consent) throw new AppError("VOORWAARDE", "Deze toestemming bestaat niet of is al ingetrokken.", "consentId");
    if (daysBetween(consent.gegevenOp, input.ingetrokkenOp) < 0) {
      throw new AppError("VOORWAARDE", `De toestemming is gegeven op ${formatDay(consent.gegevenOp)}; intrekken kan niet eerder.`, "ingetrokkenOp");
    }
    await tx.consent.update({ where: { id: consent.id }, data: { ingetrokkenOp: input.ingetrokkenOp, withdrawnById: ctx.actor.id } });
    return { gebeurtenis: "TOESTEMMING_INGETROKKEN", datum: input.ingetrokkenOp, notitie: "Toestemming ingetrokken: het delen van gegevens met het samenwerkingsverband en het Topteam stopt.", result: undefined };
  });
}

export async function linkStudent(ctx: RequestContext, input: z.infer<typeof ZLeerling>, today = amsterdamDay()): Promise<void> {
  await schrijfInDossier(ctx, input, "leerling", async (tx, traject) => {
    if (traject.studentId) throw new AppError("VOORWAARDE", "Aan dit traject is al een leerling gekoppeld.");
    const leeftijd = differenceInYears(today, input.geboortedatum);
    if (daysBetween(input.geboortedatum, today) < 0 || leeftijd < 9 || leeftijd > 25) {
      throw new AppError("VOORWAARDE", "Controleer de geboortedatum: dit is geen leeftijd voor het voortgezet onderwijs.", "geboortedatum");
    }
    const student = await tx.student.create({
      data: { voornaam: input.voornaam, achternaam: input.achternaam, geboortedatum: input.geboortedatum, schoolId: traject.schoolId },
    });
    await tx.traject.update({ where: { id: traject.id }, data: { studentId: student.id } });
    return { gebeurtenis: "LEERLING_GEKOPPELD", datum: today, notitie: "De leerling is op naam gezet.", result: undefined, studentId: student.id };
  });
}
