import type { Browser, Page } from "@playwright/test";
import { E2E_USERS } from "../playwright.config";
import { expect, test } from "./support/test";

/**
 * Issue 7, signing in and out: with and without JavaScript, `next` brings you back to the page
 * you asked for (query included, never to another site), one generic error for unknown users and
 * wrong passwords, and throttling that answers 429 the same way for both.
 */

const SIGNED_OUT = { cookies: [], origins: [] };
test.use({ storageState: SIGNED_OUT });

async function fillAndSubmit(page: Page, user: string, password: string) {
  await page.getByLabel(/^(User name|用户名)$/).fill(user);
  await page.getByLabel(/^(Password|密码)$/, { exact: true }).fill(password);
  await page.getByTestId("login-submit").click();
}

async function noJsContext(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: false, storageState: SIGNED_OUT });
}

test.describe("sign-in page", () => {
  test("is a centered card with labelled fields, the demo hint (demo mode) and no app header", async ({
    page,
  }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle(/Sign in|登录/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByLabel(/^(User name|用户名)$/)).toHaveAttribute("autocomplete", "username");
    await expect(page.getByLabel(/^(Password|密码)$/, { exact: true })).toHaveAttribute("type", "password");
    await expect(page.getByTestId("demo-hint")).toContainText(E2E_USERS.demo.name);
    await expect(page.getByTestId("language-switch")).toBeVisible();
    await expect(page.getByTestId("theme-switch")).toBeVisible();
    await expect(page.getByTestId("user-menu")).toHaveCount(0);
    await expect(page.getByRole("navigation")).toHaveCount(0);
  });

  test("switches to Chinese and to dark", async ({ page }) => {
    await page.goto("/login");
    await page.getByTestId("language-switch").click();
    await page.getByRole("menuitemradio", { name: "简体中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await expect(page.getByLabel("用户名")).toBeVisible();
    await page.getByTestId("theme-switch").click();
    await page.getByRole("menuitemradio", { name: /深色|Dark/ }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
  });
});

test.describe("with JavaScript", () => {
  test("sign in, land on the page asked for with its query, sign out", async ({ page }) => {
    await page.goto("/overview?account=acme");
    await expect(page).toHaveURL(/\/login\?next=%2Foverview%3Faccount%3Dacme$/);
    await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
    await expect(page).toHaveURL((u) => u.pathname === "/overview" && u.search === "?account=acme");
    await expect(page.getByTestId("user-menu")).toBeVisible();

    const cookie = (await page.context().cookies()).find((c) => c.name === "tc_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 3600);

    await page.getByTestId("user-menu").click();
    await expect(page.getByText(new RegExp(E2E_USERS.demo.name))).toBeVisible();
    await page.getByRole("menuitem", { name: /Sign out|退出登录/ }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/login");
    expect((await page.context().cookies()).find((c) => c.name === "tc_session")).toBeUndefined();

    // Back to a console page: sign-in again.
    await page.goto("/templates");
    await expect(page).toHaveURL((u) => u.pathname === "/login");
    // The signed-out cookie is dead everywhere, not only in this browser.
    const res = await page.request.get("/api/accounts", {
      headers: { cookie: `tc_session=${cookie?.value}` },
    });
    expect(res.status()).toBe(401);
  });

  test("wrong password and unknown user show the same generic error", async ({ page, consoleErrors }) => {
    // The browser logs every refused sign-in (401) it is asked to make.
    consoleErrors.allow(/\/api\/auth\/login: Failed to load resource: .* status of 401/);
    await page.goto("/login");
    await fillAndSubmit(page, E2E_USERS.alice.name, "not-her-password");
    const error = page.getByTestId("login-error");
    await expect(error).toHaveText(/Wrong user name or password|用户名或密码错误/);
    const wrongPassword = await error.textContent();
    await expect(page.getByLabel(/^(Password|密码)$/, { exact: true })).toHaveValue("");
    await expect(page.getByLabel(/^(Password|密码)$/, { exact: true })).toBeFocused();

    await page.reload();
    await fillAndSubmit(page, "no-such-user-e2e", "whatever-password");
    await expect(error).toHaveText(wrongPassword ?? "");
    await expect(page).toHaveURL((u) => u.pathname === "/login");
  });

  test("a next pointing elsewhere is ignored", async ({ page }) => {
    for (const next of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      // Leave the signed-in page first: once its cookie is gone it would redirect to sign-in
      // itself and abort the next navigation.
      await page.goto("about:blank");
      await page.context().clearCookies();
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
      await expect(page).toHaveURL(
        (u) => u.origin === new URL(page.url()).origin && u.pathname === "/templates",
      );
    }
  });

  test("the sign-in page sends a signed-in user on to next", async ({ page }) => {
    await page.goto("/login");
    await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
    await expect(page).toHaveURL((u) => u.pathname === "/templates");
    await page.goto("/login?next=%2Foverview");
    await expect(page).toHaveURL((u) => u.pathname === "/overview");
  });
});

test.describe("without JavaScript", () => {
  test("the form posts, redirects back to next with its query", async ({ browser }) => {
    const context = await noJsContext(browser);
    const page = await context.newPage();
    await page.goto("/templates?status=REJECTED&q=order");
    await expect(page).toHaveURL(/\/login\?next=/);
    await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
    await expect(page).toHaveURL(
      (u) => u.pathname === "/templates" && u.search === "?status=REJECTED&q=order",
    );
    await context.close();
  });

  test("a wrong password comes back with the generic error, next kept", async ({ browser }) => {
    const context = await noJsContext(browser);
    const page = await context.newPage();
    await page.goto("/login?next=%2Foverview");
    await fillAndSubmit(page, "no-such-user-e2e", "nope-nope");
    await expect(page).toHaveURL((u) => u.pathname === "/login" && u.searchParams.get("error") === "invalid");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/overview");
    await expect(page.getByTestId("login-error")).toHaveText(/Wrong user name or password|用户名或密码错误/);
    await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
    await expect(page).toHaveURL((u) => u.pathname === "/overview");
    await context.close();
  });

  test("sign-out is a plain form post that lands on the sign-in page", async ({ browser, baseURL }) => {
    const context = await noJsContext(browser);
    const page = await context.newPage();
    await page.goto("/login");
    await fillAndSubmit(page, E2E_USERS.demo.name, E2E_USERS.demo.password);
    await expect(page).toHaveURL((u) => u.pathname === "/templates");
    const res = await context.request.post("/api/auth/logout", {
      form: {},
      headers: { origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe("/login");
    await page.goto("/templates");
    await expect(page).toHaveURL((u) => u.pathname === "/login");
    await context.close();
  });
});

test.describe("throttling", () => {
  async function attempt(
    request: import("@playwright/test").APIRequestContext,
    origin: string,
    user: string,
    password: string,
  ) {
    const res = await request.post("/api/auth/login", { data: { user, password }, headers: { origin } });
    return { status: res.status(), retryAfter: res.headers()["retry-after"], body: await res.json() };
  }

  test("repeated failures lock the name with 429 + Retry-After, the same for unknown users", async ({
    request,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    const known: Awaited<ReturnType<typeof attempt>>[] = [];
    const unknown: Awaited<ReturnType<typeof attempt>>[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await attempt(request, origin, E2E_USERS.bob.name, `wrong-${i}`));
      unknown.push(await attempt(request, origin, "nobody-at-all-e2e", `wrong-${i}`));
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 429, 429]);
    expect(unknown.map((r) => r.status)).toEqual(known.map((r) => r.status));
    // Identical answers: nothing tells a real user from an unknown one.
    expect(unknown[0]?.body).toEqual(known[0]?.body);
    expect(known[0]?.body).toEqual({
      error: {
        code: "invalid_credentials",
        message: "Wrong user name or password.",
        messageKey: "auth.errors.invalid",
      },
    });
    for (const r of [...known.slice(4), ...unknown.slice(4)]) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body.error).toMatchObject({ code: "too_many_attempts", retryAfter: Number(r.retryAfter) });
      expect(r.body.error.message).toMatch(/^Too many attempts, try again in \d+ seconds\.$/);
    }
    expect(unknown[5]?.body).toEqual(known[5]?.body);
    // While locked, even the right password is not checked.
    expect((await attempt(request, origin, E2E_USERS.bob.name, E2E_USERS.bob.password)).status).toBe(429);
    // Other users are not affected.
    expect((await attempt(request, origin, E2E_USERS.alice.name, E2E_USERS.alice.password)).status).toBe(200);
  });

  test("a burst of parallel wrong passwords cannot slip past the limit", async ({ request, baseURL }) => {
    const origin = baseURL ?? "";
    const statuses = (
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => attempt(request, origin, "burst-e2e", `wrong-${i}`)),
      )
    ).map((r) => r.status);
    // The limit is 5 failures per name: the fifth locks it, every later attempt is 429.
    expect(statuses.filter((s) => s === 401).length).toBe(4);
    expect(statuses.filter((s) => s === 429).length).toBe(8);
  });

  test("the sign-in page shows the lock and counts down", async ({ page, consoleErrors }) => {
    // The browser logs the refused (throttled) sign-in this test makes on purpose.
    consoleErrors.allow(/\/api\/auth\/login: Failed to load resource: .* status of 429/);
    await page.goto("/login");
    await fillAndSubmit(page, E2E_USERS.bob.name, E2E_USERS.bob.password);
    await expect(page.getByTestId("login-error")).toHaveText(
      /Too many attempts, try again in \d+ (minutes|seconds)|尝试次数过多/,
    );
    await expect(page.getByTestId("login-submit")).toBeDisabled();
  });
});
