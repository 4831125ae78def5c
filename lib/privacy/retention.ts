// The daily retention run (lib/jobs/worker.ts, `npm run retention`): each category of a student's
// data at its own period (./bewaartermijnen.ts), each student in a transaction of its own.
import "server-only";
import { recordAudit } from "../audit";
import { KNOWN_ADDRESS_DAYS } from "../auth/rate-limit";
import { plusDays } from "../calendar";
import { db } from "../db";
import { GESLOTEN } from "../trajecten/stand";
import { BEWAARTERMIJN, bewaartermijnen, jarenVoor, type Bewaartermijnen } from "./bewaartermijnen";
import { ALLE_CATEGORIEEN, wisVanLeerling } from "./erase";

export interface Retentierun {
  /** Students whose shared dossier, and whose team notes, were wiped in this run. */
  schooldossier: string[];
  werkaantekeningen: string[];
  /** Students whose name is gone: both categories wiped. */
  geanonimiseerd: string[];
  exitToelichtingen: number;
  toegangslogRegels: number;
  /** Sign-in attempts older than any sign-in reads back: an address and a hashed e-mail address each. */
  inlogpogingen: number;
}

/**
 * The daily retention run: each category at its own period (./bewaartermijnen.ts). A student's
 * content goes when all their trajecten closed that long ago, each student in a transaction of
 * its own with its audit row; exit answers lose their free text; the access log loses rows older
 * than its period (never younger than five years: the database refuses); sign-in attempts go
 * once no sign-in reads them any more (KNOWN_ADDRESS_DAYS).
 */
export async function applyRetention(today: Date, termijnen: Bewaartermijnen = bewaartermijnen()): Promise<Retentierun> {
  const run: Retentierun = { schooldossier: [], werkaantekeningen: [], geanonimiseerd: [], exitToelichtingen: 0, toegangslogRegels: 0, inlogpogingen: 0 };
  const velden = { SCHOOLDOSSIER: "schooldossierGewistOp", WERKAANTEKENINGEN: "werkaantekeningenGewistOp" } as const;
  for (const categorie of ALLE_CATEGORIEEN) {
    const cutoff = jarenVoor(today, termijnen[categorie]);
    const due = await db().student.findMany({
      where: {
        trajecten: { some: { [velden[categorie]]: null }, every: { fase: { in: [...GESLOTEN] }, afgeslotenOp: { lte: cutoff } } },
      },
      select: { id: true },
    });
    for (const { id } of due) {
      const weg = await db().$transaction(async (tx) => {
        const gone = await wisVanLeerling(tx, id, [categorie], today);
        await recordAudit(tx, { actor: null, action: "STUDENT_ANONYMISE", onderdeel: `bewaartermijn: ${BEWAARTERMIJN[categorie].label.toLowerCase()}`, outcome: "ALLOWED", studentId: id });
        return gone;
      });
      run[categorie === "SCHOOLDOSSIER" ? "schooldossier" : "werkaantekeningen"].push(id);
      if (weg) run.geanonimiseerd.push(id);
    }
  }
  // Filled in on or before the day the period reaches back to.
  const exitTot = plusDays(jarenVoor(today, termijnen.EXITANTWOORDEN), 1);
  const exit = await db().exitAntwoord.updateMany({ where: { ingevuldOp: { lt: exitTot }, NOT: { opmerking: "" } }, data: { opmerking: "" } });
  run.exitToelichtingen = exit.count;
  const [purge] = await db().$queryRaw<{ weg: bigint }[]>`SELECT audit_log_purge(${jarenVoor(today, termijnen.TOEGANGSLOG)}::timestamptz) AS weg`;
  run.toegangslogRegels = Number(purge?.weg ?? 0);
  const inlog = await db().signInAttempt.deleteMany({ where: { at: { lt: plusDays(today, -KNOWN_ADDRESS_DAYS) } } });
  run.inlogpogingen = inlog.count;
  return run;
}

/** One line for the audit log's RETENTION_RUN row: what the run did, in counts. */
export function retentieSamenvatting(run: Retentierun): string {
  return `bewaartermijn: ${run.schooldossier.length} schooldossier, ${run.werkaantekeningen.length} werkaantekeningen, ${run.geanonimiseerd.length} geanonimiseerd, ${run.exitToelichtingen} exit-toelichtingen, ${run.toegangslogRegels} logregels, ${run.inlogpogingen} inlogpogingen`;
}
