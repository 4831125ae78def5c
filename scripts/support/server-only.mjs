// Stands in for the `server-only` package in bundled scripts (scripts/bundle.mjs).
