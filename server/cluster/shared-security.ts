import "server-only";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import type { RevocationStore } from "@/lib/auth/revocations";
import type { Counter, CounterStore } from "@/lib/auth/throttle";
import type { Database } from "@/server/db/schema";
import type { RefreshGate } from "@/server/sync/refresh-gate";

/**
 * Security state several instances must share (issue 14), on the one PostgreSQL: a sign-out on one
 * instance ends the session on all, and the sign-in budget is one budget whatever instance the load
 * balancer picks. Session RENEWAL needs no table: the cookie is sealed with the shared
 * SESSION_SECRET and keeps its sid, so any instance renews it and a revoked sid stays revoked.
 */

/** `session_revocations(sid primary key, until)`; expired rows are deleted now and then. */
export function createPgRevocationStore(db: Kysely<Database>): RevocationStore {
  let writes = 0;
  return {
    async revoke(sid, until, now = Date.now()) {
      if (until <= now) return;
      await db
        .insertInto("session_revocations")
        .values({ sid, until })
        .onConflict((oc) =>
          // Never shorten an existing revocation.
          oc.column("sid").doUpdateSet((eb) => ({
            until: eb.fn("greatest", [eb.ref("session_revocations.until"), eb.ref("excluded.until")]),
          })),
        )
        .execute();
      if (++writes % 100 === 0) {
        await db.deleteFrom("session_revocations").where("until", "<=", now).execute();
      }
    },
    async isRevoked(sid, now = Date.now()) {
      const row = await db
        .selectFrom("session_revocations")
        .select("sid")
        .where("sid", "=", sid)
        .where("until", ">", now)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

/**
 * Throttle counters in `login_rate_limits` (created by migration 0010). Keys are hashed: the
 * throttle's keys hold user names and addresses (and a NUL separator PostgreSQL text refuses); the
 * table needs neither in clear.
 */
export function pgCounterStore(pool: pg.Pool): CounterStore {
  return (options) => {
    const limiter = new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      tableName: "login_rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: true,
    });
    const k = (key: string) => createHash("sha256").update(key).digest("base64url");
    return {
      get: (key) => limiter.get(k(key)),
      penalty: (key, points) => limiter.penalty(k(key), points),
      set: (key, points, secDuration) => limiter.set(k(key), points, secDuration),
      delete: (key) => limiter.delete(k(key)),
    } satisfies Counter;
  };
}

/** The refresh debounce as one conditional upsert: the first instance within the interval wins. */
export function createPgRefreshGate(
  db: Kysely<Database>,
  minIntervalMs: number,
  now = Date.now,
): RefreshGate {
  return {
    async tryPass(account) {
      const t = now();
      const row = await db
        .insertInto("refresh_gate")
        .values({ account, last_at: t })
        .onConflict((oc) =>
          oc
            .column("account")
            .doUpdateSet({ last_at: t })
            .where("refresh_gate.last_at", "<=", t - minIntervalMs),
        )
        .returning("account")
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
