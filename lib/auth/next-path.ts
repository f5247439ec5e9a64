/**
 * Where to go after sign-in. Only a same-origin relative path is accepted (no open redirect):
 * it must start with a single "/", contain no backslash, control character or whitespace, still
 * be on our origin once a browser-grade URL parser has resolved it, and the resolved path (what we
 * send back) must itself not start with "//" or "/\". Anything else falls back to the default. Sign-in pages and API
 * routes are refused (a loop, or a JSON answer where a page is expected).
 */
export const DEFAULT_AFTER_SIGN_IN = "/templates";

const ORIGIN = "http://console.invalid";

export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  // Browsers treat "\" like "/" ("/\evil.com" is protocol-relative) and drop tabs and newlines.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters on purpose.
  if (/[\\\s\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const path = url.pathname;
  // Check the RESULT, not only the input: dot segments collapse ("/.//evil.com", "/%2e//evil.com"
  // → "//evil.com"), and a path starting "//" or "/\" is protocol-relative in the Location header.
  if (path.startsWith("//") || path.startsWith("/\\")) return null;
  if (path === "/login" || path.startsWith("/login/") || path === "/api" || path.startsWith("/api/"))
    return null;
  return `${path}${url.search}${url.hash}`;
}

/** `next` for the sign-in page from a protected request: its path and query. */
export function nextFromUrl(url: URL): string {
  return `${url.pathname}${url.search}`;
}

/** Builds `/login?…` keeping only a valid `next`. */
export function loginUrl(params: { next?: string | null; error?: string; retryAfter?: number }): string {
  const search = new URLSearchParams();
  if (params.error) search.set("error", params.error);
  if (params.retryAfter !== undefined) search.set("retry", String(params.retryAfter));
  const next = safeNextPath(params.next);
  if (next && next !== DEFAULT_AFTER_SIGN_IN) search.set("next", next);
  const qs = search.toString();
  return qs ? `/login?${qs}` : "/login";
}
