// Wiping a student's data by category (docs/decisions/0018): the one frame under the privacy
// officer's erasure on request and the daily retention run. Phases, dates, schools and teams
// stay, so the figures keep their counts.
import "server-only";
import { vervalFiguren } from "../figures/figures-cache";
import { naHerberekening, werkTakenBij } from "../tasks/stored";
import { Prisma } from "../generated/prisma/client";
import type { Bewaarcategorie } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { OPEN_FASEN } from "../trajecten/stand";

const openTraject = () => new AppError("VOORWAARDE", "Deze leerling heeft een lopend traject. Dat moet eerst worden afgesloten.");

const TEAM_ALLEEN = { zichtbaarheid: "TOPTEAM" } as const;
const GEDEELD = { zichtbaarheid: "GEDEELD" } as const;

/**
 * Wipes one category of the content of `trajectIds`: what the school shares, or the Topteam's
 * own working notes (docs/decisions/0018). Phases, dates, schools and teams stay, so the figures
 * keep their counts; so do the exit scores.
 */
async function wis(tx: Prisma.TransactionClient, trajectIds: string[], categorie: Bewaarcategorie, today: Date): Promise<void> {
  const ids = { trajectId: { in: trajectIds } };
  if (categorie === "WERKAANTEKENINGEN") {
    await tx.netwerkContact.updateMany({ where: { ...ids, ...TEAM_ALLEEN }, data: { naam: "", organisatie: "" } });
    await tx.activiteit.updateMany({ where: { ...ids, ...TEAM_ALLEEN }, data: { deelnemers: "", notitie: "" } });
    await tx.notitie.updateMany({ where: { ...ids, ...TEAM_ALLEEN }, data: { tekst: "" } });
    await tx.escalatie.updateMany({ where: { ...ids, ...TEAM_ALLEEN }, data: { kwestie: "", wie: "", oplossing: null } });
    await tx.traject.updateMany({ where: { id: { in: trajectIds } }, data: { werkaantekeningenGewistOp: today, version: { increment: 1 } } });
    return;
  }
  // The snapshots hold the LISA reference, so they go too (the traject is closed: nothing to undo).
  await tx.trajectTransition.updateMany({ where: ids, data: { notitie: "", voorToestand: Prisma.DbNull } });
  await tx.consent.updateMany({ where: ids, data: { naamGever: "" } });
  await tx.toestemmingLink.updateMany({ where: ids, data: { adresHash: "", antwoordIp: null } });
  await tx.doel.updateMany({ where: ids, data: { omschrijving: "" } });
  await tx.handelingsadvies.updateMany({ where: ids, data: { tekst: "" } });
  await tx.followUp.updateMany({ where: ids, data: { notitie: "" } });
  await tx.infoVraag.updateMany({ where: ids, data: { vraag: "", antwoord: null } });
  await tx.vooroverleg.updateMany({
    where: ids,
    data: { deelnemers: "", hoeGaatHet: null, ingezetteHulp: null, betrokkenInstanties: null, motivatie: null, afspraken: null, andereOndersteuning: null },
  });
  await tx.document.deleteMany({ where: ids });
  await tx.evaluatie.updateMany({ where: ids, data: { deelnemers: "" } });
  await tx.doelEvaluatie.updateMany({ where: { evaluatie: ids }, data: { toelichting: "" } });
  await tx.overdracht.updateMany({ where: ids, data: { notitie: "" } });
  await tx.netwerkContact.updateMany({ where: { ...ids, ...GEDEELD }, data: { naam: "", organisatie: "" } });
  await tx.activiteit.updateMany({ where: { ...ids, ...GEDEELD }, data: { deelnemers: "", notitie: "" } });
  await tx.notitie.updateMany({ where: { ...ids, ...GEDEELD }, data: { tekst: "" } });
  await tx.escalatie.updateMany({ where: { ...ids, ...GEDEELD }, data: { kwestie: "", wie: "", oplossing: null } });
  await tx.afspraak.updateMany({ where: ids, data: { afspraak: "" } });
  await tx.traject.updateMany({ where: { id: { in: trajectIds } }, data: { lisaReferentie: null, schooldossierGewistOp: today, version: { increment: 1 } } });
}

/**
 * Wipes `categorieen` of a student whose trajecten are all closed, in `tx`. Once both are wiped
 * from every traject, the student's name and birth date go too (the exit answers' free text
 * with them), and the trajecten count on in the figures without a student. Returns whether the
 * student is gone.
 */
export async function wisVanLeerling(tx: Prisma.TransactionClient, studentId: string, categorieen: readonly Bewaarcategorie[], today: Date): Promise<boolean> {
  await naHerberekening(tx);
  const trajecten = await tx.traject.findMany({ where: { studentId }, select: { id: true, fase: true } });
  if (trajecten.some((t) => (OPEN_FASEN as readonly string[]).includes(t.fase))) throw openTraject();
  const trajectIds = trajecten.map((t) => t.id);
  for (const categorie of categorieen) await wis(tx, trajectIds, categorie, today);
  const nogTeBewaren = await tx.traject.count({ where: { studentId, OR: [{ schooldossierGewistOp: null }, { werkaantekeningenGewistOp: null }] } });
  if (nogTeBewaren === 0) {
    await tx.exitAntwoord.updateMany({ where: { trajectId: { in: trajectIds } }, data: { opmerking: "" } });
    await tx.traject.updateMany({ where: { studentId }, data: { studentId: null, geanonimiseerdOp: today, version: { increment: 1 } } });
    await tx.student.delete({ where: { id: studentId } });
  }
  await vervalFiguren(tx, null);
  await werkTakenBij(tx, trajectIds, today);
  return nogTeBewaren === 0;
}

export const ALLE_CATEGORIEEN: readonly Bewaarcategorie[] = ["SCHOOLDOSSIER", "WERKAANTEKENINGEN"];

