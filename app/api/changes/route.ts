import { parseQuery, withApi } from "@/lib/api/handler";
import { changesQuerySchema } from "@/lib/history/contracts";
import { getContainer } from "@/server/container";
import { listChanges } from "@/server/use-cases/changes";

/** The change log, newest first, filtered by account (or `all`), kind, time window and text. */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(changesQuerySchema, request.url);
  const body = await listChanges(await getContainer(), user, query);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
