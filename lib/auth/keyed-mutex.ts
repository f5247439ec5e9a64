/**
 * Runs functions one at a time per key. Sign-in uses it so that parallel attempts for the same
 * user name or from the same address are judged one after another: each sees the failures counted
 * before it, and a burst cannot slip past the throttle while earlier attempts are still hashing.
 */
export function createKeyedMutex() {
  const tails = new Map<string, Promise<void>>();

  async function lockOne<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => current);
    tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  }

  /** Holds every key (taken in sorted order, so two callers never wait on each other in a cycle). */
  return function runExclusive<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const run = (i: number): Promise<T> =>
      i === sorted.length ? fn() : lockOne(sorted[i] as string, () => run(i + 1));
    return run(0);
  };
}
