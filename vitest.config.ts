import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's guard against importing server code into the client; outside Next it is a no-op.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

// Seals second-factor secrets in tests; the app takes it from the environment or its data folder.
// A console.error during any test fails it.
const setupFiles = ["tests/support/fail-on-console-error.ts"];

const env = { AUTH_SECRET: "test-only-secret-for-sealing-totp-keys" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env, setupFiles } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          env,
          setupFiles,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // next-auth imports "next/server" without an extension, which Node's ESM loader
          // refuses; letting Vite load it resolves that import as Next's bundler would.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
