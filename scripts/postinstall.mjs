// After `npm install`: generates the Prisma client into lib/generated. Plain JavaScript, so that
// an install without dev dependencies (`npm install --omit=dev` of a built app) runs it too: there
// the Prisma CLI is absent and the client that `npm run build` generated is used as it is.
//
// Every Prisma CLI command first tries to download Prisma's native engine, which fails on
// machines that reach only the npm registry. Generation does not use the engine, so any
// executable stands in for it (here, node itself).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/prisma/package.json")) {
  if (existsSync("lib/generated/prisma/client.ts")) process.exit(0);
  console.error("The Prisma CLI is not installed and lib/generated is missing: run `npm install` with dev dependencies, then `npm run build`.");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
