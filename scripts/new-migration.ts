// Dev-only: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes
// the existing migrations to prisma/schema.prisma. The Prisma CLI would download a native
// schema engine for this, which these machines cannot; Prisma's WASM build of the same engine
// runs the diff against an in-memory PGlite shadow database instead. This uses an internal
// API, pinned in package.json: keep it in this one script.
//
// Usage: npm run db:migration -- <name>
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}

// pglite-prisma-adapter 0.7.2 does not await exec() in executeScript, so a failing migration
// would be reported as applied to the shadow database. Await it here.
class ShadowSafeFactory extends PrismaPGlite {
  override async connectToShadowDb() {
    const shadow = new PGlite("memory://", { extensions: { pg_trgm } });
    const adapter = await new PrismaPGlite(shadow).connect();
    adapter.executeScript = async (script: string) => {
      await shadow.exec(script);
    };
    return adapter;
  }
}

// The package's entry imports the .wasm file as an ES module, which Node 20 cannot do without
// a flag; instantiate it by hand the way that entry would.
async function loadSchemaEngine() {
  const wasmPath = path.join(root, "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return engineBindings.SchemaEngine;
}

const SchemaEngine = await loadSchemaEngine();
const schema = await readFile(schemaPath, "utf8");
await mkdir(migrationsDir, { recursive: true });
const existing = (await readdir(migrationsDir, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const migrationDirectories = await Promise.all(
  existing.map(async (dir) => ({
    path: dir,
    migrationFile: {
      path: "migration.sql",
      content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
    },
  })),
);

const factory = bindMigrationAwareSqlAdapterFactory(new ShadowSafeFactory(new PGlite("memory://", { extensions: { pg_trgm } })));
const engine = await SchemaEngine.new(
  { datamodels: [[schemaPath, schema]] },
  (log: string) => process.env.DEBUG && console.error(log),
  factory,
);
const result = await engine.diff({
  from: {
    tag: "migrations",
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8"),
    },
    migrationDirectories,
    shadowDbInitScript: "",
  },
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});

const sql = result.stdout?.trim() ?? "";
if (!sql || sql === "-- This is an empty migration.") {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir);
await writeFile(path.join(dir, "migration.sql"), sql + "\n");
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
