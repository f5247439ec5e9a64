import type { CatalogSnapshot } from "./store";

/**
 * Catalog events: the seam that history, alerts and cross-instance reloads hang on.
 *
 * `snapshotReplaced(account, previous, next)` fires after EVERY swap of an account's complete
 * snapshot — a walk of this process, or a newer snapshot adopted from a shared store — once the
 * new snapshot is durable and being served. `previous` is undefined for the account's first
 * snapshot in this process. Listeners run synchronously, in registration order; one that throws
 * is reported to `onListenerError` and never breaks the catalog or the other listeners.
 */
export interface CatalogEventMap {
  snapshotReplaced: [account: string, previous: CatalogSnapshot | undefined, next: CatalogSnapshot];
}

export type CatalogEventName = keyof CatalogEventMap;
export type CatalogListener<E extends CatalogEventName> = (...args: CatalogEventMap[E]) => void;

export interface CatalogEvents {
  on<E extends CatalogEventName>(event: E, listener: CatalogListener<E>): () => void;
  emit<E extends CatalogEventName>(event: E, ...args: CatalogEventMap[E]): void;
}

export function createCatalogEvents(onListenerError: (error: unknown) => void = () => {}): CatalogEvents {
  const listeners: { [E in CatalogEventName]: Set<CatalogListener<E>> } = { snapshotReplaced: new Set() };
  return {
    on(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
    emit(event, ...args) {
      for (const listener of [...listeners[event]]) {
        try {
          listener(...args);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
