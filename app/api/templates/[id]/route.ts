import { parseParam, parseQuery, withApi } from "@/lib/api/handler";
import { templateDetailQuerySchema, templateIdSchema } from "@/lib/templates/detail-contract";
import { getContainer } from "@/server/container";
import { templateDetail } from "@/server/use-cases/detail";

/** The full template (all components), its sibling languages and its account. */
export const GET = withApi<{ params: Promise<{ id: string }> }>(async (request, { user, params }) => {
  const id = parseParam(templateIdSchema, "id", (await params).id);
  const { account } = parseQuery(templateDetailQuerySchema, request.url);
  const body = await templateDetail(await getContainer(), user, { id, account }, request.signal);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
