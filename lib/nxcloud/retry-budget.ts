/**
 * Retries for a whole catalog walk, not per request: with 3 retries per request, a struggling
 * upstream would get up to four times the requests of a healthy one on every page. A walk gets
 * `retries` in total; timeouts — the sign of a slow upstream, where more requests make it worse —
 * may use at most `timeoutRetries` of them.
 */
export type RetryKind = "timeout" | "other";

export interface RetryBudget {
  /** Takes one retry; false when the budget (or the timeout share) is spent. */
  take(kind: RetryKind): boolean;
  remaining(): number;
}

export function createRetryBudget({
  retries,
  timeoutRetries = 1,
}: {
  retries: number;
  timeoutRetries?: number;
}) {
  let left = Math.max(0, Math.floor(retries));
  let timeoutsLeft = Math.max(0, Math.floor(timeoutRetries));
  const budget: RetryBudget = {
    take(kind) {
      if (left <= 0) return false;
      if (kind === "timeout") {
        if (timeoutsLeft <= 0) return false;
        timeoutsLeft -= 1;
      }
      left -= 1;
      return true;
    },
    remaining: () => left,
  };
  return budget;
}
