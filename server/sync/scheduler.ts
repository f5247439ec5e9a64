/**
 * Periodic work of one instance: a background sync of every account every `intervalMs`, and
 * retention pruning once a day. Started from instrumentation-node.ts through the container.
 *
 * The first sync tick comes one interval after start: on a restart the catalog already serves the
 * persisted snapshot and the first request after it starts a walk of its own when the snapshot is
 * older than the TTL. Multi-instance deployments (issue 14) wrap `syncAccount` with leader
 * election (only the instance holding the account's advisory lock walks it).
 */
export interface SchedulerOptions {
  intervalMs: number;
  accounts: () => readonly string[];
  /** Runs one sync of an account to its end; must not throw (errors are the catalog's state). */
  syncAccount: (account: string) => Promise<void>;
  /** Retention; run at start and then every `pruneEveryMs`. */
  prune?: () => Promise<void>;
  pruneEveryMs?: number;
  onError?: (error: unknown, what: string) => void;
  /** Epoch ms; injectable for tests. Default Date.now. */
  now?: () => number;
}

export interface Scheduler {
  start(): void;
  stop(): void;
  /** One sync of every account (or of one), now; joins a sync already running; resolves when done. */
  runOnce(account?: string): Promise<void>;
  readonly running: boolean;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const timers: ReturnType<typeof setInterval>[] = [];
  const now = options.now ?? Date.now;
  let syncTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * The sync running per account. The guard is per account, not per round: a slow walk of one
   * (large) account must not make every other account miss its interval.
   */
  const inFlight = new Map<string, Promise<void>>();

  /** Starts a sync of the account, or returns the one already running (never two at once). */
  function syncOne(account: string): Promise<void> {
    const running = inFlight.get(account);
    if (running) return running;
    const sync = options
      .syncAccount(account)
      .catch((error: unknown) => options.onError?.(error, `sync ${account}`))
      .finally(() => inFlight.delete(account));
    inFlight.set(account, sync);
    return sync;
  }

  async function runOnce(account?: string) {
    const accounts = account ? [account] : options.accounts();
    await Promise.all(accounts.map(syncOne));
  }

  function tick() {
    // An account whose sync is still running (a slow upstream) is skipped, not doubled.
    for (const account of options.accounts()) {
      if (!inFlight.has(account)) void syncOne(account);
    }
  }

  /**
   * Ticks stay on the grid `origin + k × interval`. A `setInterval` re-arms from the moment its
   * callback ran, so on a busy event loop every tick slips a little and, over a few intervals, an
   * account loses a sync per interval measured. A slot already passed is dropped, not caught up.
   */
  function armNextTick(origin: number) {
    const at = now();
    const next = origin + (Math.floor((at - origin) / options.intervalMs) + 1) * options.intervalMs;
    syncTimer = setTimeout(() => {
      tick();
      // Not re-armed when a sync stopped the scheduler.
      if (syncTimer) armNextTick(origin);
    }, next - at);
    syncTimer.unref?.();
  }

  function prune() {
    options.prune?.().catch((error: unknown) => options.onError?.(error, "prune"));
  }

  return {
    start() {
      if (syncTimer) return;
      armNextTick(now());
      if (options.prune) {
        prune();
        const p = setInterval(prune, options.pruneEveryMs ?? 86_400_000);
        p.unref?.();
        timers.push(p);
      }
    },
    stop() {
      if (syncTimer) clearTimeout(syncTimer);
      syncTimer = null;
      for (const t of timers.splice(0)) clearInterval(t);
    },
    runOnce,
    get running() {
      return syncTimer !== null;
    },
  };
}
