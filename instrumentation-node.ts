import { boundAddresses, stampSocketAddresses } from "./lib/auth/listen-hooks";
import { installCounterStore } from "./lib/auth/login-handler";
import { installRevocationStore } from "./lib/auth/revocations";
import { demoBindProblems } from "./lib/auth/safety";
import { assertProductionSafety } from "./lib/auth/startup-checks";
import { getEnv } from "./lib/config/env";
import { ConfigError } from "./lib/config/env-schema";
import { logger } from "./lib/log/logger";
import { seedDemoRules } from "./server/alerts/demo-rules";
import { createPgRevocationStore, pgCounterStore } from "./server/cluster/shared-security";
import { type Container, getContainer } from "./server/container";
import { limitHeapGrowth } from "./server/runtime/heap-growth";

// Before the catalogs load: keeps request garbage from inflating the resident size (see the module).
limitHeapGrowth();

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
  // Several instances on one PostgreSQL share sign-outs and the sign-in budget (issue 14).
  if (container.database?.dialect === "postgres") {
    installRevocationStore(createPgRevocationStore(container.database.db));
    if (container.database.pool) installCounterStore(pgCounterStore(container.database.pool));
  }
  container.scheduler.start();
  const env = getEnv();
  if (container.alerts && env.DEMO_MODE && env.ALERTS_DEMO_RULES && env.SIM_SINK_PORT !== null)
    await seedDemoRules(container.alerts.rules, env.SIM_SINK_PORT, env.DEMO_USER);
  container.alerts?.worker.start();
  handleShutdown(container);
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

/**
 * Graceful shutdown on SIGTERM/SIGINT: stop the scheduler, let a sync that is writing commit, release
 * the leader locks (another instance takes over at its next interval) and close the pools. Next.js
 * exits on these signals by itself unless NEXT_MANUAL_SIG_HANDLE is set (scripts/stack.mjs and the
 * README's deployment notes set it); without it, PostgreSQL still releases the locks with the
 * connection and rolls back an unfinished write.
 */
function handleShutdown(container: Container) {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    // Never hang a deployment: whatever is left after 15 s is cut.
    setTimeout(() => process.exit(0), 15_000).unref();
    container
      .close()
      .catch((error: unknown) => logger.warn("shutdown incomplete", { error }))
      .finally(() => {
        if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(0);
      });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
