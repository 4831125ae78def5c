// Opens the database the environment names: the PostgreSQL server in DATABASE_URL, or else the
// embedded PGlite in a local folder. Both get the same migrations and the same Prisma client.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { acquireEmbeddedLock } from "./embedded-lock";
import { statementNamer } from "./statement-names";

/** The two operations raw SQL work needs; both PGlite and a `pg` client provide them. */
export interface SqlConnection {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** `dataDir` is a folder, or "memory://" for a throw-away database. */
  | { kind: "embedded"; dataDir: string };

/** The engine underneath, for the job queue (lib/jobs), which speaks to it directly. */
export type Engine = { kind: "postgres"; url: string } | { kind: "embedded"; pglite: PGlite };

export interface Database {
  prisma: PrismaClient;
  engine: Engine;
  /** Runs `work` on one raw connection (for migrations, which need BEGIN/COMMIT on one session). */
  withConnection<T>(work: (conn: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function targetFromEnv(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dataDir = env.TOPTRAJECTEN_DATA_DIR ?? path.join(process.cwd(), /* turbopackIgnore: true */ ".data");
  return { kind: "embedded", dataDir };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "embedded") return `embedded PostgreSQL (PGlite) in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

// Prisma's other formats capture a stack trace at every call, to point an error at the line
// that made the query: 4.8% of the samples in a profile of 4,000 traject page reads, a fifth of
// the client's own time. Our errors are logged with their own stack; the message keeps the cause.
const ERROR_FORMAT = "minimal";

export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === "postgres" ? openPostgres(target.url) : openEmbedded(target.dataDir);
}

function openPostgres(url: string): Database {
  // No JIT: the app's statements are short, and on a large data set the planner's cost passes
  // jit_above_cost, so PostgreSQL spent up to 700 ms compiling what then ran in 60
  // (docs/decisions/0019-wide-reads-in-one-statement.md).
  //
  // Idle connections are kept for ten minutes rather than pg's ten seconds: each holds the
  // statements prepared on it and their plans (lib/db/statement-names.ts). One that is closed
  // after a quiet ten seconds takes them along, and the next request on a new one parses again
  // and plans anew for five executions: 10 to 30 ms for the tasks' facts on a start page at
  // 100,000 trajecten. Every script closes the database when it is done, so none waits for them.
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: 10 * 60_000,
    options: "-c jit=off",
  });
  // An idle connection the server drops (a restart, an administrator) must not crash the
  // process: without a listener, pg rethrows the pool's "error" event as an uncaught exception.
  pool.on("error", (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  // pool.end() resolves once its clients are asked to end, not once their sockets are closed;
  // close() waits for those too, so that dropping the database afterwards cannot race them.
  const closing = new Set<Promise<void>>();
  pool.on("connect", (client) => {
    // Once the pool lets go of a client while it ends, the pool's listener is gone: a server
    // that terminates it in that window must not crash the process either.
    client.on("error", () => {});
    const closed = new Promise<void>((resolve) => client.once("end", () => resolve()));
    closing.add(closed);
    void closed.then(() => closing.delete(closed));
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: statementNamer() }), errorFormat: ERROR_FORMAT });
  return {
    prisma,
    engine: { kind: "postgres", url },
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: (sql) => client.query(sql),
          query: (sql, params) => client.query(sql, params),
        } as SqlConnection);
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await Promise.all(closing);
    },
  };
}

function openEmbedded(dataDir: string): Database {
  const inMemory = dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireEmbeddedLock(dataDir);
  }
  // pg_trgm indexes the search by part of a name, as on the server.
  const pglite = new PGlite(inMemory ? dataDir : path.join(dataDir, "pgdata"), { extensions: { pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), errorFormat: ERROR_FORMAT });
  return {
    prisma,
    engine: { kind: "embedded", pglite },
    withConnection: (work) => work(pglite),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}
