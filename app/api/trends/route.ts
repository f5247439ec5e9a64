import { parseQuery, withApi } from "@/lib/api/handler";
import { trendsQuerySchema } from "@/lib/history/contracts";
import { getContainer } from "@/server/container";
import { trends } from "@/server/use-cases/trends";

/** Daily counts per status, quality and category over the last `days` days. */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(trendsQuerySchema, request.url);
  const body = await trends(await getContainer(), user, query);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
