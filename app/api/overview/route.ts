import { parseQuery, withApi } from "@/lib/api/handler";
import { overviewQuerySchema } from "@/lib/templates/overview-contract";
import { getContainer } from "@/server/container";
import { overview } from "@/server/use-cases/overview";

/**
 * Health of the templates of one account or of every account the user may see: per-account cards,
 * distributions (equal to the table's facets), what needs attention and language coverage.
 * 400 on a bad `account`, 403/404 from the scope check, typed upstream errors when nothing loads.
 */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(overviewQuerySchema, request.url);
  const body = await overview(await getContainer(), user, query, request.signal);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
