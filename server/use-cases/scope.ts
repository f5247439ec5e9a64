import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import type { SessionUser } from "@/lib/auth/session";
import type { AccountConfig } from "@/lib/config/env-schema";
import type { CatalogState } from "@/lib/templates/list-contract";
import { type CatalogRow, combineRows, rowsOf } from "@/lib/templates/query";
import { combineCatalogStates, toApiError } from "@/server/catalog/cache";
import type { Container } from "@/server/container";

export type ScopeDeps = Pick<Container, "accounts" | "catalog">;

export interface ScopedRows {
  rows: readonly CatalogRow[];
  /** Combined state (weakest of the accounts). */
  catalog: CatalogState;
  /** Per account id. */
  accounts: Record<string, CatalogState>;
  /** The snapshot version each answered account was served from. */
  versions: Record<string, number>;
}

/**
 * Rows of every account in scope, each answered from its catalog (fresh, stale or partial). In the
 * all-accounts view one failing account does not hide the others: its error rides in its state.
 * Only when every account in scope failed with nothing to show is the first error thrown.
 * 403/404 (ApiProblem) for an account the user may not see.
 */
export async function loadScope(
  deps: ScopeDeps,
  user: SessionUser,
  account: string,
  signal?: AbortSignal,
): Promise<ScopedRows> {
  const scope = resolveAccountScope(deps.accounts, user, account);
  const settled = await Promise.allSettled(scope.map((a) => deps.catalog.get(a.id, { signal })));
  const parts: (readonly CatalogRow[])[] = [];
  const accounts: Record<string, CatalogState> = {};
  const versions: Record<string, number> = {};
  let firstError: unknown = null;
  settled.forEach((result, i) => {
    const id = (scope[i] as AccountConfig).id;
    if (result.status === "fulfilled") {
      parts.push(rowsOf(id, result.value.templates));
      accounts[id] = result.value.state;
      versions[id] = result.value.version;
    } else {
      firstError ??= result.reason;
      accounts[id] = {
        complete: false,
        pagesFetched: 0,
        templatesFetched: 0,
        fetchedAt: null,
        stale: false,
        refreshing: false,
        error: toApiError(result.reason),
      };
    }
  });
  if (firstError && parts.length === 0 && scope.length > 0) throw firstError;
  return {
    rows: parts.length === 1 ? (parts[0] as readonly CatalogRow[]) : combineRows(parts),
    catalog: combineCatalogStates(Object.values(accounts)),
    accounts,
    versions,
  };
}
