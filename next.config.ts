import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers load files (PGlite's data bundle, pg's native fallbacks) at run time;
  // bundling them breaks the build.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "pino", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  experimental: {
    // An OPP may be up to 5 MB (lib/aanmelding/opp.ts); a little more leaves room for the form's
    // other fields, so that a file just over the limit still gets the app's own message.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
