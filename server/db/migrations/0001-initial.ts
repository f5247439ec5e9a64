import type { Kysely } from "kysely";

/**
 * The first schema: persisted catalog snapshots, sync runs, the change log and daily roll-ups.
 * Portable DDL only (SQLite and PostgreSQL); times are BIGINT epoch ms.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("catalog_accounts")
    .addColumn("account", "text", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull())
    .addColumn("fetched_at", "bigint", (c) => c.notNull())
    .addColumn("pages", "integer", (c) => c.notNull())
    .addColumn("page_size", "integer", (c) => c.notNull())
    .addColumn("template_count", "integer", (c) => c.notNull())
    .addColumn("order_json", "text", (c) => c.notNull())
    .addColumn("baseline_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("catalog_templates")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("template_id", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("category", "text")
    .addColumn("quality", "text")
    .addColumn("rejected_reason", "text")
    .addColumn("raw", "text", (c) => c.notNull())
    .addColumn("first_seen_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalog_templates_pk", ["account", "template_id"])
    .execute();

  await db.schema
    .createTable("sync_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("finished_at", "bigint", (c) => c.notNull())
    .addColumn("pages", "integer", (c) => c.notNull())
    .addColumn("templates", "integer", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("error_code", "text")
    .addColumn("error_message", "text")
    .addColumn("changes", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("sync_runs_account_started")
    .on("sync_runs")
    .columns(["account", "started_at"])
    .execute();

  await db.schema
    .createTable("change_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("template_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("from_value", "text")
    .addColumn("to_value", "text")
    .addColumn("observed_at", "bigint", (c) => c.notNull())
    .addColumn("previous_observed_at", "bigint")
    .execute();
  await db.schema
    .createIndex("change_events_observed")
    .on("change_events")
    .columns(["observed_at"])
    .execute();
  await db.schema
    .createIndex("change_events_account_observed")
    .on("change_events")
    .columns(["account", "observed_at"])
    .execute();
  await db.schema
    .createIndex("change_events_template")
    .on("change_events")
    .columns(["account", "template_id", "observed_at"])
    .execute();

  await db.schema
    .createTable("daily_rollups")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("counts_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("daily_rollups_pk", ["account", "day"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "daily_rollups",
    "change_events",
    "sync_runs",
    "catalog_templates",
    "catalog_accounts",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
