import type { Kysely } from "kysely";

/**
 * "Retry" on a dead delivery gives it a fresh retry window without rewriting when it was queued:
 * the log keeps `created_at` (when the change was alerted) and the window runs from `requeued_at`
 * when there is one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("alert_deliveries").addColumn("requeued_at", "bigint").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("alert_deliveries").dropColumn("requeued_at").execute();
}
