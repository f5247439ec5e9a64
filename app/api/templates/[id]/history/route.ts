import { parseParam, parseQuery, withApi } from "@/lib/api/handler";
import { templateHistoryQuerySchema } from "@/lib/history/contracts";
import { templateIdSchema } from "@/lib/templates/detail-contract";
import { getContainer } from "@/server/container";
import { templateHistory } from "@/server/use-cases/history";

/** What the console observed of one template: its change events and quality intervals. */
export const GET = withApi<{ params: Promise<{ id: string }> }>(async (request, { user, params }) => {
  const id = parseParam(templateIdSchema, "id", (await params).id);
  const { account } = parseQuery(templateHistoryQuerySchema, request.url);
  const body = await templateHistory(await getContainer(), user, { id, account });
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
