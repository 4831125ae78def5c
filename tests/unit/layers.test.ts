// The code's layering, checked on the source: every module of lib/ that reaches the database
// says so with `import "server-only"`, so that no client bundle can ever pull it in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname, "../../lib");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : modules(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// A value import of the one client, of the access layer that wraps it, or of Prisma's runtime.
const TOUCHES_DB = /^import (?!type )[^;]*from "(?:\.\.?\/)+(?:db|access|generated\/prisma\/client)"/m;
const DIRECT_DB = /\bdb\(\)|\$transaction|\$queryRaw/;

describe("lib/", () => {
  const files = modules(LIB);

  it("has modules that touch the database, and each of them imports server-only", () => {
    const touching = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      return TOUCHES_DB.test(source) || DIRECT_DB.test(source);
    });
    // The check would prove nothing if it found nothing.
    expect(touching.length).toBeGreaterThan(20);
    const missing = touching
      .filter((file) => !/^import "server-only";$/m.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(LIB, file))
      // lib/db itself is also used by scripts and the migration runner outside Next.
      .filter((file) => !file.startsWith("db/"));
    expect(missing).toEqual([]);
  });
});
