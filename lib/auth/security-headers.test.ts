import { describe, expect, it } from "vitest";
import { buildCsp, createNonce, isHttpsRequest, securityHeaders } from "./security-headers";

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split("; ").map((d) => {
      const [name = "", ...values] = d.split(" ");
      return [name, values];
    }),
  );

describe("buildCsp", () => {
  const nonce = createNonce();
  const csp = directives(buildCsp({ nonce }));

  it("allows scripts only through the nonce and strict-dynamic, never inline or eval", () => {
    expect(csp["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(buildCsp({ nonce })).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("has the required directives", () => {
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(csp["media-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
  });

  it("adds eval and the HMR socket only in development", () => {
    const dev = directives(buildCsp({ nonce, dev: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toContain("ws:");
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => buildCsp({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => buildCsp({ nonce: "short" })).toThrow();
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("securityHeaders", () => {
  it("sets the hardening headers, HSTS only over https", () => {
    const http = securityHeaders({ csp: "x", https: false });
    expect(http).toMatchObject({
      "Content-Security-Policy": "x",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(http["Permissions-Policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ csp: "x", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("detects https from the URL or the proxy's x-forwarded-proto", () => {
    expect(isHttpsRequest(new URL("https://c.example/"), new Headers())).toBe(true);
    expect(isHttpsRequest(new URL("http://c.example/"), new Headers({ "x-forwarded-proto": "https" }))).toBe(
      true,
    );
    expect(isHttpsRequest(new URL("http://c.example/"), new Headers({ "x-forwarded-proto": "http" }))).toBe(
      false,
    );
    expect(isHttpsRequest(new URL("http://127.0.0.1:3000/"), new Headers())).toBe(false);
  });
});
