import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { TemplateListQuery, TemplateListResponse } from "@/lib/templates/list-contract";
import { queryTemplates } from "@/lib/templates/query";
import { loadScope, type ScopeDeps } from "./scope";

/** One page of the list with facets and catalog state: the body of GET /api/templates. */
export async function listTemplates(
  deps: ScopeDeps,
  user: SessionUser,
  { account, ...query }: TemplateListQuery,
  signal?: AbortSignal,
): Promise<TemplateListResponse> {
  const scope = await loadScope(deps, user, account, signal);
  return { ...queryTemplates(scope.rows, query), catalog: scope.catalog, accounts: scope.accounts };
}
