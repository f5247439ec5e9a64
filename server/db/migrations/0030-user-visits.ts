import type { Kysely } from "kysely";

/**
 * "Since your last visit": per user, up to when the changes were seen (`seen_at`: changes after
 * it are new) and when the user was last active (`active_at`: a visit after a long pause moves
 * `seen_at` up to it). Keyed by the user's name (the session's identity).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("user_visits")
    .addColumn("user_name", "text", (c) => c.primaryKey())
    .addColumn("seen_at", "bigint", (c) => c.notNull())
    .addColumn("active_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("user_visits").execute();
}
