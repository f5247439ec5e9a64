import { CROSS_ORIGIN_PROBLEM } from "./origin";

/** JSON error answers of the sign-in routes and proxy.ts, in the console's `{ error }` shape. */

const NO_STORE = { "cache-control": "no-store" } as const;

export function unauthorizedResponse(): Response {
  return Response.json(
    {
      error: {
        code: "unauthorized",
        message: "Sign in to use the console API.",
        messageKey: "errors.unauthorized",
      },
    },
    { status: 401, headers: { ...NO_STORE, "www-authenticate": 'Cookie realm="template-console"' } },
  );
}

export function crossOriginResponse(): Response {
  return Response.json(CROSS_ORIGIN_PROBLEM, { status: 403, headers: NO_STORE });
}

export function invalidCredentialsResponse(): Response {
  return Response.json(
    {
      error: {
        code: "invalid_credentials",
        message: "Wrong user name or password.",
        messageKey: "auth.errors.invalid",
      },
    },
    { status: 401, headers: NO_STORE },
  );
}

export function throttledResponse(retryAfterSeconds: number): Response {
  return Response.json(
    {
      error: {
        code: "too_many_attempts",
        message: `Too many attempts, try again in ${retryAfterSeconds} seconds.`,
        messageKey: "auth.errors.throttled",
        retryAfter: retryAfterSeconds,
      },
    },
    { status: 429, headers: { ...NO_STORE, "retry-after": String(retryAfterSeconds) } },
  );
}

export function badRequestResponse(message: string): Response {
  return Response.json(
    { error: { code: "invalid_request", message, messageKey: "auth.errors.missing" } },
    { status: 400, headers: NO_STORE },
  );
}

/** 303 See Other to a same-origin path: relative, so it never switches host behind a proxy. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, location: path, ...headers } });
}
