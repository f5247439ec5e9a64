import "server-only";
import { getEnv } from "@/lib/config/env";
import { ConfigError } from "@/lib/config/env-schema";

/** Refuses to start a production server that is not safe to expose. Filled in with sign-in. */
export function assertProductionSafety(): void {
  const env = getEnv();
  const problems: string[] = [];
  if (!env.DEMO_MODE && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32))
    problems.push(
      "SESSION_SECRET: must be at least 32 characters outside demo mode (e.g. `openssl rand -base64 48`)",
    );
  if (problems.length) throw new ConfigError(problems);
}
