import type { CircuitBreaker } from "@/lib/nxcloud/circuit-breaker";
import { createRetryBudget } from "@/lib/nxcloud/retry-budget";
import type { Template } from "@/lib/nxcloud/schemas";
import type { ApiError, CatalogState } from "@/lib/templates/list-contract";
import { countIncomplete } from "@/lib/templates/read-notes";
import { abortable } from "@/lib/utils/abortable";
import type { CatalogEvents } from "./events";
import { knownPagesOf } from "./page-memo";
import {
  type CatalogSnapshot,
  type CatalogStore,
  createMemoryCatalogStore,
  type WalkProgress,
} from "./store";
import { type FetchPage, walkTemplates } from "./walker";

/**
 * The per-account catalog: every page of an account's templates, walked cursor by cursor and
 * cached, because getTemplate filters only by name (DESIGN.md, decision 3).
 *
 * - Fresh snapshot (age < ttl): served as is.
 * - Stale snapshot: served marked `stale`, while ONE background walk refreshes it
 *   (stale-while-revalidate). The old snapshot is served until the new walk completes, then swapped
 *   atomically; a half-walked refresh is never shown.
 * - No snapshot yet: the first caller waits for the first page only; from then on callers get the
 *   rows fetched so far (`complete: false`) while the walk goes on.
 * - Several instances (`rowsDuringFirstWalk: false`): a first walk's rows are served by no
 *   instance until it completes — the leader included — so polls landing on different instances
 *   never see different row counts; every instance serves its progress instead (`rowsPending`):
 *   the leader its own, a follower the progress the leader publishes (`onFirstWalkProgress`,
 *   read back through the store's `runExclusive` wait).
 * - Failures: a failed refresh keeps the last good snapshot, marked stale, with the error beside
 *   it; a first walk that fails after page 1 keeps its rows; with nothing at all, `get` throws the
 *   original error (the route maps it to its HTTP status). After a failure no new walk starts on its
 *   own for `errorRetryMs`, so a broken account is not hammered by every request; `refresh()`
 *   ignores that pause.
 *
 * Pure and framework-free: the upstream is a `FetchPage` function (paged by walker.ts), the clock
 * is injectable. Every swap emits `snapshotReplaced` on `events` (events.ts).
 */

export interface CatalogWalkReport {
  accountId: string;
  ok: boolean;
  pages: number;
  templates: number;
  pageSize: number;
  durationMs: number;
  error?: ApiError;
}

export interface CatalogOptions {
  store?: CatalogStore;
  fetchPageFor: (accountId: string) => FetchPage;
  /** Page size asked for first; the largest the upstream accepts. Default 100. */
  pageSize?: number;
  /** Page size used when the upstream rejects `pageSize` on the first page. Default 20. */
  fallbackPageSize?: number;
  /** Age after which a snapshot is stale and refreshed in the background. Default 60 s. */
  ttlMs?: number;
  /** A walk that needs more pages than this stops with `catalog_too_many_pages`. Default 1000. */
  maxPages?: number;
  /** After a failed walk, no automatic walk for this long. Default 5 s. */
  errorRetryMs?: number;
  /** Retries for one whole walk (see retry-budget.ts). Default 3. */
  retriesPerWalk?: number;
  /** Pauses an account after repeated failed walks (see circuit-breaker.ts); none by default. */
  breaker?: CircuitBreaker;
  now?: () => number;
  /** Called after every walk (logging, metrics, sync-run records). Must not throw. */
  onWalkEnd?: (report: CatalogWalkReport) => void;
  /** Receives `snapshotReplaced` after every swap. */
  events?: CatalogEvents;
  /** First version number is `versionBase + 1` (unique across restarts with a persisted store). */
  versionBase?: number;
  /**
   * Serve the rows of a first walk as they arrive (default true). False with several instances:
   * only progress is served until the walk commits, the same on every instance.
   */
  rowsDuringFirstWalk?: boolean;
  /**
   * Readers of a walk under way see its progress at most this often (ms; default 0: every page).
   * Each new progress is a new row array, and the list builds its indexes once per array (~20 ms
   * for 3,000 rows): browsers polling during a 60-page first walk made one per page each, on the
   * event loop the walk runs on. Within the window they share one array.
   */
  partialViewMs?: number;
  /**
   * Each page of a FIRST walk (no snapshot held), for other instances to show. The snapshot is
   * stored only after the last call's promise settled (a late progress write never outlives the
   * commit). Failures are ignored.
   */
  onFirstWalkProgress?: (accountId: string, progress: WalkProgress) => Promise<void> | void;
}

