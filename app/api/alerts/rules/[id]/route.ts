import * as z from "zod";
import { ruleIdSchema } from "@/lib/alerts/contracts";
import { parseJsonBody, parseParam, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { deleteRule, updateRule } from "@/server/use-cases/alerts-rules";

type Ctx = { params: Promise<{ id: string }> };

/** Changes a rule (admins): fields left out keep their value; a masked URL or no secret keeps the stored one. */
export const PATCH = withApi<Ctx>(async (request, { user, params }) => {
  const id = parseParam(ruleIdSchema, "id", (await params).id);
  const body = await parseJsonBody(
    z.record(z.string(), z.unknown(), { error: "The body must be a JSON object." }),
    request,
    "The body must be a JSON object with the fields to change.",
  );
  const rule = await updateRule(await getContainer(), user, id, body);
  return Response.json({ rule }, { headers: { "cache-control": "no-store" } });
});

/** Deletes a rule (admins); its queued deliveries end as dead in the log. */
export const DELETE = withApi<Ctx>(async (_request, { user, params }) => {
  const id = parseParam(ruleIdSchema, "id", (await params).id);
  await deleteRule(await getContainer(), user, id);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
