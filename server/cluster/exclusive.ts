import "server-only";
import type { ApiError } from "@/lib/templates/list-contract";
import type { ExclusiveWait, WalkProgress } from "@/server/catalog/store";
import type { ClusterMessage, Coordinator } from "./coordinator";

/**
 * The catalog store's `runExclusive` across instances. The catalog calls it to walk an account;
 * `fn` re-reads the snapshot first and adopts a newer one instead of walking (store.ts). So:
 *
 * - the leader (or an instance that finds the lock free: the leader stopped) reloads the snapshot
 *   from the database, then runs `fn`;
 * - a follower never walks: it asks the leader to sync (`sync` message), then waits until the
 *   database holds a newer snapshot (a `committed` notification or the version poll) and runs `fn`,
 *   which adopts it. If the leader answers `done` without a newer snapshot (it found nothing to do,
 *   or its walk failed), the leader's error becomes this walk's error — the follower serves what it
 *   holds and says why, exactly like the leader.
 * - while it waits for the leader's FIRST walk of an account, it reads the progress the leader
 *   publishes (walk-progress.ts) and hands it to the catalog, which shows it instead of blocking —
 *   also when it stalls (the leader stopped writing it) and when a new leader starts afresh.
 */
export class RemoteSyncError extends Error {
  constructor(private readonly api: ApiError) {
    super(api.message);
    this.name = "RemoteSyncError";
  }
  toApiError(): ApiError {
    return this.api;
  }
}

const NOTHING_NEW: ApiError = {
  code: "sync_elsewhere",
  message: "Another console instance syncs this account; nothing newer is available yet.",
  messageKey: "internal",
  retryable: true,
};

export interface ClusterExclusiveOptions {
  coordinator: Coordinator;
  /** Loads the account's snapshot from the database when its stored version changed. */
  reload: (account: string) => Promise<unknown>;
  /** Version of the snapshot held now (after reloads by anyone). */
  heldVersion: (account: string) => Promise<number | undefined>;
  /** The progress of the leader's first walk of the account, as published (walk-progress.ts). */
  readProgress?: (account: string) => Promise<WalkProgress | null>;
  /** Between lock attempts and version checks while waiting. Default 1 s. */
  pollMs?: number;
  /** A follower gives up after this long (the leader is alive but never answers). Default 15 min. */
  maxWaitMs?: number;
}

export function clusterRunExclusive(options: ClusterExclusiveOptions) {
  const { coordinator, reload } = options;
  const pollMs = options.pollMs ?? 1_000;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;

  return async function runExclusive<T>(
    account: string,
    fn: () => Promise<T>,
    wait?: ExclusiveWait,
  ): Promise<T> {
    if (await coordinator.tryLead(account)) {
      await reload(account);
      return fn();
    }
    const started = Date.now();
    // What the catalog served when it decided to walk. Not what is held now: the replication
    // listener may have adopted a commit in between, and that commit is what the caller wants.
    const seen = wait ? wait.seenVersion : await options.heldVersion(account);
    // Reloaded by whoever got the notification first (this loop or the replication listener).
    const newer = async () => {
      await reload(account);
      return (await options.heldVersion(account)) !== seen;
    };
    let shown: WalkProgress | null = null;
    const showProgress = async () => {
      if (!wait?.onRemoteProgress || !options.readProgress) return;
      const progress = await options.readProgress(account).catch(() => null);
      const same =
        shown &&
        progress &&
        shown.pages === progress.pages &&
        shown.startedAt === progress.startedAt &&
        shown.stalled === progress.stalled;
      if (!progress || same) return;
      shown = progress;
      wait.onRemoteProgress(progress);
    };
    const answer: { done: Extract<ClusterMessage, { t: "done" }> | null } = { done: null };
    // A message arriving while the loop is busy checking must not be lost: the next wait returns at once.
    let woken = false;
    let wake: (() => void) | null = null;
    const off = coordinator.onMessage((m) => {
      if (m.account !== account) return;
      if (m.t === "done") answer.done = m;
      if (m.t === "done" || m.t === "committed") {
        woken = true;
        wake?.();
      }
    });
    try {
      if (await newer()) return fn();
      await coordinator.publish({ t: "sync", account, force: false });
      // A follower joining a first walk already under way shows its progress at once.
      await showProgress();
      for (;;) {
        if (!woken) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            const t = setTimeout(resolve, pollMs);
            t.unref?.();
          });
          wake = null;
        }
        woken = false;
        // Taken BEFORE looking at the database: the leader answers `done` after its commit, so the
        // check below sees any commit it made. Read after the check, a `done` that arrived during it
        // would pass for "nothing newer" — a follower showing sync_elsewhere right after a commit.
        const done = answer.done;
        if (await newer()) return fn();
        if (done) throw new RemoteSyncError(done.error ?? NOTHING_NEW);
        // The leader may have stopped: then the lock is free and this instance walks.
        if (await coordinator.tryLead(account)) {
          await reload(account);
          return fn();
        }
        if (Date.now() - started > maxWaitMs) throw new RemoteSyncError(NOTHING_NEW);
        await showProgress();
      }
    } finally {
      off();
    }
  };
}
