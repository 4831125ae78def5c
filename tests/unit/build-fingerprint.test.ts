import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, fingerprintFile, sourcesFingerprint } from "@/scripts/support/build-fingerprint";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "fingerprint-"));
  dirs.push(root);
  for (const dir of ["app/a", "lib", "dist", ".next"]) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, "app/a/page.tsx"), "export default 1;");
  writeFileSync(path.join(root, "lib/x.ts"), "export const x = 1;");
  writeFileSync(path.join(root, "package-lock.json"), "{}");
  writeFileSync(path.join(root, "dist/server.mjs"), "");
  return root;
}

describe("the demo's build reuse", () => {
  it("reuses a build made from the same sources, and builds again after any change, a new file included", () => {
    const root = project();
    expect(buildIsCurrent(root)).toBe(false);
    writeFileSync(fingerprintFile(root), sourcesFingerprint(root));
    expect(buildIsCurrent(root)).toBe(true);
    writeFileSync(path.join(root, "lib/x.ts"), "export const x = 2;");
    expect(buildIsCurrent(root)).toBe(false);
    writeFileSync(fingerprintFile(root), sourcesFingerprint(root));
    writeFileSync(path.join(root, "app/a/new.tsx"), "");
    expect(buildIsCurrent(root)).toBe(false);
    writeFileSync(fingerprintFile(root), sourcesFingerprint(root));
    rmSync(path.join(root, "dist/server.mjs"));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
