import "server-only";
import { type Env, parseEnv } from "./env-schema";

let cached: Env | undefined;

/**
 * The validated configuration, parsed once per process. `instrumentation.ts` calls this at start-up
 * so a wrong value stops the server before it serves anything; later calls are free.
 */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
