// Names for the app's SQL statements on PostgreSQL, so that each connection prepares a statement
// once and reuses it (docs/decisions/0023). Unnamed, every query was parsed and planned again:
// at 100,000 trajecten that was about half of the database's CPU per start page.
import { createHash } from "node:crypto";

/** Distinct statements named per process; past this, a statement runs unnamed as before. */
const MAX_NAMED_STATEMENTS = 1_000;

/**
 * A name per SQL text, for `pg`'s `query({ name })`: the same text always gets the same name, and
 * two texts never share one (pg refuses a name reused for another text). Past `max` distinct
 * texts it returns "", which pg takes as unnamed: the texts differ with the length of an IN list,
 * and every named statement holds memory on each connection for as long as it lives.
 */
export function statementNamer(max = MAX_NAMED_STATEMENTS): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= max) return "";
      // A digest, not a counter: a name says which text it is in pg_prepared_statements, and the
      // worker and the web process name a statement alike.
      name = `s_${createHash("sha256").update(sql).digest("base64url").slice(0, 40)}`;
      names.set(sql, name);
    }
    return name;
  };
}
