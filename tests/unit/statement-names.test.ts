import { describe, expect, it } from "vitest";
import { statementNamer } from "@/lib/db/statement-names";

describe("statementNamer", () => {
  it("names the same text alike and different texts apart, within PostgreSQL's 63 bytes", () => {
    const name = statementNamer();
    const a = name({ sql: 'SELECT 1 FROM "Traject" WHERE id = $1' });
    expect(a).toMatch(/^s_[\w-]+$/);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(63);
    expect(name({ sql: 'SELECT 1 FROM "Traject" WHERE id = $1' })).toBe(a);
    expect(name({ sql: 'SELECT 1 FROM "Traject" WHERE id IN ($1,$2)' })).not.toBe(a);
  });

  it("leaves statements unnamed past its limit, and keeps naming the ones it named", () => {
    const name = statementNamer(2);
    const eerste = name({ sql: "SELECT 1" });
    const tweede = name({ sql: "SELECT 2" });
    expect(new Set([eerste, tweede]).size).toBe(2);
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(eerste);
  });
});
