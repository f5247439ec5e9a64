import "server-only";
import * as z from "zod";
import { checkSameOrigin } from "@/lib/auth/origin";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";
import { ApiProblem } from "./problem";
import { BodyTooLargeError, readBodyJson } from "./read-body";

/** JSON bodies the console reads are small settings; the limit is counted on the stream. */
const DEFAULT_JSON_BODY_BYTES = 64 * 1024;

type Handler<Ctx> = (request: Request, ctx: Ctx & { user: SessionUser }) => Promise<Response>;

/**
 * Wraps a route handler: requires a session (401 JSON otherwise), turns ApiProblem and typed
 * upstream errors into their JSON answer, and everything else into a logged 500-free 502
 * (`internal` is never expected; the message carries no detail that could hold a secret).
 */
export function withApi<Ctx extends object>(handler: Handler<Ctx>) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      // proxy.ts refuses cross-site writes already; checked again here (defence in depth).
      if (!checkSameOrigin(request).ok)
        throw new ApiProblem(403, "forbidden_origin", "This request must come from the console itself.");
      const user = await getSessionUser();
      if (!user) throw new ApiProblem(401, "unauthorized", "Sign in to use the console API.");
      return await handler(request, { ...ctx, user });
    } catch (error) {
      return problemResponse(error);
    }
  };
}

/** Admin-only writes (alert rules…): a viewer gets 403, whatever the UI showed them. */
export function requireAdmin(user: SessionUser): void {
  if (user.role !== "admin")
    throw new ApiProblem(403, "forbidden_role", "Only administrators can change this.");
}

export function problemResponse(error: unknown): Response {
  const problem = toProblem(error);
  if (problem.status >= 500) logger.warn("api error", { code: problem.code, status: problem.status });
  return Response.json(problem.toJSON(), {
    status: problem.status,
    headers: { "cache-control": "no-store" },
  });
}

interface TypedUpstreamError {
  code: string;
  httpStatus: number;
  toApiError(): { code: string; message: string; messageKey?: string; retryable?: boolean };
}

function isTypedUpstreamError(e: unknown): e is TypedUpstreamError {
  return typeof e === "object" && e !== null && "toApiError" in e && "httpStatus" in e;
}

/** The client went away (closed tab, aborted fetch): nothing to answer, nothing to alarm about. */
function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "AbortError" || name === "ResponseAborted";
}

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (isAbort(error)) return new ApiProblem(499, "aborted", "The request was cancelled by the client.");
  if (isTypedUpstreamError(error)) {
    const api = error.toApiError();
    return new ApiProblem(error.httpStatus, api.code, api.message, {
      messageKey: api.messageKey,
      retryable: api.retryable,
    });
  }
  logger.error("unexpected error in route handler", { error });
  return new ApiProblem(502, "internal", "The console could not complete the request. Try again.", {
    retryable: true,
  });
}

/** Parses a query string with a zod schema; a failure is a 400 naming every bad field. */
export function parseQuery<S extends z.ZodType>(schema: S, url: string | URL): z.output<S> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of params.keys()) {
    const values = params.getAll(key);
    raw[key] = values.join(",");
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = z.flattenError(result.error).fieldErrors as Record<string, string[]>;
    const summary = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v.join("; ")}`)
      .join(" · ");
    throw new ApiProblem(400, "invalid_query", summary || "The query is invalid.", { fields });
  }
  return result.data;
}

/** Parses a JSON body with a zod schema; not JSON is a 400 with `notJson`, a bad field a 400 naming it. */
export async function parseJsonBody<S extends z.ZodType>(
  schema: S,
  request: Request,
  notJson: string,
  maxBytes = DEFAULT_JSON_BODY_BYTES,
): Promise<z.output<S>> {
  const raw: unknown = await readBodyJson(request, maxBytes).catch((error: unknown) => {
    if (error instanceof BodyTooLargeError)
      throw new ApiProblem(413, "body_too_large", `The body must be at most ${maxBytes} bytes.`);
    throw new ApiProblem(400, "invalid_query", notJson);
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new ApiProblem(400, "invalid_query", Object.values(fields).flat().join("; ") || "Invalid body.", {
      fields,
    });
  }
  return parsed.data;
}

/** Parses a dynamic route segment; a failure is a 400 naming the segment. */
export function parseParam<S extends z.ZodType>(schema: S, name: string, value: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ApiProblem(400, "invalid_query", `${name}: ${result.error.issues[0]?.message}`, {
      fields: { [name]: result.error.issues.map((i) => i.message) },
    });
  return result.data;
}
