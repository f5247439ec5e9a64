import "server-only";
import { alertsConfigProblems } from "@/lib/alerts/env-checks";
import { getEnv } from "@/lib/config/env";
import { ConfigError } from "@/lib/config/env-schema";
import { loadUserDirectory } from "./directory";
import { demoCredentialProblems, sessionSecretProblems, sharedSecretProblems } from "./safety";
import { resolveSessionSecret } from "./secret";
import type { UserDirectory } from "./users";

/**
 * Refuses to start a server that is not safe to expose, naming every problem: a missing, short or
 * placeholder SESSION_SECRET (required whenever DATABASE_URL is set), an unreadable or invalid users
 * file (CONSOLE_USERS[_FILE]), and in production (NODE_ENV=production without DEMO_MODE) demo or
 * guessable credentials and unsafe alert settings (lib/alerts/env-checks.ts).
 */
export function assertProductionSafety(): void {
  const env = getEnv();
  const problems = [...sharedSecretProblems(env), ...sessionSecretProblems(env)];
  let directory: UserDirectory | undefined;
  try {
    directory = loadUserDirectory();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...demoCredentialProblems(env, process.env, directory ? directory.list() : null));
  problems.push(...alertsConfigProblems(env));
  if (problems.length) throw new ConfigError(problems);
  // In demo mode without SESSION_SECRET this creates the per-process random key now, once.
  resolveSessionSecret(env);
}
