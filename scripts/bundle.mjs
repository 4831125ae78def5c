// Part of `npm run build`: bundles the production entry points (the server, the worker, backup and restore, admin:create)
// into dist/, with the project's own modules inlined and every package left to node_modules, so
// that `npm start` runs on plain Node.js after `npm prune --omit=dev`.
import { build } from "esbuild";

await build({
  entryPoints: { server: "scripts/server.ts", worker: "scripts/worker.ts", backup: "scripts/backup.ts", "admin-create": "scripts/admin-create.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  // Outside Next.js, `server-only` has nothing to guard: these modules run on the server only.
  alias: { "server-only": "./scripts/support/server-only.mjs" },
  logLevel: "warning",
  sourcemap: "linked",
});
