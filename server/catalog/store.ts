import type { Template } from "@/lib/nxcloud/schemas";

/**
 * Where completed catalog snapshots live, behind the smallest interface the catalog needs
 * (DESIGN.md, decision 3). Memory is the default; a shared store comes later for multi-instance
 * deployments.
 *
 * What the catalog relies on:
 * - `get` / `set` hold the last COMPLETE walk of an account. `set` replaces the snapshot as a whole
 *   (an atomic swap); readers never see a half-written catalog. In-progress rows of a walk are not
 *   stored here: they are per-process progress kept by the catalog itself.
 * - `runExclusive` runs one walk per account at a time. In one process the catalog already
 *   coalesces callers (single-flight); this lock is what keeps two INSTANCES from walking the same
 *   account at once. The catalog re-reads the snapshot inside the lock and adopts a newer one
 *   (different `version`) instead of walking again, so a waiter behind another instance's walk
 *   costs nothing upstream.
 * - Every method may answer synchronously or with a promise; the catalog always awaits.
 *
 * A Redis store would implement it as:
 * - `get`: a small local cache keyed by `version` in front of `GET catalog:{account}:meta` and, only
 *   when the version changed, `GET catalog:{account}:data` (JSON; `Template` objects are plain
 *   JSON). Keep returning the SAME `templates` array while the version is unchanged: the query layer
 *   memoizes its indexes on that array's identity.
 * - `set`: write data then meta in one `MULTI` (or a Lua script) so readers see old or new, never a
 *   mix; `version` from `INCR catalog:{account}:version` so it is unique across instances.
 * - `runExclusive`: `SET lock:{account} <token> NX PX <ttl>`, retried with backoff while held,
 *   extended while the walk runs, released with a compare-and-delete script.
 */
/** Where the templates of one page of the walk sit in its snapshot (see page-memo.ts). */
export interface PageSpan {
  /** A digest of the page's response body. */
  fingerprint: string;
  /** `templates.slice(start, end)` are this page's templates, every one of them. */
  start: number;
  end: number;
  /** Templates on the page without a usable id or name. */
  skipped: number;
}

export interface CatalogSnapshot {
  /** Every template of the account, in upstream order. Treat as immutable. */
  readonly templates: readonly Template[];
  /**
   * The walk's fingerprinted pages whose templates all made it into `templates`: the next sync
   * takes an unchanged page's templates from here instead of reading them again.
   */
  readonly pageSpans?: readonly PageSpan[];
  /** Epoch ms when the walk completed. */
  readonly fetchedAt: number;
  /** Pages the walk took. */
  readonly pagesFetched: number;
  /** Page size the walk used (after any fallback). */
  readonly pageSize: number;
  /** Templates the upstream sent without a usable id or name (not in `templates`). */
  readonly skipped?: number;
  /** Changes on every swap; unique per account. */
  readonly version: number;
}

type MaybePromise<T> = T | Promise<T>;

/** How far an unfinished first walk has got (no rows: those are only stored complete). */
export interface WalkProgress {
  pages: number;
  templates: number;
  skipped: number;
  /** Epoch ms when the walk started. */
  startedAt: number;
  /**
   * Set by an instance reading ANOTHER instance's progress: not updated for longer than the bound
   * (walk-progress.ts). Its walker may be gone; the count is frozen and not shown.
   */
  stalled?: true;
}

/** What the catalog tells `runExclusive` about the walk it asks for. */
export interface ExclusiveWait {
  /**
   * Version of the snapshot the catalog served when it decided to walk (undefined: none). A store
   * that waits for another instance's walk compares with THIS, not with what it holds by the time
   * it waits: a commit adopted in between is what the caller was waiting for.
   */
  seenVersion: number | undefined;
  /** While waiting for another instance's first walk: its progress, whenever it moved. */
  onRemoteProgress?: (progress: WalkProgress) => void;
}

export interface CatalogStore {
  get(accountId: string): MaybePromise<CatalogSnapshot | undefined>;
  set(accountId: string, snapshot: CatalogSnapshot): MaybePromise<void>;
  /** Runs `fn` while holding the account's walk lock; callers queue behind the holder. */
  runExclusive<T>(accountId: string, fn: () => Promise<T>, wait?: ExclusiveWait): Promise<T>;
  /**
   * Optional: a page of a FIRST walk (nothing held yet, so `set` will store every template) has
   * arrived. The store may do its per-template commit work now, while the walk waits for the next
   * page, rather than all of it at the end. Called when the event loop is free; must not throw.
   */
  prepareFirstWalkPage?(templates: readonly Template[]): void;
  /** Forgets an account (e.g. removed from the configuration). */
  delete(accountId: string): MaybePromise<void>;
}

/** The default store: one process, plain maps, a promise-chain lock per account. */
export function createMemoryCatalogStore(): CatalogStore {
  const snapshots = new Map<string, CatalogSnapshot>();
  const locks = new Map<string, Promise<unknown>>();

  return {
    get: (accountId) => snapshots.get(accountId),
    set: (accountId, snapshot) => {
      snapshots.set(accountId, snapshot);
    },
    delete: (accountId) => {
      snapshots.delete(accountId);
    },
    runExclusive<T>(accountId: string, fn: () => Promise<T>): Promise<T> {
      const previous = locks.get(accountId) ?? Promise.resolve();
      // Run after the previous holder settles, whatever its outcome.
      const run = previous.then(fn, fn);
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      locks.set(accountId, tail);
      void tail.then(() => {
        // Drop the entry once nobody queued behind us, so idle accounts hold no promise.
        if (locks.get(accountId) === tail) locks.delete(accountId);
      });
      return run;
    },
  };
}
