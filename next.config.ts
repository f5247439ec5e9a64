import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Locale comes from a cookie / Accept-Language (no locale segment in URLs), resolved in this file.
// `precompile` compiles every ICU message at build time, so the browser gets a small formatter
// instead of the ICU parser (intl-messageformat); it made /templates' first load ~20 kB lighter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

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
