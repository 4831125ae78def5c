import type { NextConfig } from "next";
import { MAX_BODY_BYTES } from "./lib/aanmelding/opp-limits";

const nextConfig: NextConfig = {
  // The database drivers load files (PGlite's data bundle, pg's native fallbacks) at run time;
  // bundling them breaks the build.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "pino", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  experimental: {
    // An OPP may be up to 5 MB (lib/aanmelding/opp.ts); bodies up to MAX_BODY_BYTES reach the
    // action, so that a file over the OPP's limit gets the app's own message at the field.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    // The proxy (proxy.ts) runs before every action and keeps a copy of the body, by default only
    // its first 10 MB: a larger upload would reach the action cut off, as a malformed request.
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
};

export default nextConfig;
