/**
 * A circuit breaker per account: after `threshold` failed walks in a row, no automatic or manual
 * walk starts for `pauseMs` (the UI says until when, from `pausedUntil`). Then one trial walk is
 * let through (half-open): success closes the breaker, failure opens it for another pause.
 *
 * In memory, per process; the clock is injectable for tests.
 */
export interface CircuitBreaker {
  allows(key: string): boolean;
  success(key: string): void;
  failure(key: string): void;
  /** When the pause ends (ms since epoch), or null when the breaker is closed. */
  pausedUntil(key: string): number | null;
}

export interface CircuitBreakerOptions {
  threshold: number;
  pauseMs: number;
  now?: () => number;
}

interface BreakerEntry {
  failures: number;
  openUntil: number | null;
}

export function createCircuitBreaker({ threshold, pauseMs, now = Date.now }: CircuitBreakerOptions) {
  const entries = new Map<string, BreakerEntry>();
  const entry = (key: string) => {
    let e = entries.get(key);
    if (!e) {
      e = { failures: 0, openUntil: null };
      entries.set(key, e);
    }
    return e;
  };
  const breaker: CircuitBreaker = {
    allows: (key) => {
      const until = entries.get(key)?.openUntil ?? null;
      return until === null || now() >= until;
    },
    success: (key) => {
      entries.delete(key);
    },
    failure: (key) => {
      const e = entry(key);
      e.failures += 1;
      // Past the threshold (including a failed half-open trial): a new pause from now.
      if (e.failures >= threshold) e.openUntil = now() + pauseMs;
    },
    pausedUntil: (key) => {
      const until = entries.get(key)?.openUntil ?? null;
      return until !== null && now() < until ? until : null;
    },
  };
  return breaker;
}
