import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { TemplateListQuery, TemplateListResponse } from "@/lib/templates/list-contract";
import { queryTemplates } from "@/lib/templates/query";
import { type RowHistoryDeps, rowHistoryFor } from "./row-history";
import { loadScope, type ScopeDeps } from "./scope";

export type ListDeps = ScopeDeps & RowHistoryDeps;

/** One page of the list with facets and catalog state: the body of GET /api/templates. */
export async function listTemplates(
  deps: ListDeps,
  user: SessionUser,
  { account, ...query }: TemplateListQuery,
  signal?: AbortSignal,
): Promise<TemplateListResponse> {
  const scope = await loadScope(deps, user, account, signal);
  const history = await rowHistoryFor(deps, scope.versions);
  return { ...queryTemplates(scope.rows, query, history), catalog: scope.catalog, accounts: scope.accounts };
}
