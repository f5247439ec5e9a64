import "server-only";
import type { LastChange } from "@/lib/templates/list-contract";
import { lastChangeKey, type RowHistory } from "@/lib/templates/query";
import type { Container } from "@/server/container";
import type { HistoryStore } from "@/server/history/store";

export type RowHistoryDeps = Partial<Pick<Container, "history" | "now">>;

/**
 * Each account's last changes, read once per snapshot version (events are only written with a
 * snapshot swap, so a version's map never goes stale) and shared by every request and user. The
 * combined map of several accounts is cached on the parts, so the query engine sees the same map
 * object (and reuses its derived order) until a part changes.
 */
interface AccountChanges {
  version: number;
  map: Promise<Map<string, LastChange>>;
}
const perStore = new WeakMap<HistoryStore, Map<string, AccountChanges>>();
const combinedMaps = new WeakMap<HistoryStore, { key: string; map: ReadonlyMap<string, LastChange> }>();

function accountChanges(
  store: HistoryStore,
  account: string,
  version: number,
): Promise<Map<string, LastChange>> {
  let byAccount = perStore.get(store);
  if (!byAccount) {
    byAccount = new Map();
    perStore.set(store, byAccount);
  }
  const held = byAccount.get(account);
  if (held && held.version === version) return held.map;
  const map = store.lastChanges(account);
  const entry = { version, map };
  byAccount.set(account, entry);
  // a failed read is not cached: the next request tries again
  map.catch(() => {
    if (byAccount.get(account) === entry) byAccount.delete(account);
  });
  return map;
}

async function historyFor(
  store: HistoryStore,
  versions: Record<string, number>,
): Promise<ReadonlyMap<string, LastChange>> {
  const ids = Object.keys(versions).sort();
  const key = ids.map((id) => `${id}@${versions[id]}`).join(",");
  const held = combinedMaps.get(store);
  if (held?.key === key) return held.map;
  const parts = await Promise.all(ids.map((id) => accountChanges(store, id, versions[id] as number)));
  const map = new Map<string, LastChange>();
  ids.forEach((id, i) => {
    for (const [templateId, change] of parts[i] as Map<string, LastChange>)
      map.set(lastChangeKey(id, templateId), change);
  });
  combinedMaps.set(store, { key, map });
  return map;
}

/**
 * What the change log knows about the rows of a scope (each template's last change, and "now" for
 * the relative windows), or undefined on a server without history. The list and the CSV export
 * read it the same way, so the file holds what the table shows.
 */
export async function rowHistoryFor(
  deps: RowHistoryDeps,
  versions: Record<string, number>,
): Promise<RowHistory | undefined> {
  if (!deps.history) return undefined;
  return { lastChanges: await historyFor(deps.history, versions), now: deps.now?.() ?? Date.now() };
}
