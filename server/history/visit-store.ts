import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";

/**
 * "Since your last visit", per user (table `user_visits`, migration 0030). A visit after more than
 * `VISIT_GAP_MS` without one starts a new visit: the changes seen up to the previous visit are
 * then the old ones. Reloads and navigation within a visit keep the marker where it was, so the
 * new rows stay marked until the user marks them as seen or comes back later.
 */
export const VISIT_GAP_MS = 30 * 60_000;

export interface VisitStore {
  /** Records a visit; returns up to when the user has seen the changes. */
  visit(user: string, now: number): Promise<number>;
  /** Everything up to now is seen. */
  markSeen(user: string, now: number): Promise<number>;
  /** Up to when the changes are seen, or null for a user who never visited. */
  seenAt(user: string): Promise<number | null>;
}

export function createVisitStore(db: Kysely<Database>): VisitStore {
  const read = (user: string) =>
    db.selectFrom("user_visits").selectAll().where("user_name", "=", user).executeTakeFirst();
  return {
    async visit(user, now) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom("user_visits")
          .selectAll()
          .where("user_name", "=", user)
          .executeTakeFirst();
        if (!row) {
          await trx
            .insertInto("user_visits")
            .values({ user_name: user, seen_at: now, active_at: now })
            .onConflict((oc) => oc.column("user_name").doNothing())
            .execute();
          return now;
        }
        const activeAt = Number(row.active_at);
        const seenAt =
          now - activeAt > VISIT_GAP_MS ? Math.max(Number(row.seen_at), activeAt) : Number(row.seen_at);
        await trx
          .updateTable("user_visits")
          .set({ seen_at: seenAt, active_at: Math.max(now, activeAt) })
          .where("user_name", "=", user)
          .execute();
        return seenAt;
      });
    },
    async markSeen(user, now) {
      await db
        .insertInto("user_visits")
        .values({ user_name: user, seen_at: now, active_at: now })
        .onConflict((oc) => oc.column("user_name").doUpdateSet({ seen_at: now, active_at: now }))
        .execute();
      return now;
    },
    async seenAt(user) {
      const row = await read(user);
      return row ? Number(row.seen_at) : null;
    },
  };
}
