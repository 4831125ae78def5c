import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers load files (PGlite's data bundle, pg's native fallbacks) at run time;
  // bundling them breaks the build.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
