// "Mijn taken" kept in a table for one day (docs/decisions/0020), so that a start page counts
// and pages them in SQL instead of computing thousands of tasks on every request. The rules stay
// the one source: the rows are what takenVoorAlleLijsten gives for the day in TakenStand.
// - Every write to a traject recomputes its rows (and those of the student's other trajecten)
//   in its own transaction: werkTakenBij, called where the figures cache is invalidated.
// - Each day a job recomputes them all for the new day: herberekenTaken.
// - A reader on another day, or with another evaluation interval, computes live instead.
//
// A recomputation of all must not be undone by a write committing beside it: writers take a
// shared advisory lock, the full run takes it exclusively. A write waits at most one full run
// (seconds, once a day); writes do not wait for each other. Writers take it before they lock a
// traject's row: the full run's inserts check their foreign key against those rows, so a writer
// that held a row and then waited for the run would wait for a run that waits for it.
import "server-only";
import { isDeepStrictEqual } from "node:util";
import { alternatieven, trajectWhere, type Actor } from "../authz";
import { amsterdamDay } from "../calendar";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { alleKandidaten } from "./candidates";
import { leesTaakFeiten, type TaakTraject } from "./facts-read";
import { evaluatieWeken, takenVoorAlleLijsten, taakRolVan, type TaakSoort } from "./rules";

type Writer = Prisma.TransactionClient;

/** The advisory lock of the stored tasks (an arbitrary, fixed number beside the figures cache's). */
const SLOT = 7_202_002;
/** Trajecten per statement in a full run: their facts and rows stay a few megabytes. */
const PER_KEER = 5_000;

/** The stored tasks' rows of `feiten` on `dag`, numbered per traject and list in the rules' order. */
function rijen(feiten: readonly TaakTraject[], dag: Date, weken: number) {
  return feiten.flatMap((f) => {
    const volgende = new Map<string, number>();
    return takenVoorAlleLijsten(f, dag, weken).map(({ rol, eigenaarId, taak }) => {
      const volgorde = volgende.get(rol) ?? 0;
      volgende.set(rol, volgorde + 1);
      const dueOn = taak.dueOn.toISOString().slice(0, 10);
      const { nummer, topteamId, schoolId, fase, aanmeldingStap } = f;
      return { trajectId: f.id, rol, volgorde, eigenaarId, soort: taak.soort, dueOn, nummer, topteamId, schoolId, fase, aanmeldingStap };
    });
  });
}

/**
 * Makes the stored tasks of trajecten `ids` what the rules give on `dag`, writing only the rows
 * that differ: most of a day's tasks are yesterday's, and a row rewritten unchanged would still
 * leave a dead copy behind and go to the WAL (110,000 of them at 100,000 trajecten, each day).
 * Returns how many tasks the trajecten hold.
 */
