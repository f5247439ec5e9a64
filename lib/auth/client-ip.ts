/**
 * The client address for per-IP throttling. Next.js fills `x-forwarded-for` with the socket
 * address when no proxy set it; behind a reverse proxy the nearest (rightmost) entry is the one
 * that proxy appended, which the client cannot forge. Leftmost entries are client-controlled.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const ip = hops.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "";
  // Normalise IPv4-mapped IPv6 so "::ffff:127.0.0.1" and "127.0.0.1" share a counter.
  const normalised = ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64);
  return normalised || "unknown";
}
