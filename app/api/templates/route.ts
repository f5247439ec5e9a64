import { parseQuery, withApi } from "@/lib/api/handler";
import { type TemplateListResponse, templateListQuerySchema } from "@/lib/templates/list-contract";
import { queryTemplates } from "@/lib/templates/query";
import { loadScope } from "@/lib/templates/service";

/** One page of the filtered, sorted catalog plus facet counts and how complete the catalog is. */
export const GET = withApi(async (request, { user }) => {
  const { account, ...query } = parseQuery(templateListQuerySchema, request.url);
  const scope = await loadScope(user, account, request.signal);
  const result = queryTemplates(scope.rows, query);
  const body: TemplateListResponse = { ...result, catalog: scope.catalog, accounts: scope.accounts };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
