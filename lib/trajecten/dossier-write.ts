// The frame of every write in a traject's dossier other than a phase transition: the write
// frame of lib/access.ts (row lock, the write's own scope, version), the write's phase window
// (write-windows.ts), then the work, an event row in the history and the audit row, together.
import "server-only";
import { inWritableTraject } from "../access";
import { recordAudit } from "../audit";
import type { RequestContext } from "../authz";
import { AppError } from "../errors";
import type { TTrajectBasis } from "../forms/schema";
import type { Prisma } from "../generated/prisma/client";
import { amsterdamDay } from "../calendar";
import { ALLEEN_SCHOOL_SCHRIJFT, isAfgeschermd, TOESTEMMING_SELECT } from "./consent-shield";
import type { Gebeurtenis } from "./history";
import { standOf } from "./stand";
import { SCHRIJFVENSTERS, type Schrijfsoort } from "./write-windows";

const dossierSelect = {
  id: true,
  version: true,
  studentId: true,
  schoolId: true,
  topteamId: true,
  fase: true,
  aanmeldingStap: true,
  ...TOESTEMMING_SELECT,
} as const;

export type DossierRow = Prisma.TrajectGetPayload<{ select: typeof dossierSelect }>;

/** What a write records in the history, its result, and the student the traject names afterwards if it changed. */
export interface Vastlegging<T> {
  gebeurtenis: Gebeurtenis;
  datum: Date;
  notitie: string;
  result: T;
  studentId?: string;
}

/** Runs `work` as a write of kind `soort` in the traject `input` names, once every check has passed. */
export async function schrijfInDossier<T>(
  ctx: RequestContext,
  input: TTrajectBasis,
  soort: Schrijfsoort,
  work: (tx: Prisma.TransactionClient, traject: DossierRow) => Promise<Vastlegging<T>>,
): Promise<T> {
  const venster = SCHRIJFVENSTERS[soort];
  const write = { trajectId: input.trajectId, version: input.version, permission: venster.permission, audit: venster.audit };
  return inWritableTraject(ctx, write, dossierSelect, async (tx, row) => {
    if (!(venster.standen as readonly string[]).includes(standOf(row.fase, row.aanmeldingStap))) throw new AppError("VERKEERDE_FASE", venster.buiten);
    if (isAfgeschermd(row, ctx.actor, amsterdamDay())) throw new AppError("NIET_TOEGESTAAN", ALLEEN_SCHOOL_SCHRIJFT);
    const done = await work(tx, row);
    await tx.traject.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    await tx.trajectTransition.create({
      data: {
        trajectId: row.id,
        action: done.gebeurtenis,
        vanFase: row.fase,
        vanStap: row.aanmeldingStap,
        naarFase: row.fase,
        naarStap: row.aanmeldingStap,
        datum: done.datum,
        actorId: ctx.actor.id,
        notitie: done.notitie,
      },
    });
    const studentId = done.studentId ?? row.studentId;
    await recordAudit(tx, { actor: ctx.actor, ...venster.audit, outcome: "ALLOWED", trajectId: row.id, studentId, ip: ctx.ip });
    return done.result;
  });
}
