import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { sealSession } from "../lib/auth/session-token";
import { credentialVersion } from "../lib/auth/users";
import { E2E_SESSION_SECRET, E2E_SESSION_TTL_HOURS, E2E_USERS } from "../playwright.config";
import { expect, test } from "./support/test";

/**
 * Issue 7, the security side: every route needs a session (discovered from app/, so a new route
 * cannot be forgotten), security headers with a CSP nonce, cookies that are forged, expired,
 * signed out or for a deleted user are refused, sessions slide, cross-site writes are refused, and
 * no secret reaches the browser bundle.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const SIGNED_OUT = { cookies: [], origins: [] };
const TTL_MS = E2E_SESSION_TTL_HOURS * 3_600_000;

/** Routes reachable without a session, by design. */
const PUBLIC = new Set(["/login", "/api/health", "/api/auth/login", "/api/auth/logout"]);
/** Sample values for dynamic segments. */
const SAMPLES: Record<string, string> = { id: "1234567890" };

interface DiscoveredRoute {
  file: string;
  url: string;
  kind: "page" | "route";
  methods: string[];
}

function discoverRoutes(dir = path.join(ROOT, "app"), segments: string[] = []): DiscoveredRoute[] {
  const found: DiscoveredRoute[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue; // private folders are not routes
      found.push(...discoverRoutes(full, [...segments, entry.name]));
      continue;
    }
    const kind = /^page\.(tsx|ts|jsx|js)$/.test(entry.name)
      ? "page"
      : /^route\.(ts|js)$/.test(entry.name)
        ? "route"
        : null;
    if (!kind) continue;
    const parts = segments
      .filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"))
      .map((s) => {
        const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(s);
        return dynamic ? (SAMPLES[dynamic[1] ?? ""] ?? "sample") : s;
      });
    const source = readFileSync(full, "utf8");
    const methods =
      kind === "page"
        ? ["GET"]
        : [
            ...new Set(
              [
                ...source.matchAll(
                  /export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g,
                ),
              ].map((m) => m[1] as string),
            ),
          ];
    found.push({ file: path.relative(ROOT, full), url: `/${parts.join("/")}`, kind, methods });
  }
  return found;
}

const routes = discoverRoutes();

async function cookieFor(data: Record<string, unknown>): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: deliberately crafted (also invalid) session data.
  return sealSession(data as any, E2E_SESSION_SECRET, TTL_MS);
}

function demoSession(over: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    v: 1,
    sid: `e2e-${Math.random().toString(36).slice(2)}-session`,
    sub: E2E_USERS.demo.name,
    iat: now,
    ren: now,
    exp: now + TTL_MS,
    cv: credentialVersion(`demo:${E2E_USERS.demo.name}:${E2E_USERS.demo.password}`),
    ...over,
  };
}

async function getWithCookie(api: APIRequestContext, url: string, cookie: string) {
  return api.get(url, { headers: { cookie: `tc_session=${cookie}` }, maxRedirects: 0 });
}

