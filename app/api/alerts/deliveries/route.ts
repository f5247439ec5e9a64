import { deliveriesQuerySchema } from "@/lib/alerts/contracts";
import { parseQuery, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { listDeliveryLog } from "@/server/use-cases/alerts-deliveries";

/** The delivery log, newest first: `?rule=` and `?status=pending|sent|dead` narrow it. */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(deliveriesQuerySchema, request.url);
  const body = await listDeliveryLog(await getContainer(), user, query);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
