import * as z from "zod";
import { withApi } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { BodyTooLargeError, readBodyJson } from "@/lib/api/read-body";
import { combineCatalogStates } from "@/lib/templates/catalog";
import { refreshScope } from "@/lib/templates/service";

/** `{"account":"…"}` needs a few dozen bytes; the limit is counted on the stream (read-body.ts). */
const MAX_BODY_BYTES = 4 * 1024;

const bodySchema = z.object({
  account: z
    .string({ error: "account is required (an account id or 'all')" })
    .max(64)
    .regex(/^[\w.-]+$/, "account must be an account id or 'all'"),
});

/** Starts a refresh of the account's catalog (or of every allowed account) and returns its state. */
export const POST = withApi(async (request, { user }) => {
  const raw: unknown = await readBodyJson(request, MAX_BODY_BYTES).catch((error: unknown) => {
    if (error instanceof BodyTooLargeError)
      throw new ApiProblem(413, "body_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes.`);
    throw new ApiProblem(400, "invalid_query", 'The body must be JSON like {"account":"<id>"}.');
  });
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new ApiProblem(400, "invalid_query", Object.values(fields).flat().join("; ") || "Invalid body.", {
      fields,
    });
  }
  const accounts = await refreshScope(user, parsed.data.account);
  return Response.json(
    { catalog: combineCatalogStates(Object.values(accounts)), accounts },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});
