import { describe, expect, it } from "vitest";
import { clientIp, SOCKET_ADDRESS_HEADER } from "./client-ip";
import { isApiPath, isPublicPath } from "./public-paths";

describe("clientIp", () => {
  const socket = (ip: string, extra: Record<string, string> = {}) =>
    new Headers({ [SOCKET_ADDRESS_HEADER]: ip, ...extra });

  it("by default (no trusted proxy) uses the socket address and ignores X-Forwarded-For", () => {
    expect(clientIp(socket("10.1.1.1", { "x-forwarded-for": "6.6.6.6" }), 0)).toBe("10.1.1.1");
    expect(clientIp(socket("::ffff:127.0.0.1", { "x-forwarded-for": "1.2.3.4" }), 0)).toBe("127.0.0.1");
    expect(clientIp(socket("10.1.1.1", { "x-real-ip": "9.9.9.9" }), 0)).toBe("10.1.1.1");
  });

  it("behind one proxy takes the rightmost hop, behind two the second from the right", () => {
    const h = socket("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" });
    expect(clientIp(h, 1)).toBe("10.0.0.1");
    expect(clientIp(h, 2)).toBe("198.51.100.7");
  });

  it("falls back to the socket address when there are fewer hops than trusted proxies", () => {
    expect(clientIp(socket("10.0.0.2", { "x-forwarded-for": "1.2.3.4" }), 2)).toBe("10.0.0.2");
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});

describe("public paths", () => {
  it.each([
    "/login",
    "/api/health",
    "/api/auth/login",
    "/api/auth/logout",
    "/_next/static/chunks/a.js",
    "/favicon.ico",
  ])("%s needs no session", (p) => expect(isPublicPath(p)).toBe(true));
  it.each([
    "/",
    "/templates",
    "/overview",
    "/api/templates",
    "/api/accounts",
    "/login/extra",
    "/api/health/x",
    "/x/y.png",
    "/new-page",
  ])("%s needs a session", (p) => expect(isPublicPath(p)).toBe(false));
  it("knows API paths", () => {
    expect(isApiPath("/api/templates")).toBe(true);
    expect(isApiPath("/apis")).toBe(false);
  });
});
