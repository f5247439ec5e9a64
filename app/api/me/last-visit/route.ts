import { parseJsonBody, withApi } from "@/lib/api/handler";
import { lastVisitActionSchema } from "@/lib/history/visit-contract";
import { getContainer } from "@/server/container";
import { lastVisit } from "@/server/use-cases/last-visit";

/** Up to when the signed-in user has seen the changes, and how many came since. */
export const GET = withApi(async (_request, { user }) => {
  const body = await lastVisit(await getContainer(), user);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});

/** `{ "action": "visit" }` when the console is opened; `{ "action": "seen" }` marks all as seen. */
export const POST = withApi(async (request, { user }) => {
  const { action } = await parseJsonBody(
    lastVisitActionSchema,
    request,
    "The body must be JSON: { action }.",
  );
  const body = await lastVisit(await getContainer(), user, action);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
