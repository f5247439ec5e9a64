import type { Kysely } from "kysely";

/**
 * Alerts (issue 16): the rules (channel URL and secret sealed with the secret box), the outbox of
 * deliveries (written in the sync transaction that recorded the changes; the worker claims due
 * rows) and the events waiting for a rule's daily digest. Portable DDL; times are BIGINT epoch ms.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alert_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    /** The rule without its channel (JSON of the parsed rule). */
    .addColumn("rule_json", "text", (c) => c.notNull())
    /** StoredChannel JSON: type, sealed URL, masked URL, sealed secret (or email recipients). */
    .addColumn("channel_json", "text", (c) => c.notNull())
    /** The last digest instant handled (digest rules): the next one is computed from it. */
    .addColumn("digest_last_due_at", "bigint")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("alert_deliveries")
    /** The stable deliveryId receivers de-duplicate on. */
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("channel_type", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("event_count", "integer", (c) => c.notNull())
    /** The BuiltMessage JSON (unsigned: signatures are made at send time). */
    .addColumn("message_json", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    /** A worker's lease: claimed rows are not claimed again before it ends (crash → retried). */
    .addColumn("claimed_until", "bigint")
    .addColumn("last_error", "text")
    .addColumn("last_code", "text")
    .addColumn("last_http_status", "integer")
    .addColumn("last_attempt_at", "bigint")
    .addColumn("sent_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("alert_deliveries_due")
    .on("alert_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("alert_deliveries_rule_created")
    .on("alert_deliveries")
    .columns(["rule_id", "created_at"])
    .execute();

  await db.schema
    .createTable("alert_digest_events")
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("observed_at", "bigint", (c) => c.notNull())
    /** The ChangeEvent JSON. */
    .addColumn("event_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_digest_events_pk", ["rule_id", "event_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("alert_digest_events").ifExists().execute();
  await db.schema.dropTable("alert_deliveries").ifExists().execute();
  await db.schema.dropTable("alert_rules").ifExists().execute();
}
