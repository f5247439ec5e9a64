import { expect, test, withoutHydration } from "./support/test";

test.describe("app shell", () => {
  test("health answers JSON without a session", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  test("defaults to the browser language and switches zh-CN ↔ English, remembered", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "zh-CN",
      extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/templates");
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("link", { name: "概览" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

    await page.getByTestId("language-switch").click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("switches theme without a flash on reload", async ({ page, consoleErrors }) => {
    // This test blocks the app's scripts on purpose; the browser logs each refused chunk.
    consoleErrors.allow(/\/_next\/static\/.*\.js: Failed to load resource: net::ERR_FAILED/);
    await page.goto("/templates");
    await page.getByTestId("theme-switch").click();
    await page.getByRole("menuitemradio", { name: /Dark|深色/ }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    // The class must already be there in the first HTML paint, before any React code runs.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await withoutHydration(page, () => page.reload());
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.unroute("**/_next/static/**/*.js");
    await page.reload();
    await page.getByTestId("theme-switch").click();
    await page.getByRole("menuitemradio", { name: /Light|浅色/ }).click();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
  });

  test("unknown pages get a helpful 404", async ({ page, consoleErrors }) => {
    // The browser logs the 404 status of the very page this test asks for.
    consoleErrors.allow(/\/definitely-not-here: Failed to load resource: .* status of 404/);
    const res = await page.goto("/definitely-not-here");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /Page not found|页面不存在/ })).toBeVisible();
  });

  for (const locale of ["en", "zh-CN"] as const) {
    test(`every page fits a 375 px phone without sideways scrolling (${locale})`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
      await page.setViewportSize({ width: 375, height: 800 });
      for (const path of ["/templates", "/overview", "/activity", "/alerts"]) {
        await page.goto(path);
        await expect(page.getByRole("navigation").first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} (${locale}) is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
      }
    });
  }
});
