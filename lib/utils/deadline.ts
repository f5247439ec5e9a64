/**
 * Waits for `work` at most `ms`: `{ done: true, value }` if it settled in time, `{ done: false }`
 * otherwise. The work itself goes on (it may still warm a cache); a rejection in time rejects.
 */
export type Settled<T> = { done: true; value: T } | { done: false };

export function settleWithin<T>(work: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  return Promise.race([work.then((value): Settled<T> => ({ done: true, value })), deadline]).finally(() =>
    clearTimeout(timer),
  );
}
