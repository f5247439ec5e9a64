import "server-only";
import type { ApiError } from "@/lib/templates/list-contract";
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
  /** Between lock attempts and version checks while waiting. Default 1 s. */
  pollMs?: number;
  /** A follower gives up after this long (the leader is alive but never answers). Default 15 min. */
  maxWaitMs?: number;
}

export function clusterRunExclusive(options: ClusterExclusiveOptions) {
  const { coordinator, reload } = options;
  const pollMs = options.pollMs ?? 1_000;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;

  return async function runExclusive<T>(account: string, fn: () => Promise<T>): Promise<T> {
    if (await coordinator.tryLead(account)) {
      await reload(account);
      return fn();
    }
    const started = Date.now();
    const seen = await options.heldVersion(account);
    // Reloaded by whoever got the notification first (this loop or the replication listener).
    const newer = async () => {
      await reload(account);
      return (await options.heldVersion(account)) !== seen;
    };
    const answer: { done: Extract<ClusterMessage, { t: "done" }> | null } = { done: null };
    let wake: (() => void) | null = null;
    const off = coordinator.onMessage((m) => {
      if (m.account !== account) return;
      if (m.t === "done") answer.done = m;
      if (m.t === "done" || m.t === "committed") wake?.();
    });
    try {
      await coordinator.publish({ t: "sync", account, force: false });
      for (;;) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          const t = setTimeout(resolve, pollMs);
          t.unref?.();
        });
        wake = null;
        if (await newer()) return fn();
        if (answer.done) throw new RemoteSyncError(answer.done.error ?? NOTHING_NEW);
        // The leader may have stopped: then the lock is free and this instance walks.
        if (await coordinator.tryLead(account)) {
          await reload(account);
          return fn();
        }
        if (Date.now() - started > maxWaitMs) throw new RemoteSyncError(NOTHING_NEW);
      }
    } finally {
      off();
    }
  };
}