async function bewaar(tx: Writer, ids: readonly string[], dag: Date, weken: number): Promise<number> {
  const rows = rijen(await leesTaakFeiten(ids, null, tx), dag, weken);
  const kolom = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  // One statement per batch, as arrays: a row per parameter set would be thousands of round trips.
  // The rows it deletes and the rows it inserts or updates have different keys, so the two parts
  // never touch the same row.
  await tx.$executeRaw`
    WITH nieuw AS (
      SELECT * FROM unnest(${kolom("trajectId")}::text[], ${kolom("rol")}::text[]::"TaakRol"[], ${kolom("volgorde")}::int[],
                           ${kolom("eigenaarId")}::text[], ${kolom("soort")}::text[], ${kolom("dueOn")}::text[]::date[], ${kolom("nummer")}::int[],
                           ${kolom("topteamId")}::text[], ${kolom("schoolId")}::text[], ${kolom("fase")}::text[]::"Fase"[],
                           ${kolom("aanmeldingStap")}::text[]::"AanmeldingStap"[])
        AS n("trajectId", rol, volgorde, "eigenaarId", soort, "dueOn", nummer, "topteamId", "schoolId", fase, "aanmeldingStap")
    ), weg AS (
      DELETE FROM "OpenTaak" o
      WHERE o."trajectId" = ANY(${ids})
        AND NOT EXISTS (SELECT 1 FROM nieuw n WHERE n."trajectId" = o."trajectId" AND n.rol = o.rol AND n.volgorde = o.volgorde)
    )
    INSERT INTO "OpenTaak" ("trajectId", rol, volgorde, "eigenaarId", soort, "dueOn", nummer, "topteamId", "schoolId", fase, "aanmeldingStap")
    SELECT * FROM nieuw
    ON CONFLICT ("trajectId", rol, volgorde) DO UPDATE SET
      "eigenaarId" = EXCLUDED."eigenaarId", soort = EXCLUDED.soort, "dueOn" = EXCLUDED."dueOn", nummer = EXCLUDED.nummer,
      "topteamId" = EXCLUDED."topteamId", "schoolId" = EXCLUDED."schoolId", fase = EXCLUDED.fase, "aanmeldingStap" = EXCLUDED."aanmeldingStap"
    WHERE ("OpenTaak"."eigenaarId", "OpenTaak".soort, "OpenTaak"."dueOn", "OpenTaak".nummer,
           "OpenTaak"."topteamId", "OpenTaak"."schoolId", "OpenTaak".fase, "OpenTaak"."aanmeldingStap")
      IS DISTINCT FROM (EXCLUDED."eigenaarId", EXCLUDED.soort, EXCLUDED."dueOn", EXCLUDED.nummer,
                        EXCLUDED."topteamId", EXCLUDED."schoolId", EXCLUDED.fase, EXCLUDED."aanmeldingStap")`;
  return rows.length;
}

/** The writers' side of the lock: first thing in a transaction that will call werkTakenBij. */
export async function naHerberekening(tx: Writer): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${SLOT})`;
}

/**
 * Recomputes, inside the transaction of a write to trajecten `trajectIds`, the stored tasks it
 * may have changed: theirs and those of their students' other trajecten (a birth date or a
 * consent is the student's). Nothing while the stored tasks are of another day: the day's run
 * redoes all. The transaction took naHerberekening first.
 */
export async function werkTakenBij(tx: Writer, trajectIds: readonly string[], today: Date = amsterdamDay()): Promise<void> {
  const stand = await tx.takenStand.findUnique({ where: { id: 1 } });
  if (!stand || stand.dag.getTime() !== today.getTime()) return;
  // The facts' statement joins a dozen relations in the order it is written, which is the good
  // one; letting the planner search them cost more than running it, on every write.
  await tx.$executeRaw`SET LOCAL join_collapse_limit = 1`;
  // A union, not an OR: each half is an index lookup, where the OR read every traject (14 ms at 100,000).
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Traject" WHERE id = ANY(${trajectIds})
    UNION
    SELECT andere.id FROM "Traject" t JOIN "Traject" andere ON andere."studentId" = t."studentId" WHERE t.id = ANY(${trajectIds})`;
  await bewaar(
    tx,
    ids.map((r) => r.id),
    stand.dag,
    stand.weken,
  );
}