test.describe("without a session", () => {
  test.use({ storageState: SIGNED_OUT });

  test("route discovery finds the console's routes", () => {
    const urls = routes.map((r) => r.url);
    expect(urls).toEqual(expect.arrayContaining(["/templates", "/login", "/api/templates", "/api/health"]));
    expect(routes.filter((r) => r.kind === "route").every((r) => r.methods.length > 0)).toBe(true);
  });

  for (const route of routes) {
    for (const method of route.methods) {
      test(`${method} ${route.url} (${route.file})`, async ({ request, baseURL }) => {
        const res = await request.fetch(route.url, {
          method,
          maxRedirects: 0,
          headers: { origin: baseURL ?? "", "content-type": "application/json" },
          data: method === "GET" ? undefined : "{}",
        });
        if (PUBLIC.has(route.url)) {
          expect(res.status(), "public route").not.toBe(401);
          expect(res.headers().location ?? "").not.toMatch(/^\/login/);
          return;
        }
        if (route.url.startsWith("/api/")) {
          expect(res.status()).toBe(401);
          expect(res.headers()["content-type"]).toMatch(/application\/json/);
          expect(await res.json()).toEqual({
            error: {
              code: "unauthorized",
              message: expect.any(String),
              messageKey: "errors.unauthorized",
            },
          });
        } else {
          expect([303, 307, 308]).toContain(res.status());
          const location = new URL(res.headers().location ?? "", baseURL);
          expect(location.pathname).toBe("/login");
          if (route.url !== "/templates") expect(location.searchParams.get("next")).toBe(route.url);
        }
      });
    }
  }

  test("an unknown path also asks for sign-in (no page listing for strangers)", async ({ request }) => {
    const res = await request.get("/no-such-page?x=1", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toBe("/login?next=%2Fno-such-page%3Fx%3D1");
    expect((await request.get("/api/no-such-route")).status()).toBe(401);
  });

  test("a forged cookie is refused (and cleared)", async ({ request }) => {
    const res = await getWithCookie(request, "/api/accounts", "Fe26.2*1*forged*0*Zm9v*0*YmFy~2");
    expect(res.status()).toBe(401);
    expect(res.headers()["set-cookie"]).toMatch(/tc_session=;.*Max-Age=0/);
    const sealedElsewhere = await sealSession(
      // biome-ignore lint/suspicious/noExplicitAny: a well-formed session sealed with another key.
      demoSession() as any,
      "another-secret-that-is-long-enough-for-iron-0000",
      TTL_MS,
    );
    expect((await getWithCookie(request, "/api/accounts", sealedElsewhere)).status()).toBe(401);
    const page = await getWithCookie(request, "/templates", sealedElsewhere);
    expect(page.status()).toBe(307);
    expect(page.headers().location).toBe("/login");
  });

  test("an expired session is refused even though the cookie is still sent", async ({ request }) => {
    const now = Date.now();
    const expired = await cookieFor(
      demoSession({ iat: now - 2 * TTL_MS, ren: now - TTL_MS - 60_000, exp: now - 60_000 }),
    );
    expect((await getWithCookie(request, "/api/accounts", expired)).status()).toBe(401);
    // The same data with a live expiry works: it is the expiry that is refused.
    const live = await cookieFor(demoSession());
    expect((await getWithCookie(request, "/api/accounts", live)).status()).toBe(200);
  });

  test("a session for a user no longer in the configuration, or with an old password, is refused", async ({
    request,
  }) => {
    const deleted = await cookieFor(demoSession({ sub: "mallory", cv: "whatever-version" }));
    expect((await getWithCookie(request, "/api/accounts", deleted)).status()).toBe(401);
    const oldPassword = await cookieFor(demoSession({ cv: credentialVersion("demo:demo:old-password") }));
    expect((await getWithCookie(request, "/api/accounts", oldPassword)).status()).toBe(401);
  });

  test("a session past half its lifetime is renewed (sliding), a fresh one is not", async ({ request }) => {
    const now = Date.now();
    const fresh = await getWithCookie(request, "/api/accounts", await cookieFor(demoSession()));
    expect(fresh.status()).toBe(200);
    expect(fresh.headers()["set-cookie"]).toBeUndefined();
    const older = await cookieFor(
      demoSession({ iat: now - 0.6 * TTL_MS, ren: now - 0.6 * TTL_MS, exp: now + 0.4 * TTL_MS }),
    );
    const renewed = await getWithCookie(request, "/api/accounts", older);
    expect(renewed.status()).toBe(200);
    const setCookie = renewed.headers()["set-cookie"] ?? "";
    expect(setCookie).toMatch(/^tc_session=Fe26\.2\*/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(new RegExp(`Max-Age=${TTL_MS / 1000}`));
    expect(setCookie).not.toMatch(/Secure/i); // plain http on 127.0.0.1
  });
});

test.describe("headers", () => {
  function expectSecurityHeaders(headers: Record<string, string>) {
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).toContain("media-src 'self' data: blob:;");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/microphone=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/geolocation=\(\)/);
    expect(headers["strict-transport-security"]).toBeUndefined(); // served over http here
    return csp;
  }

  test("a page carries the CSP with a fresh nonce that its scripts use, and no violations occur", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto("/templates");
    expect(res?.status()).toBe(200);
    const csp = expectSecurityHeaders(res?.headers() ?? {});
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // Every script in the HTML carries the nonce (Next.js' own and next-themes' theme script).
    const html = (await res?.text()) ?? "";
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(2);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // The app works under the policy: the table renders, the theme script ran.
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);

    const again = await page.request.get("/templates");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });

  test("the sign-in page has no CSP violations either", async ({ browser }) => {
    const context = await browser.newContext({ storageState: SIGNED_OUT });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto("/login");
    expectSecurityHeaders(res?.headers() ?? {});
    await expect(page.getByRole("button", { name: /Sign in|登录/ })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    await context.close();
  });

  test("API responses, errors and redirects carry the security headers", async ({
    request,
    playwright,
    baseURL,
  }) => {
    expectSecurityHeaders((await request.get("/api/accounts")).headers());
    expectSecurityHeaders((await request.get("/api/health")).headers());
    const anonymous = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
    expectSecurityHeaders((await anonymous.get("/api/templates")).headers());
    expectSecurityHeaders((await anonymous.get("/overview", { maxRedirects: 0 })).headers());
    await anonymous.dispose();
  });

  test("HSTS is sent when the console is reached over https (behind a TLS proxy)", async ({ request }) => {
    const res = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });
});