export interface CatalogView {
  /** Treat as immutable; the same array is returned until the next swap or page. */
  templates: readonly Template[];
  state: CatalogState;
  /** Changes whenever `templates` changes (swap, or a page of a first walk). */
  version: number;
}

export interface Catalog {
  /** Answers at once, except when nothing was ever fetched: then waits for the first page. */
  get(accountId: string, options?: { signal?: AbortSignal }): Promise<CatalogView>;
  /** Starts a walk now unless one is running; returns the state right after. */
  refresh(accountId: string): Promise<CatalogState>;
  /** The state without fetching anything. */
  peekState(accountId: string): Promise<CatalogState>;
  /** Version of what `get` would serve now; 0 when nothing is held. */
  getVersion(accountId: string): Promise<number>;
  /** Resolves when no walk is running for the account (tests, graceful shutdown). */
  whenIdle(accountId: string): Promise<void>;
  /**
   * Rows of a failed walk kept to be served in place of a snapshot (0 when there is a snapshot:
   * a failed refresh must not keep a second, partial copy beside it). For tests and the bench.
   */
  retainedPartialRows(accountId: string): number;
  /** Aborts running walks. */
  close(): void;
}

export const CATALOG_DEFAULTS = {
  pageSize: 100,
  fallbackPageSize: 20,
  ttlMs: 60_000,
  maxPages: 1000,
  errorRetryMs: 5_000,
} as const;

/** Any thrown value as the API error shape; typed errors keep their own mapping. */
export function toApiError(error: unknown): ApiError {
  if (isObject(error) && typeof error.toApiError === "function") {
    try {
      const api: unknown = error.toApiError();
      if (isObject(api) && typeof api.code === "string" && typeof api.message === "string") {
        return {
          code: api.code,
          message: api.message,
          ...(typeof api.messageKey === "string" ? { messageKey: api.messageKey } : {}),
          ...(typeof api.retryable === "boolean" ? { retryable: api.retryable } : {}),
        };
      }
    } catch {
      // fall through to the generic mapping
    }
  }
  return {
    code: "internal",
    message: "Loading the templates failed unexpectedly.",
    messageKey: "internal",
    retryable: false,
  };
}

/**
 * One state for several accounts (the all-accounts view): the weakest of them. Counts add up,
 * `fetchedAt` is the oldest, the first error wins.
 */
export function combineCatalogStates(states: readonly CatalogState[]): CatalogState {
  if (states.length === 0) {
    return emptyState(false, null);
  }
  let fetchedAt: number | null = Number.POSITIVE_INFINITY;
  for (const s of states) {
    if (s.fetchedAt === null || fetchedAt === null) fetchedAt = null;
    else fetchedAt = Math.min(fetchedAt, s.fetchedAt);
  }
  return {
    complete: states.every((s) => s.complete),
    pagesFetched: states.reduce((n, s) => n + s.pagesFetched, 0),
    templatesFetched: states.reduce((n, s) => n + s.templatesFetched, 0),
    templatesIncomplete: states.reduce((n, s) => n + (s.templatesIncomplete ?? 0), 0),
    templatesSkipped: states.reduce((n, s) => n + (s.templatesSkipped ?? 0), 0),
    fetchedAt,
    stale: states.some((s) => s.stale),
    refreshing: states.some((s) => s.refreshing),
    error: states.find((s) => s.error)?.error ?? null,
    ...(states.some((s) => s.rowsPending) ? { rowsPending: true } : {}),
    ...(states.some((s) => s.awaitingTakeover) ? { awaitingTakeover: true } : {}),
    ...(states.some((s) => s.pausedUntil)
      ? { pausedUntil: Math.max(...states.map((s) => s.pausedUntil ?? 0)) }
      : {}),
  };
}

