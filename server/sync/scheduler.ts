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
}

export interface Scheduler {
  start(): void;
  stop(): void;
  /** One sync round of every account (or of one), now; resolves when done. */
  runOnce(account?: string): Promise<void>;
  readonly running: boolean;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const timers: ReturnType<typeof setInterval>[] = [];
  let round: Promise<void> | null = null;

  async function runOnce(account?: string) {
    const accounts = account ? [account] : options.accounts();
    await Promise.all(
      accounts.map((a) =>
        options.syncAccount(a).catch((error: unknown) => options.onError?.(error, `sync ${a}`)),
      ),
    );
  }

  function tick() {
    // A round still running (a slow upstream) is not doubled.
    if (round) return;
    round = runOnce().finally(() => {
      round = null;
    });
  }

  function prune() {
    options.prune?.().catch((error: unknown) => options.onError?.(error, "prune"));
  }

  return {
    start() {
      if (timers.length > 0) return;
      const sync = setInterval(tick, options.intervalMs);
      sync.unref?.();
      timers.push(sync);
      if (options.prune) {
        prune();
        const p = setInterval(prune, options.pruneEveryMs ?? 86_400_000);
        p.unref?.();
        timers.push(p);
      }
    },
    stop() {
      for (const t of timers.splice(0)) clearInterval(t);
    },
    runOnce,
    get running() {
      return timers.length > 0;
    },
  };
}
