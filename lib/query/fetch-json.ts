import type { ApiError } from "@/lib/templates/list-contract";

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

function asApiError(value: unknown, status: number): ApiError {
  const error = (value as { error?: Partial<ApiError> } | null)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") return error as ApiError;
  return { code: "internal", message: `HTTP ${status}`, messageKey: "errors.internal" };
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (error) {
    if ((error as { name?: string }).name === "AbortError") throw error;
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
  if (!res.ok) throw new ConsoleApiError(res.status, asApiError(body, res.status));
  return body as T;
}

/**
 * GETs the console's own JSON API. The response type is the contract's zod-inferred type; the
 * browser does not re-validate it (the server built it from data it already validated, and the e2e
 * tests parse every response with the contract schemas) so zod never ships to the browser.
 * A 401 means the session ended: go to sign-in and come back here afterwards.
 */
export function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  return request<T>(url, init);
}

/** POSTs JSON to the console's API, with the same error mapping and sign-in handling as fetchJson. */
export function postJson<T>(url: string, body: unknown): Promise<T> {
  return request<T>(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
