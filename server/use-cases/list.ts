import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { LastChange, TemplateListQuery, TemplateListResponse } from "@/lib/templates/list-contract";
import { lastChangeKey, queryTemplates, type RowHistory } from "@/lib/templates/query";
import type { Container } from "@/server/container";
import type { HistoryStore } from "@/server/history/store";
import { loadScope, type ScopeDeps } from "./scope";

export type ListDeps = ScopeDeps & Partial<Pick<Container, "history" | "now">>;

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

/** One page of the list with facets and catalog state: the body of GET /api/templates. */
export async function listTemplates(
  deps: ListDeps,
  user: SessionUser,
  { account, ...query }: TemplateListQuery,
  signal?: AbortSignal,
): Promise<TemplateListResponse> {
  const scope = await loadScope(deps, user, account, signal);
  let history: RowHistory | undefined;
  if (deps.history) {
    history = {
      lastChanges: await historyFor(deps.history, scope.versions),
      now: deps.now?.() ?? Date.now(),
    };
  }
  return { ...queryTemplates(scope.rows, query, history), catalog: scope.catalog, accounts: scope.accounts };
}
