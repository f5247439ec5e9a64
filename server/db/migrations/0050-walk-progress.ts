import type { Kysely } from "kysely";

/**
 * How far the running FIRST walk of an account has got (issue 14): the leader writes it page by
 * page, the other instances read it to show "first sync in progress: N templates read" instead of
 * blocking. One small row per account while a first walk runs; removed in the walk's commit
 * transaction (or when it fails). No rows: they are stored only complete, in `catalog_templates`.
 * Portable DDL (SQLite gets the table too, unused: one process shows its own progress).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("catalog_walk_progress")
    .addColumn("account", "text", (c) => c.primaryKey())
    .addColumn("instance_id", "text", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("pages", "integer", (c) => c.notNull())
    .addColumn("templates", "integer", (c) => c.notNull())
    .addColumn("skipped", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("catalog_walk_progress").ifExists().execute();
}
