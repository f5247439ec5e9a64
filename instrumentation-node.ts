import { assertProductionSafety } from "./lib/auth/startup-checks";
import { getEnv } from "./lib/config/env";
import { ConfigError } from "./lib/config/env-schema";
import { logger } from "./lib/log/logger";
import { getContainer } from "./server/container";

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

// Open the database, apply migrations, then start the background sync. A database that cannot be
// opened or migrated stops the server: serving without the history would silently lose it.
try {
  const container = await getContainer();
  container.scheduler.start();
  logger.info("scheduler started", {
    syncIntervalMs: container.env.SYNC_INTERVAL_MS,
    database: container.database?.location,
  });
} catch (error) {
  console.error(
    `\n[template-console] The database could not be opened or migrated: ${(error as Error).message}\n`,
  );
  process.exit(1);
}
