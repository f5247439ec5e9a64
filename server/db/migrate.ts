import "server-only";
import { type Kysely, type MigrationProvider, Migrator, sql } from "kysely";
import type { DatabaseHandle } from "./connect";
import { MIGRATIONS } from "./migration-list";
import type { Database } from "./schema";

/** Arbitrary constant: the advisory lock that serialises start-up migrations across instances. */
const MIGRATION_LOCK_KEY = 7_311_301;

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Applies every pending migration (idempotent: applied ones are recorded in kysely_migration).
 * On PostgreSQL the whole run holds a session advisory lock on one pinned connection, so two
 * instances starting together migrate one after the other (the second finds nothing to do) —
 * Kysely's own lock is taken only after it creates its bookkeeping tables, which can race.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  if (handle.dialect !== "postgres") return run(handle.db);
  return handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      return await run(conn);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}

async function run(db: Kysely<Database>): Promise<string[]> {
  // Migrations were numbered per feature (0010 cluster, 0020 alerts, 0030 visits, 0040 indexes); a
  // database created before one of them landed must still take it, whatever its number.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
