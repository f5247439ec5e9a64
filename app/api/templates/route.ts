import { parseQuery, withApi } from "@/lib/api/handler";
import { templateListQuerySchema } from "@/lib/templates/list-contract";
import { listTemplates } from "@/lib/templates/service";

/** One page of the filtered, sorted catalog plus facet counts and how complete the catalog is. */
export const GET = withApi(async (request, { user }) => {
  const body = await listTemplates(user, parseQuery(templateListQuerySchema, request.url), request.signal);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
