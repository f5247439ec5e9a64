import { isIP } from "node:net";

/**
 * Which hosts the media route may fetch from: public addresses only (no loopback, private, link-
 * local — cloud metadata at 169.254.169.254 — or carrier-grade NAT ranges), except the origins
 * explicitly allowed (the demo's simulator). Checked on the URL here and again on every address
 * DNS returns, at connect time (fetch-media.ts), so a name that resolves to 10.x is refused too.
 */

function v4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

export function isPrivateAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, "");
  const kind = isIP(ip);
  if (kind === 4) return v4Private(ip);
  if (kind !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) return v4Private(mapped[1]);
  if (ip === "::" || ip === "::1") return true;
  return /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip) || /^ff/.test(ip);
}

export interface MediaPolicy {
  /** Origins fetched even though they are private (the demo's simulator), e.g. "http://127.0.0.1:4010". */
  allowedOrigins: readonly string[];
}

/** Why `raw` may not be fetched, or null when it may (subject to the DNS check at connect time). */
export function mediaTargetProblem(raw: string, policy: MediaPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "only http(s) media is fetched";
  if (url.username || url.password) return "URLs with credentials are refused";
  if (policy.allowedOrigins.includes(url.origin)) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "private address";
  if (isIP(host) && isPrivateAddress(host)) return "private address";
  return null;
}

export function isAllowedOrigin(raw: string, policy: MediaPolicy): boolean {
  try {
    return policy.allowedOrigins.includes(new URL(raw).origin);
  } catch {
    return false;
  }
}
