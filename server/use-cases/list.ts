import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { TemplateListQuery, TemplateListResponse } from "@/lib/templates/list-contract";
import { queryTemplates, type TemplateQueryResult } from "@/lib/templates/query";
import { type RowHistoryDeps, rowHistoryFor } from "./row-history";
import { loadScope, type ScopeDeps, type ScopedRows } from "./scope";

export type ListDeps = ScopeDeps & RowHistoryDeps;

interface ListParts {
  result: TemplateQueryResult;
  catalog: ScopedRows["catalog"];
  accounts: ScopedRows["accounts"];
}

async function listParts(
  deps: ListDeps,
  user: SessionUser,
  { account, ...query }: TemplateListQuery,
  signal?: AbortSignal,
): Promise<ListParts> {
  const scope = await loadScope(deps, user, account, signal);
  const history = await rowHistoryFor(deps, scope.versions);
  return {
    result: queryTemplates(scope.rows, query, history),
    catalog: scope.catalog,
    accounts: scope.accounts,
  };
}

/** One page of the list with facets and catalog state: the body of GET /api/templates. */
export async function listTemplates(
  deps: ListDeps,
  user: SessionUser,
  query: TemplateListQuery,
  signal?: AbortSignal,
): Promise<TemplateListResponse> {
  const { result, catalog, accounts } = await listParts(deps, user, query, signal);
  return { ...result, catalog, accounts };
}

/** Each shared query result (see queryTemplates) as UTF-8 JSON without its closing brace. */
const resultHeads = new WeakMap<TemplateQueryResult, Buffer>();

/**
 * The same answer as `listTemplates`, as UTF-8 JSON. A repeated query gets the same result object
 * back, so the rows and the facets (nearly all of the ~25 kB) are serialised and encoded once, not
 * once per request; only the small catalog state, which changes without a new result, is each time.
 */
export async function listTemplatesBody(
  deps: ListDeps,
  user: SessionUser,
  query: TemplateListQuery,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const { result, catalog, accounts } = await listParts(deps, user, query, signal);
  let head = resultHeads.get(result);
  if (head === undefined) {
    // `result` is a non-empty object: its text ends with "}", and the two fields join it there.
    head = Buffer.from(JSON.stringify(result).slice(0, -1));
    resultHeads.set(result, head);
  }
  const tail = Buffer.from(`,"catalog":${JSON.stringify(catalog)},"accounts":${JSON.stringify(accounts)}}`);
  return Buffer.concat([head, tail]);
}
