import "server-only";
import type { Catalog } from "@/server/catalog/cache";
import type { DatabaseCatalogStore } from "@/server/catalog/database-store";
import type { CatalogEvents } from "@/server/catalog/events";
import type { Coordinator } from "./coordinator";

/**
 * What keeps every instance serving the same data, and the leader answering the others:
 *
 * - `committed` from another instance → reload that account from the database and emit
 *   `snapshotReplaced` locally (in-process caches hang on it). History and alerts are NOT recorded
 *   by listeners: they are written once, in the leader's sync transaction (`onChangesRecorded`), so a
 *   reload on N followers records nothing N times.
 * - every `versionCheckMs`, the stored versions are compared with the held ones (a notification
 *   lost while the connection was down, or a leader on an older build).
 * - `sync` for an account this instance leads → sync it (`force`: a Refresh click; otherwise only when
 *   expired, like a request on the leader would) and answer `done` with the resulting error.
 */
export interface ReplicationOptions {
  coordinator: Coordinator;
  store: DatabaseCatalogStore;
  catalog: Catalog;
  events: CatalogEvents;
  accounts: () => readonly string[];
  versionCheckMs?: number;
  onError?: (error: unknown, what: string) => void;
}

export interface Replication {
  /** Reloads one account now when the database holds a newer version. */
  reload(account: string): Promise<boolean>;
  stop(): void;
}

export function startReplication(options: ReplicationOptions): Replication {
  const { coordinator, store, catalog, events } = options;
  const report = (error: unknown, what: string) => options.onError?.(error, what);

  async function reload(account: string): Promise<boolean> {
    const swap = await store.reload(account);
    if (!swap) return false;
    events.emit("snapshotReplaced", account, swap.previous, swap.next);
    return true;
  }

  async function answerSync(account: string, force: boolean) {
    if (force) await catalog.refresh(account);
    else await catalog.get(account).catch(() => undefined);
    await catalog.whenIdle(account);
    const state = await catalog.peekState(account);
    await coordinator.publish({ t: "done", account, error: state.error });
  }

  const off = coordinator.onMessage((m) => {
    if (m.t === "committed") {
      reload(m.account).catch((error: unknown) => report(error, `reload ${m.account}`));
    } else if (m.t === "sync" && coordinator.role(m.account) === "leader") {
      answerSync(m.account, m.force).catch((error: unknown) => report(error, `sync for ${m.from}`));
    }
  });

  async function check() {
    const stored = await store.storedVersions();
    const known = new Set(options.accounts());
    for (const account of stored.keys()) {
      if (known.has(account)) await reload(account);
    }
  }

  const timer = setInterval(
    () => void check().catch((error: unknown) => report(error, "version check")),
    options.versionCheckMs ?? 5_000,
  );
  timer.unref?.();

  return {
    reload,
    stop() {
      off();
      clearInterval(timer);
    },
  };
}