/** Recomputes every stored task for `today`: the daily job, and after a bulk load. Returns how many there are. */
export async function herberekenTaken(today: Date = amsterdamDay(), weken: number = evaluatieWeken(process.env)): Promise<number> {
  return db().$transaction(
    async (tx) => {
      // Every write that could change a task has committed before this, or waits for it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SLOT})`;
      const ids = (await tx.traject.findMany({ where: alleKandidaten(today, weken), select: { id: true } })).map((r) => r.id);
      // The trajecten that left every list; the others' rows are brought up to date per batch.
      // An anti-join on the ids, hashed, rather than `<> ALL`, which may compare each row with each id.
      await tx.$executeRaw`
        DELETE FROM "OpenTaak" o WHERE NOT EXISTS (SELECT 1 FROM unnest(${ids}::text[]) AS k(id) WHERE k.id = o."trajectId")`;
      let aantal = 0;
      for (let i = 0; i < ids.length; i += PER_KEER) aantal += await bewaar(tx, ids.slice(i, i + PER_KEER), today, weken);
      await tx.takenStand.upsert({ where: { id: 1 }, create: { dag: today, weken }, update: { dag: today, weken } });
      return aantal;
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
}

/** Whether the stored tasks are those of `today` with an evaluation every `weken` weeks. */
export async function opgeslagenVoor(today: Date, weken: number): Promise<boolean> {
  const stand = await db().takenStand.findUnique({ where: { id: 1 }, select: { dag: true, weken: true } });
  return stand !== null && stand.dag.getTime() === today.getTime() && stand.weken === weken;
}

/** The traject's columns each row carries a copy of (rijen), kept equal by werkTakenBij. */
const GEKOPIEERD = new Set(["topteamId", "schoolId", "fase", "aanmeldingStap"]);

/**
 * `where` on the traject as the same filter on the rows' copies of its columns, or null where it
 * reads anything else (a relation, another column). The copies are rewritten in the transaction
 * of every write to the traject, so the rows it finds are those of the trajecten `where` finds,
 * and the scope is applied through the rows' own index, without a join per row.
 */
function opKopieen(where: Prisma.TrajectWhereInput): Prisma.OpenTaakWhereInput | null {
  const uit: Record<string, unknown> = {};
  for (const [sleutel, waarde] of Object.entries(where)) {
    if (waarde === undefined) continue;
    if (sleutel === "AND" || sleutel === "OR" || sleutel === "NOT") {
      const delen = ((Array.isArray(waarde) ? waarde : [waarde]) as Prisma.TrajectWhereInput[]).map(opKopieen);
      if (delen.some((deel) => deel === null)) return null;
      uit[sleutel] = Array.isArray(waarde) ? delen : delen[0];
    } else if (GEKOPIEERD.has(sleutel)) uit[sleutel] = waarde;
    else return null;
  }
  return uit as Prisma.OpenTaakWhereInput;
}

/** Whether every traject `deel` finds, `geheel` finds: it is `geheel`, or one of its alternatives. */
function valtBinnen(deel: Prisma.TrajectWhereInput, geheel: Prisma.TrajectWhereInput): boolean {
  return alternatieven(geheel).some((alternatief) => isDeepStrictEqual(alternatief, deel));
}

/** The stored rows of trajecten in `where`: on the copies where it allows, else joined to the trajecten. */
function rijenIn(where: Prisma.TrajectWhereInput): Prisma.OpenTaakWhereInput {
  return opKopieen(where) ?? { traject: where };
}

/** The stored tasks on `actor`'s list, in their read scope: the same filter the live list applies. */
function opgeslagenWhere(actor: Actor): Prisma.OpenTaakWhereInput | null {
  const rol = taakRolVan(actor.role);
  if (!rol) return null;
  const scope = trajectWhere(actor, "traject:read");
  if (rol === "GEDRAGSWETENSCHAPPER") {
    // Their list is their own team's (lib/tasks/rules.ts), within the scope: where the scope
    // holds all of the team's trajecten, that is the team's.
    const team = { topteamId: actor.topteamId };
    return { rol, ...rijenIn(valtBinnen(team, scope) ? team : { AND: [scope, team] }) };
  }
  if (rol === "TEAMLID") return { rol, traject: scope, OR: [{ eigenaarId: null }, { eigenaarId: actor.id }] };
  return { rol, ...rijenIn(scope) };
}

/** How many tasks `actor` has, from the stored rows. */
export async function telOpgeslagen(actor: Actor): Promise<number> {
  const where = opgeslagenWhere(actor);
  return where ? db().openTaak.count({ where }) : 0;
}

export interface OpgeslagenTaak {
  trajectId: string;
  soort: TaakSoort;
  dueOn: Date;
}

/** Tasks `skip` to `skip + take` of `actor`'s list, in the list's order, from the stored rows. */
export async function leesOpgeslagen(actor: Actor, skip: number, take: number): Promise<OpgeslagenTaak[]> {
  const where = opgeslagenWhere(actor);
  if (!where) return [];
  const rows = await db().openTaak.findMany({
    where,
    orderBy: [{ dueOn: "asc" }, { nummer: "asc" }, { volgorde: "asc" }],
    skip,
    take,
    select: { trajectId: true, soort: true, dueOn: true },
  });
  return rows.map((r) => ({ ...r, soort: r.soort as TaakSoort }));
}
