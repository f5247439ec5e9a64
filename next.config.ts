import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Locale comes from a cookie / Accept-Language (no locale segment in URLs), resolved in this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator is a separate process; nothing under sim/ may be traced into the server bundle.
  outputFileTracingExcludes: { "*": ["sim/**", "e2e/**", "bench/**"] },
  typedRoutes: false,
  // The app's own sources only; tests, the simulator and scripts are type-checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default withNextIntl(nextConfig);
