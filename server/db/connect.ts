import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

/**
 * One Kysely instance per process: SQLite (better-sqlite3, WAL) in `dataDir` by default, or
 * PostgreSQL when a `databaseUrl` is given. Everything above this file is dialect-free, except the
 * few places that ask `dialect` (advisory locks on PostgreSQL).
 */
export type Dialect = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for logs (no credentials: the URL's password is masked). */
  location: string;
  /** PostgreSQL only: the pool behind `db` (rate-limiter-flexible's store client). */
  pool?: pg.Pool;
  /**
   * PostgreSQL only: the connection string, for the dedicated (non-pooled) coordinator connection.
   * Carries the password: never log it (use `location`).
   */
  connectionString?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; when absent, SQLite under dataDir. */
  databaseUrl?: string;
  /** Directory of the SQLite file (created if missing). Default `.data`. */
  dataDir?: string;
  /** SQLite file name inside dataDir. Default `console.db`. */
  fileName?: string;
  /** PostgreSQL pool size (DATABASE_POOL_SIZE). Default 10. */
  poolSize?: number;
}

const BIGINT_OID = 20;

export function openDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // Epoch-ms columns are BIGINT; they fit a JS number for the next 285,000 years.
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === BIGINT_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as never,
      },
    });
    // An idle client that loses its connection must not crash the process.
    pool.on("error", () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: "postgres",
      location: maskUrl(options.databaseUrl),
      pool,
      connectionString: options.databaseUrl,
      close: () => db.destroy(),
    };
  }
  // Runtime paths, not build inputs: keep the bundler from tracing the whole project.
  const dir = path.resolve(/*turbopackIgnore: true*/ options.dataDir ?? ".data");
  mkdirSync(dir, { recursive: true });
  const file = path.join(/*turbopackIgnore: true*/ dir, options.fileName ?? "console.db");
  const sqlite = new BetterSqlite3(file);
  // WAL: readers never wait for the sync's write transaction; the file can be backed up live.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", location: file, close: () => db.destroy() };
}

function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
