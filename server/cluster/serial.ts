/**
 * Runs async tasks one at a time, in call order. The coordinator's dedicated pg connection needs
 * it: node-postgres queues overlapping `client.query` calls itself but warns that pg 9 will refuse
 * them, and the connection must stay ONE session (its advisory locks live there), so a pool is no
 * answer. A failing task does not stop the ones queued behind it.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task, task);
      // The next task waits for this one to settle, whatever its outcome.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
