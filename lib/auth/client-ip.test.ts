import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { isApiPath, isPublicPath } from "./public-paths";

describe("clientIp", () => {
  it("uses the nearest x-forwarded-for hop (the one a proxy appended)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("1.2.3.4");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-real-ip": "9.9.9.9" }))).toBe("9.9.9.9");
    expect(clientIp(new Headers())).toBe("unknown");
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
