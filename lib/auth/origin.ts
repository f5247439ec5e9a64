/**
 * Cross-site request forgery guard for state-changing requests: the browser must say the request
 * comes from our own origin. `Sec-Fetch-Site` (sent by every current browser) is checked first,
 * then `Origin`. A request with neither header did not come from a browser page (curl, scripts),
 * so there is no ambient-cookie attack to stop; it is allowed and still needs a session.
 */

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  headers: Headers;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** The host the client addressed: a reverse proxy's `x-forwarded-host`, else `Host`. */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || headers.get("host") || "").toLowerCase() || null;
}

export function checkSameOrigin({ method, headers }: OriginCheckInput): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const site = headers.get("sec-fetch-site")?.toLowerCase();
  if (site && site !== "same-origin")
    return { ok: false, reason: `cross-site request (Sec-Fetch-Site: ${site.slice(0, 20)})` };
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return { ok: false, reason: "opaque origin" };
    let originHost: string;
    try {
      const parsed = new URL(origin);
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("scheme");
      originHost = parsed.host.toLowerCase();
    } catch {
      return { ok: false, reason: "malformed Origin header" };
    }
    const host = requestHost(headers);
    if (!host || originHost !== host)
      return { ok: false, reason: "Origin does not match the console's host" };
  }
  return { ok: true };
}

export const CROSS_ORIGIN_PROBLEM = {
  error: {
    code: "forbidden_origin",
    message: "This request must come from the console itself (cross-site requests are refused).",
    messageKey: "auth.errors.forbiddenOrigin",
  },
} as const;
