import type * as z from "zod";
import { type ApiError, apiErrorSchema } from "@/lib/templates/list-contract";

/** An error answer of the console's own API, carried to the UI with its code and i18n key. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.message);
    this.name = "ConsoleApiError";
  }
}

/**
 * GETs console JSON and validates it with the shared contract. A 401 sends the user to sign-in
 * (the session expired) and comes back afterwards.
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  init?: RequestInit,
): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ConsoleApiError(0, {
      code: "network",
      message: "The console could not be reached.",
      messageKey: "errors.network",
      retryable: true,
    });
  }
  if (res.status === 401 && typeof window !== "undefined") {
    const next = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(next)}`);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = apiErrorSchema.safeParse((body as { error?: unknown } | null)?.error);
    throw new ConsoleApiError(
      res.status,
      parsed.success
        ? parsed.data
        : { code: "internal", message: `HTTP ${res.status}`, messageKey: "errors.internal" },
    );
  }
  return schema.parse(body);
}
