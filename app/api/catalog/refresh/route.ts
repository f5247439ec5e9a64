import { parseJsonBody, withApi } from "@/lib/api/handler";
import { refreshBodySchema } from "@/lib/templates/refresh-contract";
import { getContainer } from "@/server/container";
import { refresh } from "@/server/use-cases/refresh";

/** `{"account":"…"}` needs a few dozen bytes; the limit is counted on the stream (read-body.ts). */
const MAX_BODY_BYTES = 4 * 1024;

/** Starts a sync of the account's catalog (or of every allowed account) and returns its state. */
export const POST = withApi(async (request, { user }) => {
  const input = await parseJsonBody(
    refreshBodySchema,
    request,
    'The body must be JSON like {"account":"<id>"}.',
    MAX_BODY_BYTES,
  );
  const body = await refresh(await getContainer(), user, input);
  return Response.json(body, { status: 202, headers: { "cache-control": "no-store" } });
});
