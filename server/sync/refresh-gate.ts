/**
 * Refresh requests closer together than `minIntervalMs` start no new walk (a held-down button, a
 * script). Per account; state lives in the container, not in a module.
 */
export interface RefreshGate {
  /** True when a refresh of `account` may start now (and records it). Shared in PostgreSQL with
   * several instances (server/cluster/shared-security.ts), hence possibly async. */
  tryPass(account: string): boolean | Promise<boolean>;
}

export const REFRESH_MIN_INTERVAL_MS = 3_000;

export function createRefreshGate(minIntervalMs = REFRESH_MIN_INTERVAL_MS, now = Date.now): RefreshGate {
  const last = new Map<string, number>();
  return {
    tryPass(account) {
      const t = now();
      if (t - (last.get(account) ?? Number.NEGATIVE_INFINITY) < minIntervalMs) return false;
      last.set(account, t);
      return true;
    },
  };
}