/** Rows of an unfinished walk: the first `count` rows of the walk's own array. */
interface Progress {
  readonly source: readonly Template[];
  readonly count: number;
  readonly pages: number;
  readonly skipped: number;
  readonly version: number;
  /** Copied on first read, then reused: readers may hold (and memoize on) this array. */
  copy: readonly Template[] | null;
}

function progressRows(progress: Progress): readonly Template[] {
  progress.copy ??= progress.source.slice(0, progress.count);
  return progress.copy;
}

interface Walk {
  /** Settles when the walk ends; never rejects. */
  promise: Promise<void>;
  /** Another instance's first walk this one waits for: its progress (no rows). */
  remote: WalkProgress | null;
  /** The last `onFirstWalkProgress` write; awaited before the snapshot is stored. */
  published: Promise<void>;
  /** Resolves on the first page (or completion); rejects when the walk fails before any page. */
  firstPage: Promise<void>;
  resolveFirst: () => void;
  rejectFirst: (error: unknown) => void;
  progress: Progress | null;
  /** The progress readers are shown, and when it was first shown (performance.now()). */
  shown: { progress: Progress; at: number } | null;
  controller: AbortController;
}

interface Entry {
  walk: Walk | null;
  /** Rows of a failed first walk (no snapshot): served, incomplete, until a walk does better. */
  failedPartial: Progress | null;
  error: { raw: unknown; api: ApiError; at: number } | null;
  /** Page size for the next walk; drops to the fallback once the upstream refused the larger one. */
  limit: number;
}

type Described =
  | { kind: "snapshot"; snapshot: CatalogSnapshot }
  | { kind: "partial"; progress: Progress }
  /** A first walk under way whose rows are not served (several instances): its progress only. */
  | { kind: "counting"; progress: Omit<WalkProgress, "startedAt">; stalled?: true }
  | { kind: "nothing" };

/** The rows of a `counting` view: none. One frozen array, so memoized indexes are reused. */
const NO_ROWS: readonly Template[] = Object.freeze([]);

