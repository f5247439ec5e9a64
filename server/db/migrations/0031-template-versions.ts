import { type Kysely, sql } from "kysely";

/**
 * Every content version of every template, keyed by its content hash (the `from`/`to` of a
 * `content_changed` event), so the History tab can show a side-by-side diff. Written in the sync
 * transaction with the template rows; a version is stored once, however often it comes back.
 * Backfilled from the stored snapshot: the current version of every template is known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("template_versions")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("template_id", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    /** JSON of the template's components. */
    .addColumn("components_json", "text", (c) => c.notNull())
    .addColumn("first_seen_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("template_versions_pk", ["account", "template_id", "content_hash"])
    .execute();
  const rows = await sql<{
    account: string;
    template_id: string;
    content_hash: string;
    raw: string;
    updated_at: number;
  }>`
    select account, template_id, content_hash, raw, updated_at from catalog_templates
  `.execute(db);
  for (const r of rows.rows) {
    let components = "[]";
    try {
      components = JSON.stringify((JSON.parse(r.raw) as { components?: unknown }).components ?? []);
    } catch {
      // an unreadable row keeps an empty version rather than failing the migration
    }
    await sql`
      insert into template_versions (account, template_id, content_hash, components_json, first_seen_at)
      values (${r.account}, ${r.template_id}, ${r.content_hash}, ${components}, ${Number(r.updated_at)})
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("template_versions").execute();
}
