// What a production build is made of, as one hash: every source file the build reads (the app,
// the shared code, the generated Prisma client, the config and the lock file). The demo builds
// again only when it changed since the last build; the hash is written next to the build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const TREES = ["app", "components", "lib", "public", "prisma", "scripts"];
const FILES = ["package-lock.json", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"];

function* files(root: string, dir: string): Generator<string> {
  const full = path.join(root, dir);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield dir;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    yield* files(root, path.join(dir, entry.name));
  }
}

export function sourcesFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const file of [...TREES, ...FILES].flatMap((entry) => [...files(root, entry)])) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** Where the hash of the sources of the current build is kept, beside the build. */
export const fingerprintFile = (root: string) => path.join(root, ".next", "toptrajecten-sources.sha256");

/** Whether the build in `root` was made from the sources as they are now. */
export function buildIsCurrent(root: string): boolean {
  const file = fingerprintFile(root);
  return existsSync(path.join(root, "dist", "server.mjs")) && existsSync(file) && readFileSync(file, "utf8") === sourcesFingerprint(root);
}

/** Runs `build` when the sources changed since the last build, and records what it was made from. */
export function buildIfChanged(root: string, build: () => void): void {
  if (buildIsCurrent(root)) return;
  // Read before the build: a source saved while it runs makes the next start build again.
  const sources = sourcesFingerprint(root);
  build();
  writeFileSync(fingerprintFile(root), sources);
}
