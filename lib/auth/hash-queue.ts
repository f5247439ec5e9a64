/**
 * Bounds concurrent password hashing. Each scrypt takes ~32 MiB and a thread-pool slot for tens
 * of milliseconds; a flood of sign-ins with random names must not starve the catalog's work (the
 * thread pool also serves DNS, file and zlib jobs). `concurrency` jobs run, `maxQueued` wait, the
 * rest are refused at once (the login handler answers 429 + Retry-After).
 */
export class HashQueueFullError extends Error {
  readonly code = "hash_queue_full";
  constructor() {
    super("Too many sign-ins are being checked right now.");
    this.name = "HashQueueFullError";
  }
}

export interface HashQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  stats(): { running: number; queued: number };
}

export function createHashQueue({ concurrency = 2, maxQueued = 16 } = {}): HashQueue {
  let running = 0;
  const waiting: (() => void)[] = [];

  function release() {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  }

  async function run<T>(job: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxQueued) throw new HashQueueFullError();
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await job();
    } finally {
      release();
    }
  }

  return { run, stats: () => ({ running, queued: waiting.length }) };
}
