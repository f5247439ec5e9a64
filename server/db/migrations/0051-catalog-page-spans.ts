import type { Kysely } from "kysely";

/**
 * Where each page of the walk that produced the stored snapshot sits in it, by a digest of the
 * page's body (server/catalog/page-memo.ts): the first sync after a restart (or on the instance
 * that takes over the walks) skips reading pages that come back unchanged, like every later sync.
 * A JSON array; null for snapshots stored before this migration (they simply read every page).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("catalog_accounts").addColumn("page_spans_json", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("catalog_accounts").dropColumn("page_spans_json").execute();
}
