import { randomBytes } from "node:crypto";
import { ConfigError, type Env } from "@/lib/config/env-schema";

export const MIN_SECRET_LENGTH = 32;

// Shared through globalThis: proxy.ts and the route handlers are separate bundles in one process,
// and both must unseal what the other sealed.
const GENERATED = Symbol.for("template-console.generated-session-secret");

/**
 * The key that seals session cookies: SESSION_SECRET (≥ 32 characters). In demo mode without one,
 * a random key per process (sessions end when the demo restarts, which is fine for a demo).
 */
export function resolveSessionSecret(env: Pick<Env, "SESSION_SECRET" | "DEMO_MODE">): string {
  const configured = env.SESSION_SECRET;
  if (configured !== undefined && configured !== "") {
    if (configured.length < MIN_SECRET_LENGTH)
      throw new ConfigError([
        `SESSION_SECRET: must be at least ${MIN_SECRET_LENGTH} characters (it is ${configured.length}); generate one with \`openssl rand -base64 48\``,
      ]);
    return configured;
  }
  if (!env.DEMO_MODE)
    throw new ConfigError([
      "SESSION_SECRET: is required outside demo mode (at least 32 characters; `openssl rand -base64 48`)",
    ]);
  const g = globalThis as { [GENERATED]?: string };
  g[GENERATED] ??= randomBytes(32).toString("base64url");
  return g[GENERATED];
}
