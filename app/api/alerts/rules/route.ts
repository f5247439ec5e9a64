import * as z from "zod";
import { parseJsonBody, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { createRule, listRules } from "@/server/use-cases/alerts-rules";

const NO_STORE = { "cache-control": "no-store" };

/** Every rule, redacted (masked URL, `secretSet`), and whether this user may edit. */
export const GET = withApi(async (_request, { user }) => {
  return Response.json(await listRules(await getContainer(), user), { headers: NO_STORE });
});

/** Creates a rule (admins). A bad field is a 400 naming it. */
export const POST = withApi(async (request, { user }) => {
  const body = await parseJsonBody(z.unknown(), request, "The body must be a JSON alert rule.");
  const rule = await createRule(await getContainer(), user, body);
  return Response.json({ rule }, { status: 201, headers: NO_STORE });
});
