/**
 * Content-Security-Policy and the other security headers every response carries (set by
 * proxy.ts). Pure, so the policy is unit-tested as a string.
 *
 * Scripts: only ours, via a per-request nonce plus 'strict-dynamic' (Next.js reads the nonce from
 * the CSP request header and puts it on its own scripts; next-themes gets it via `x-nonce`).
 * Styles: 'unsafe-inline' is needed for Tailwind/Radix inline style attributes; it cannot run code.
 * Images and media: only our own origin — third-party example media is served through the
 * console's media route (app/api/media), never loaded from its host by the browser.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's debugging helpers and a websocket for HMR. */
  dev?: boolean;
}

export function buildCsp({ nonce, dev = false }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error("CSP nonce must be ≥16 base64 characters");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable and fresh per request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
  "interest-cohort=()",
].join(", ");

export function securityHeaders({ csp, https }: { csp: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Origin-Agent-Cluster": "?1",
    // Only over https: a browser that saw HSTS on plain http would ignore it anyway, and on a
    // local http demo it must never pin the host to https.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the request reached us over https: the URL Next.js built (it honours the scheme of a
 * TLS-terminating proxy), or the first `x-forwarded-proto` hop.
 */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return url.protocol === "https:" || forwarded === "https";
}
