import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { WalkProgress } from "@/server/catalog/store";
import type { Database } from "@/server/db/schema";

/**
 * The progress of a running FIRST walk, shared through the database (issue 14; table
 * `catalog_walk_progress`, migration 0050). The leader writes one small row per account per page;
 * a follower that has nothing to serve yet reads it and shows "first sync in progress: N templates
 * read" like the leader does, instead of blocking until the commit. The table is the source of
 * truth (not a notification payload): a follower that starts or asks late still finds it.
 *
 * - Writes per account are serialized and coalesced: at most one in flight plus the latest
 *   pending, so a slow database never queues a write per page, and rows never go backwards.
 * - The commit transaction deletes the row (`clearIn`): a reader sees either the progress or the
 *   snapshot, never neither while the walk runs, never a progress row beside a committed snapshot
 *   (the catalog waits for the last write before committing).
 * - A failed walk deletes it after its pending writes (`clear`). A leader that dies mid-walk
 *   leaves its row; the next leader overwrites it before its first page (the catalog publishes a
 *   zero progress when a first walk starts).
 * - Freshness: `updated_at` is written with every page. A row older than `staleAfterMs` reads as
 *   `stalled`: its leader stopped walking (hung, or dead while PostgreSQL still holds its session
 *   and so its lock), and followers show "waiting for another instance to take over" instead of a
 *   count frozen for as long as that lasts. The clock compared is each instance's own `now`, so
 *   the bound must stay well above the clock skew between instances.
 */
export interface WalkProgressBoard {
  /** Records the progress; resolves once it (or a later one) is written. Never rejects. */
  publish(account: string, progress: WalkProgress): Promise<void>;
  /** The progress of the account's running first walk, or null. */
  read(account: string): Promise<WalkProgress | null>;
  /** Deletes the row inside the sync transaction. */
  clearIn(trx: Transaction<Database>, account: string): Promise<void>;
  /** Deletes the row after the pending writes (a failed or abandoned walk). Never rejects. */
  clear(account: string): Promise<void>;
}

export interface WalkProgressBoardOptions {
  db: Kysely<Database>;
  instanceId: string;
  now?: () => number;
  /**
   * A row not updated for longer than this reads as `stalled`. Default 60 s: several page timeouts
   * (10 s each), so a slow page with its retries never passes for a dead walk.
   */
  staleAfterMs?: number;
  onError?: (error: unknown) => void;
}

export const WALK_PROGRESS_STALE_MS = 60_000;

export function createWalkProgressBoard(options: WalkProgressBoardOptions): WalkProgressBoard {
  const { db, instanceId } = options;
  const now = options.now ?? Date.now;
  const staleAfterMs = options.staleAfterMs ?? WALK_PROGRESS_STALE_MS;
  /** Per account: the chain of writes, and the progress waiting for the one in flight. */
  const queues = new Map<string, { tail: Promise<void>; pending: WalkProgress | null }>();

  function enqueue(account: string, work: () => Promise<void>): Promise<void> {
    const queue = queues.get(account) ?? { tail: Promise.resolve(), pending: null };
    queues.set(account, queue);
    const tail = queue.tail.then(work).catch((error: unknown) => options.onError?.(error));
    queue.tail = tail;
    void tail.then(() => {
      if (queues.get(account)?.tail === tail) queues.delete(account);
    });
    return tail;
  }

  async function write(account: string, p: WalkProgress) {
    const values = {
      instance_id: instanceId,
      started_at: p.startedAt,
      pages: p.pages,
      templates: p.templates,
      skipped: p.skipped,
      updated_at: now(),
    };
    await db
      .insertInto("catalog_walk_progress")
      .values({ account, ...values })
      .onConflict((oc) => oc.column("account").doUpdateSet(values))
      .execute();
  }

  return {
    publish(account, progress) {
      const queue = queues.get(account);
      if (queue?.pending) {
        // A write is already waiting its turn: it takes the newer figures instead.
        queue.pending = progress;
        return queue.tail;
      }
      const entry = queue ?? { tail: Promise.resolve(), pending: null };
      queues.set(account, entry);
      entry.pending = progress;
      return enqueue(account, async () => {
        const latest = entry.pending;
        entry.pending = null;
        if (latest) await write(account, latest);
      });
    },
    async read(account) {
      const row = await db
        .selectFrom("catalog_walk_progress")
        .select(["pages", "templates", "skipped", "started_at", "updated_at"])
        .where("account", "=", account)
        .executeTakeFirst();
      if (!row) return null;
      const progress = {
        pages: row.pages,
        templates: row.templates,
        skipped: row.skipped,
        startedAt: row.started_at,
      };
      return now() - row.updated_at > staleAfterMs ? { ...progress, stalled: true } : progress;
    },
    async clearIn(trx, account) {
      await trx.deleteFrom("catalog_walk_progress").where("account", "=", account).execute();
    },
    clear(account) {
      return enqueue(account, async () => {
        await db.deleteFrom("catalog_walk_progress").where("account", "=", account).execute();
      });
    },
  };
}
