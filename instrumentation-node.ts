import { assertProductionSafety } from "./lib/auth/startup-checks";
import { getEnv } from "./lib/config/env";
import { ConfigError } from "./lib/config/env-schema";

// Validate every setting before serving anything; a wrong value stops the server with a message
// naming the variable instead of failing on the first request.
try {
  getEnv();
  assertProductionSafety();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`\n[template-console] ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
