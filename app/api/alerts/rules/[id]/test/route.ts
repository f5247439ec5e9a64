import { ruleIdSchema } from "@/lib/alerts/contracts";
import { parseParam, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { testRule } from "@/server/use-cases/alerts-rules";

/** Sends a sample message on the rule's channel now and answers with what the channel said (admins). */
export const POST = withApi<{ params: Promise<{ id: string }> }>(async (_request, { user, params }) => {
  const id = parseParam(ruleIdSchema, "id", (await params).id);
  const body = await testRule(await getContainer(), user, id);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
