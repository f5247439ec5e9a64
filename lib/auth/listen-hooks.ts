import "server-only";
import { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SOCKET_ADDRESS_HEADER } from "./client-ip";

/**
 * Node-server hooks installed once at start-up (instrumentation-node.ts). Next.js gives route
 * handlers neither the socket address nor the bound interface, so both are taken from the HTTP
 * server itself: Next starts listening before it loads instrumentation, so the server is among
 * the process's active handles by then.
 */

const STAMPED = Symbol.for("template-console.socket-address-stamped");

export function listeningServers(): Server[] {
  const getHandles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles;
  const handles = typeof getHandles === "function" ? getHandles.call(process) : [];
  return handles.filter((h): h is Server => h instanceof Server && h.listening);
}

/** The addresses the console's HTTP server(s) are bound to ("127.0.0.1", "::", …). */
export function boundAddresses(servers = listeningServers()): string[] {
  return servers
    .map((s) => s.address())
    .filter((a): a is AddressInfo => typeof a === "object" && a !== null)
    .map((a) => a.address);
}

/**
 * Every request gets the socket's address in SOCKET_ADDRESS_HEADER, replacing whatever a client
 * sent under that name; runs before Next's own request listener. Returns false when no server was
 * found (then client-ip falls back to Next's `x-forwarded-for`, and this is logged).
 */
export function stampSocketAddresses(servers = listeningServers()): boolean {
  for (const server of servers) {
    server.prependListener("request", (req) => {
      req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    });
  }
  if (servers.length > 0) (globalThis as { [STAMPED]?: boolean })[STAMPED] = true;
  return servers.length > 0;
}

export function socketAddressesStamped(): boolean {
  return (globalThis as { [STAMPED]?: boolean })[STAMPED] === true;
}
