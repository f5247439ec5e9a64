import type { Kysely } from "kysely";

/**
 * State several console instances share (issue 14): sign-out revocations, the refresh debounce,
 * and the sign-in throttle's counters. Portable DDL (SQLite gets
 * the tables too, unused: one process keeps this state in memory).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("session_revocations")
    .addColumn("sid", "text", (c) => c.primaryKey())
    .addColumn("until", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("session_revocations_until")
    .on("session_revocations")
    .column("until")
    .execute();

  await db.schema
    .createTable("refresh_gate")
    .addColumn("account", "text", (c) => c.primaryKey())
    .addColumn("last_at", "bigint", (c) => c.notNull())
    .execute();

  // rate-limiter-flexible's RateLimiterPostgres layout (created here, passed `tableCreated: true`).
  await db.schema
    .createTable("login_rate_limits")
    .addColumn("key", "varchar(255)", (c) => c.primaryKey())
    .addColumn("points", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expire", "bigint")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("login_rate_limits").ifExists().execute();
  await db.schema.dropTable("refresh_gate").ifExists().execute();
  await db.schema.dropTable("session_revocations").ifExists().execute();
}
