import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "./connect";

/**
 * Throwaway databases for tests: a SQLite file in a temp dir, or a uniquely named PostgreSQL
 * database (others share the server) that `drop()` removes.
 */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

export function tempSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "tc-db-"));
  const handle = openDatabase({ dataDir: dir });
  return {
    handle,
    async drop() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function pgReachable(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function tempPostgres(url = TEST_PG_URL): Promise<TestDatabase> {
  const name = `tc_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: dbUrl.toString() });
  return {
    handle,
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