test.describe("cross-site requests", () => {
  test("state-changing calls from another origin are refused with 403 JSON", async ({ request }) => {
    for (const [url, data] of [
      ["/api/catalog/refresh", { account: "acme" }],
      ["/api/auth/login", { user: "demo", password: "demo" }],
      ["/api/auth/logout", {}],
    ] as const) {
      const res = await request.post(url, { data, headers: { origin: "http://evil.example" } });
      expect(res.status(), url).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden_origin");
      const bySite = await request.post(url, { data, headers: { "sec-fetch-site": "cross-site" } });
      expect(bySite.status(), url).toBe(403);
    }
    // The session survived the refused logout.
    expect((await request.get("/api/accounts")).status()).toBe(200);
  });

  test("the same call from the console's own origin works", async ({ request, baseURL }) => {
    const res = await request.post("/api/catalog/refresh", {
      data: { account: "acme" },
      headers: { origin: baseURL ?? "", "sec-fetch-site": "same-origin" },
    });
    expect(res.status()).toBe(202);
  });
});

test.describe("secrets", () => {
  const secrets = [
    process.env.NXCLOUD_ACCESS_SECRET ?? "demo-access-secret-change-me",
    process.env.NXCLOUD_ACCESS_KEY ?? "demo-access-key",
    E2E_SESSION_SECRET,
  ];

  function* files(dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* files(full);
      else yield full;
    }
  }

  test("no file of the browser bundle (.next/static) contains a configured secret", () => {
    const staticDir = path.join(ROOT, ".next", "static");
    expect(existsSync(staticDir), "run `next build` first").toBe(true);
    let count = 0;
    for (const file of files(staticDir)) {
      if (statSync(file).size > 20_000_000) continue;
      const text = readFileSync(file, "latin1");
      count++;
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    expect(count).toBeGreaterThan(5);
  });

  test("pages and API answers do not contain them either", async ({ request }) => {
    for (const url of [
      "/templates",
      "/overview",
      "/api/accounts",
      "/api/templates?account=all&pageSize=100",
    ]) {
      const body = await (await request.get(url)).text();
      for (const secret of secrets) expect(body.includes(secret), `${secret} in ${url}`).toBe(false);
    }
  });
});
