import { boundAddresses, stampSocketAddresses } from "./lib/auth/listen-hooks";
import { demoBindProblems } from "./lib/auth/safety";
import { assertProductionSafety } from "./lib/auth/startup-checks";
import { getEnv } from "./lib/config/env";
import { ConfigError } from "./lib/config/env-schema";
import { logger } from "./lib/log/logger";
import { seedDemoRules } from "./server/alerts/demo-rules";
import { getContainer } from "./server/container";

// Validate every setting before serving anything; a wrong value stops the server with a message
// naming the variable instead of failing on the first request.
try {
  const env = getEnv();
  assertProductionSafety();
  // Next.js is already listening when it loads instrumentation: check where, and stamp requests
  // with their socket address for the sign-in throttle (see listen-hooks.ts).
  const addresses = boundAddresses();
  const problems = demoBindProblems(env, addresses);
  if (problems.length) throw new ConfigError(problems);
  if (!stampSocketAddresses())
    logger.warn("could not find the HTTP server: sign-in throttling falls back to x-forwarded-for", {
      demo: env.DEMO_MODE,
    });
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
  const env = getEnv();
  if (container.alerts && env.DEMO_MODE && env.ALERTS_DEMO_RULES)
    await seedDemoRules(container.alerts.rules, env.SIM_SINK_PORT, env.DEMO_USER);
  container.alerts?.worker.start();
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
