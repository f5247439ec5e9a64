/**
 * The client address for per-IP throttling.
 *
 * Next.js route handlers cannot see the socket, and Next only fills `x-forwarded-for` when the
 * client did not send one — so that header is client-controlled unless a proxy we trust rewrites
 * it. instrumentation-node.ts therefore stamps every incoming request with the socket address in
 * SOCKET_ADDRESS_HEADER (overwriting anything a client sent).
 *
 * `trustedHops` (TRUST_PROXY_HOPS): 0 = no proxy, use the socket address and ignore the header;
 * n = n reverse proxies each append the address they saw, so the n-th entry from the right is the
 * one the outermost proxy saw (one proxy: the rightmost; two: the second from the right). With
 * fewer entries than n the request did not pass through every proxy: the socket address is used.
 */
export const SOCKET_ADDRESS_HEADER = "x-tc-socket-address";

function normalise(ip: string): string {
  // IPv4-mapped IPv6: "::ffff:127.0.0.1" and "127.0.0.1" share a counter.
  return ip
    .trim()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .slice(0, 64);
}

export function clientIp(headers: Headers, trustedHops = 0, socketStamped = true): string {
  // Without the start-up hook the header could come from the client: use Next's own
  // x-forwarded-for fill-in (the socket address unless the client sent one) instead.
  const socket = normalise(
    socketStamped
      ? (headers.get(SOCKET_ADDRESS_HEADER) ?? "")
      : (headers.get("x-forwarded-for")?.split(",").at(-1) ?? ""),
  );
  if (trustedHops > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const hop = hops.length >= trustedHops ? hops[hops.length - trustedHops] : undefined;
    if (hop) return normalise(hop) || "unknown";
  }
  return socket || "unknown";
}