export function createCatalog(options: CatalogOptions): Catalog {
  const store = options.store ?? createMemoryCatalogStore();
  const pageSize = options.pageSize ?? CATALOG_DEFAULTS.pageSize;
  const fallbackPageSize = Math.min(options.fallbackPageSize ?? CATALOG_DEFAULTS.fallbackPageSize, pageSize);
  const ttlMs = options.ttlMs ?? CATALOG_DEFAULTS.ttlMs;
  const maxPages = options.maxPages ?? CATALOG_DEFAULTS.maxPages;
  const errorRetryMs = options.errorRetryMs ?? CATALOG_DEFAULTS.errorRetryMs;
  const now = options.now ?? Date.now;
  const rowsDuringFirstWalk = options.rowsDuringFirstWalk ?? true;
  const partialViewMs = options.partialViewMs ?? 0;
  const entries = new Map<string, Entry>();
  let versionCounter = options.versionBase ?? 0;
  const nextVersion = () => ++versionCounter;

  function entryFor(accountId: string): Entry {
    let entry = entries.get(accountId);
    if (!entry) {
      entry = { walk: null, failedPartial: null, error: null, limit: pageSize };
      entries.set(accountId, entry);
    }
    return entry;
  }

  const breaker = options.breaker;
  const retriesPerWalk = options.retriesPerWalk ?? 3;
  const paused = (accountId: string) => (breaker ? !breaker.allows(accountId) : false);
  const mayWalkOnItsOwn = (entry: Entry, accountId: string) =>
    (!entry.error || now() - entry.error.at >= errorRetryMs) && !paused(accountId);
  const isExpired = (snapshot: CatalogSnapshot) => now() - snapshot.fetchedAt >= ttlMs;
  /** An error older than the snapshot (e.g. another instance walked since) is no longer news. */
  const errorFor = (entry: Entry, snapshot?: CatalogSnapshot) =>
    entry.error && (!snapshot || entry.error.at >= snapshot.fetchedAt) ? entry.error.api : null;

  /** The walk's latest progress, or the one shown less than `partialViewMs` ago. */
  function servedProgress(walk: Walk | null): Progress | null {
    if (!walk?.progress) return null;
    // A real clock, not the injected one: this is about CPU per request, not catalog time.
    const t = performance.now();
    if (walk.shown && t - walk.shown.at < partialViewMs) return walk.shown.progress;
    walk.shown = { progress: walk.progress, at: t };
    return walk.progress;
  }

  function classify(entry: Entry, snapshot: CatalogSnapshot | undefined): Described {
    if (snapshot) {
      // A snapshot (e.g. adopted from a shared store) makes the rows of a failed walk useless.
      entry.failedPartial = null;
      return { kind: "snapshot", snapshot };
    }
    const live = servedProgress(entry.walk);
    if (rowsDuringFirstWalk) {
      const failed = entry.failedPartial;
      if (live && (!failed || live.count >= failed.count)) {
        return { kind: "partial", progress: live };
      }
      if (failed) return { kind: "partial", progress: failed };
    }
    if (live)
      return {
        kind: "counting",
        progress: { pages: live.pages, templates: live.count, skipped: live.skipped },
      };
    const remote = entry.walk?.remote;
    // A stalled count is frozen (its walker may be gone): not shown, however long that lasts.
    if (remote?.stalled)
      return { kind: "counting", progress: { pages: 0, templates: 0, skipped: 0 }, stalled: true };
    if (remote) return { kind: "counting", progress: remote };
    return { kind: "nothing" };
  }

  function stateOf(entry: Entry, described: Described): CatalogState {
    const refreshing = entry.walk !== null;
    switch (described.kind) {
      case "snapshot": {
        const { snapshot } = described;
        const error = errorFor(entry, snapshot);
        return {
          complete: true,
          pagesFetched: snapshot.pagesFetched,
          templatesFetched: snapshot.templates.length,
          templatesIncomplete: countIncomplete(snapshot.templates),
          templatesSkipped: snapshot.skipped ?? 0,
          fetchedAt: snapshot.fetchedAt,
          stale: isExpired(snapshot) || error !== null,
          refreshing,
          error,
        };
      }
      case "partial":
        return {
          complete: false,
          pagesFetched: described.progress.pages,
          templatesFetched: described.progress.count,
          templatesIncomplete: countIncomplete(progressRows(described.progress)),
          templatesSkipped: described.progress.skipped,
          fetchedAt: null,
          stale: false,
          refreshing,
          error: errorFor(entry),
        };
      case "counting":
        return {
          complete: false,
          pagesFetched: described.progress.pages,
          templatesFetched: described.progress.templates,
          templatesSkipped: described.progress.skipped,
          fetchedAt: null,
          stale: false,
          refreshing,
          error: errorFor(entry),
          rowsPending: true,
          ...(described.stalled ? { awaitingTakeover: true } : {}),
        };
      case "nothing":
        return emptyState(refreshing, errorFor(entry));
    }
  }

  function viewOf(accountId: string, entry: Entry, described: Described): CatalogView | null {
    switch (described.kind) {
      case "snapshot":
        return {
          templates: described.snapshot.templates,
          state: stateFor(accountId, entry, described),
          version: described.snapshot.version,
        };
      case "partial":
        return {
          templates: progressRows(described.progress),
          state: stateFor(accountId, entry, described),
          version: described.progress.version,
        };
      case "counting":
        return { templates: NO_ROWS, state: stateFor(accountId, entry, described), version: 0 };
      case "nothing":
        return null;
    }
  }

  /** The state plus the breaker's pause, only while there is one. */
  function stateFor(accountId: string, entry: Entry, described: Described): CatalogState {
    const state = stateOf(entry, described);
    const pausedUntil = breaker?.pausedUntil(accountId) ?? null;
    return pausedUntil === null ? state : { ...state, pausedUntil };
  }

  /** `held`: the snapshot held when the walk starts (none: a first walk, whose progress is shared). */
  function walkPages(
    accountId: string,
    entry: Entry,
    walk: Walk,
    held: CatalogSnapshot | undefined,
    startedAt: number,
  ) {
    const first = held === undefined;
    const publish = first ? options.onFirstWalkProgress : undefined;
    if (publish) {
      // Overwrites, before the first page, whatever a previous walker (a leader that died
      // mid-walk) left: the others show this walk from zero, not its predecessor's frozen count.
      walk.published = Promise.resolve()
        .then(() => publish(accountId, { pages: 0, templates: 0, skipped: 0, startedAt }))
        .catch(() => undefined);
    }
    return walkTemplates({
      fetchPage: options.fetchPageFor(accountId),
      limit: entry.limit,
      fallbackPageSize,
      maxPages,
      signal: walk.controller.signal,
      retryBudget: createRetryBudget({ retries: retriesPerWalk }),
      onPageSizeSettled: (limit) => {
        entry.limit = limit;
      },
      ...(held ? { known: knownPagesOf(held) } : {}),
      onPage: ({ templates, count, pages, skipped, last }) => {
        const fromIndex = walk.progress?.count ?? 0;
        walk.progress = { source: templates, count, pages, skipped, version: nextVersion(), copy: null };
        if (first && store.prepareFirstWalkPage) {
          // After the next page's request has gone out (setImmediate runs once the walker's
          // fetch has been dispatched): this work fills the wait instead of delaying the request.
          const page = templates.slice(fromIndex, count);
          setImmediate(() => {
            try {
              store.prepareFirstWalkPage?.(page);
            } catch {
              // an optimisation only: the commit does the work itself
            }
          });
        }
        if (publish) {
          walk.published = Promise.resolve()
            .then(() => publish(accountId, { pages, templates: count, skipped, startedAt }))
            .catch(() => undefined);
        }
        // On the last page, waiters are released by the swap instead: a one-page account is never
        // reported incomplete.
        if (!last) walk.resolveFirst();
      },
    });
  }

  /** Starts a walk; must be called synchronously after checking `entry.walk === null`. */
  function startWalk(accountId: string, entry: Entry, seenVersion: number | undefined) {
    let resolveFirst!: () => void;
    let rejectFirst!: (error: unknown) => void;
    const firstPage = new Promise<void>((resolve, reject) => {
      resolveFirst = resolve;
      rejectFirst = reject;
    });
    // Nobody may be waiting for it; a rejection must not surface as unhandled.
    firstPage.catch(() => undefined);
    const walk: Walk = {
      promise: Promise.resolve(),
      firstPage,
      resolveFirst,
      rejectFirst,
      progress: null,
      remote: null,
      published: Promise.resolve(),
      shown: null,
      controller: new AbortController(),
    };
    entry.walk = walk;
    const started = now();

    walk.promise = (async () => {
      let report: CatalogWalkReport;
      let heldWhenWalking = false;
      try {
        const snapshot = await store.runExclusive(
          accountId,
          async () => {
            // Another instance may have completed a walk while we queued for the lock.
            const current = await store.get(accountId);
            heldWhenWalking = current !== undefined;
            if (current && current.version !== seenVersion) return current;
            const result = await walkPages(accountId, entry, walk, current, started);
            // The last progress write lands before the commit (which clears it), never after.
            await walk.published;
            const previous = current;
            const next: CatalogSnapshot = {
              templates: result.templates,
              pageSpans: result.spans,
              fetchedAt: now(),
              pagesFetched: result.pages,
              pageSize: result.pageSize,
              skipped: result.skipped,
              version: nextVersion(),
            };
            await store.set(accountId, next);
            options.events?.emit("snapshotReplaced", accountId, previous, next);
            return next;
          },
          {
            seenVersion,
            onRemoteProgress: (progress) => {
              walk.remote = progress;
              walk.resolveFirst();
            },
          },
        );
        entry.error = null;
        entry.failedPartial = null;
        breaker?.success(accountId);
        report = {
          accountId,
          ok: true,
          pages: snapshot.pagesFetched,
          templates: snapshot.templates.length,
          pageSize: snapshot.pageSize,
          durationMs: now() - started,
        };
      } catch (error) {
        const api = toApiError(error);
        entry.error = { raw: error, api, at: now() };
        // An abort (close()) is a decision, not an upstream failure.
        if (!walk.controller.signal.aborted) breaker?.failure(accountId);
        const progress = walk.progress;
        // Rows of a failed walk are kept only when there is nothing better to serve: beside a
        // snapshot they would be a second (partial) copy of the account, never read.
        if (heldWhenWalking || !rowsDuringFirstWalk) entry.failedPartial = null;
        else if (progress && (!entry.failedPartial || progress.count >= entry.failedPartial.count)) {
          entry.failedPartial = progress;
        }
        report = {
          accountId,
          ok: false,
          pages: progress?.pages ?? 0,
          templates: progress?.count ?? 0,
          pageSize: entry.limit,
          durationMs: now() - started,
          error: api,
        };
        walk.rejectFirst(error);
      } finally {
        walk.resolveFirst();
        if (entry.walk === walk) entry.walk = null;
      }
      try {
        options.onWalkEnd?.(report);
      } catch {
        // reporting must never break the catalog
      }
    })();
  }

  async function get(accountId: string, opts: { signal?: AbortSignal } = {}): Promise<CatalogView> {
    const { signal } = opts;
    signal?.throwIfAborted();
    const entry = entryFor(accountId);
    let waited = false;
    for (;;) {
      const snapshot = await store.get(accountId);
      // Checked after the await: concurrent callers resume one by one, the first starts the walk.
      if (!entry.walk && !waited && mayWalkOnItsOwn(entry, accountId) && (!snapshot || isExpired(snapshot))) {
        startWalk(accountId, entry, snapshot?.version);
      }
      const view = viewOf(accountId, entry, classify(entry, snapshot));
      if (view) return view;
      const walk = entry.walk;
      if (!walk || waited) {
        // Nothing held and no walk to wait for: the last failure is the answer.
        if (entry.error) throw entry.error.raw;
        throw new Error("catalog: no data and no walk");
      }
      await abortable(walk.firstPage, signal);
      waited = true;
    }
  }

  async function refresh(accountId: string): Promise<CatalogState> {
    const entry = entryFor(accountId);
    const snapshot = await store.get(accountId);
    // A manual refresh respects the breaker too: hammering a failing upstream helps nobody; the
    // state's pausedUntil tells the user when it will be tried again.
    if (!entry.walk && !paused(accountId)) startWalk(accountId, entry, snapshot?.version);
    return stateFor(accountId, entry, classify(entry, snapshot));
  }

  async function peekState(accountId: string): Promise<CatalogState> {
    const entry = entryFor(accountId);
    return stateFor(accountId, entry, classify(entry, await store.get(accountId)));
  }

  async function getVersion(accountId: string): Promise<number> {
    const entry = entryFor(accountId);
    return viewOf(accountId, entry, classify(entry, await store.get(accountId)))?.version ?? 0;
  }

  async function whenIdle(accountId: string): Promise<void> {
    for (let walk = entries.get(accountId)?.walk; walk; walk = entries.get(accountId)?.walk) {
      await walk.promise;
    }
  }

  function retainedPartialRows(accountId: string): number {
    return entries.get(accountId)?.failedPartial?.count ?? 0;
  }

  function close() {
    for (const entry of entries.values()) entry.walk?.controller.abort();
  }

  return { get, refresh, peekState, getVersion, whenIdle, retainedPartialRows, close };
}

function emptyState(refreshing: boolean, error: ApiError | null): CatalogState {
  return {
    complete: false,
    pagesFetched: 0,
    templatesFetched: 0,
    fetchedAt: null,
    stale: false,
    refreshing,
    error,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
