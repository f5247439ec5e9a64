import { previewBodySchema } from "@/lib/alerts/contracts";
import { parseJsonBody, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { previewRule } from "@/server/use-cases/alerts-preview";

/** The message a draft rule would send, for the editor's live preview (no URL or secret needed). */
export const POST = withApi(async (request, { user }) => {
  const body = await parseJsonBody(previewBodySchema, request, "The body must be a JSON draft rule.");
  return Response.json(await previewRule(await getContainer(), user, body), {
    headers: { "cache-control": "no-store" },
  });
});
