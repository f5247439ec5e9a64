import { parseQuery, withApi } from "@/lib/api/handler";
import { templateListQuerySchema } from "@/lib/templates/list-contract";
import { getContainer } from "@/server/container";
import { listTemplatesBody } from "@/server/use-cases/list";

/** One page of the filtered, sorted catalog plus facet counts and how complete the catalog is. */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(templateListQuerySchema, request.url);
  const body = await listTemplatesBody(await getContainer(), user, query, request.signal);
  return new Response(body, {
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
});
