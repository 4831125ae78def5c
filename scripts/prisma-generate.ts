// `prisma generate` without Prisma's native engine: every Prisma CLI command first tries to
// download it, which fails on machines that reach only the npm registry. Generation does not use
// the engine, so any executable stands in for it (here, node itself).
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
