import { defineConfig } from "prisma/config";

// The CLI here only generates the client; migrations are applied by lib/db/migrate.ts.
// A placeholder URL keeps `prisma generate` working when DATABASE_URL is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
