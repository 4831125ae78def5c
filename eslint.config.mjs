import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers, top to bottom: app/ → components/ → lib/<domain>/ → the floor (lib/errors,
// lib/access, lib/forms, lib/db). Arrows only point down, and nothing goes round in a circle.
const NO_APP = {
  patterns: [{ group: ["@/app", "@/app/*", "../app/*", "../../app/*", "../../../app/*"], message: "components/ and lib/ sit below app/: pass the action in as a prop, or move the form beside its route." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "dist/**"] },
  { settings: { "import/ignore": ["node_modules"] }, rules: { "import/no-cycle": ["error", { ignoreExternal: true }] } },
  { files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", NO_APP] } },
  // A module of lib/ holds one thing; past 300 lines it holds several.
  { files: ["lib/**/*.ts"], rules: { "max-lines": ["error", { max: 300 }] } },
];

export default config;
