import { CONSOLE_PORT, SIM_PORT } from "../playwright.config";
import { type ExtraStack, startExtraStack } from "./support/extra-stack";
import { expect, test } from "./support/test";

/**
 * Issue 17 (security hardening), where the behaviour is only visible over HTTP: redirects,
 * body limits, the media route, demo mode's bind check and the server render deadline.
 * Extra stacks use CONSOLE_PORT + 1 / SIM_PORT + 1.
 */

const EXTRA_PORT = CONSOLE_PORT + 1;
const EXTRA_SIM_PORT = SIM_PORT + 1;
const SIGNED_OUT = { cookies: [], origins: [] };

test.describe("open redirect", () => {
  for (const next of ["/.//evil.com", "/..//evil.com", "/%2e//evil.com", "/%2e%2e//evil.com/x"]) {
    test(`a signed-in /login?next=${next} stays on the console`, async ({ request }) => {
      const res = await request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(res.status()).toBeGreaterThanOrEqual(300);
      expect(res.status()).toBeLessThan(400);
      const location = res.headers().location ?? "";
      expect(location).not.toMatch(/^\/\/|^\/\\|evil\.com/);
      expect(new URL(location, `http://127.0.0.1:${CONSOLE_PORT}`).pathname).toBe("/templates");
    });
  }
});

test.describe("body limits", () => {
  test("sign-in refuses a body over 16 KiB with 413", async ({ playwright }) => {
    const api = await playwright.request.newContext({
      baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
      storageState: SIGNED_OUT,
    });
    const res = await api.post("/api/auth/login", {
      headers: {
        origin: `http://127.0.0.1:${CONSOLE_PORT}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      data: `user=nobody&password=${"p".repeat(100 * 1024)}`,
      maxRedirects: 0,
    });
    expect(res.status()).toBe(413);
    await api.dispose();
  });

  test("the refresh API refuses a JSON body over its limit with 413", async ({ request }) => {
    const res = await request.post("/api/catalog/refresh", {
      headers: { origin: `http://127.0.0.1:${CONSOLE_PORT}`, "content-type": "application/json" },
      data: JSON.stringify({ account: "acme", padding: "x".repeat(100 * 1024) }),
    });
    expect(res.status()).toBe(413);
    expect((await res.json()).error.code).toBe("body_too_large");
  });
});

test.describe("media route", () => {
  const simMedia = `http://127.0.0.1:${SIM_PORT}/media/product-1.png`;

  test("serves the simulator's example image to a signed-in user, privately cached", async ({ request }) => {
    const res = await request.get(`/api/media?url=${encodeURIComponent(simMedia)}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(res.headers()["cache-control"]).toBe("private, max-age=300");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await res.body()).subarray(1, 4).toString()).toBe("PNG");
  });

  test("needs a session", async ({ playwright }) => {
    const api = await playwright.request.newContext({
      baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
      storageState: SIGNED_OUT,
    });
    expect((await api.get(`/api/media?url=${encodeURIComponent(simMedia)}`)).status()).toBe(401);
    await api.dispose();
  });

  test("refuses private addresses other than the simulator, and types outside the allow-list", async ({
    request,
  }) => {
    const own = `http://127.0.0.1:${CONSOLE_PORT}/icon.svg`;
    expect((await request.get(`/api/media?url=${encodeURIComponent(own)}`)).status()).toBe(403);
    const metadata = "http://169.254.169.254/latest/meta-data/";
    expect((await request.get(`/api/media?url=${encodeURIComponent(metadata)}`)).status()).toBe(403);
    const json = `http://127.0.0.1:${SIM_PORT}/__sim/health`;
    expect((await request.get(`/api/media?url=${encodeURIComponent(json)}`)).status()).toBe(415);
    expect((await request.get("/api/media?url=javascript:alert(1)")).status()).toBe(403);
  });

  test("the drawer's header image comes from the console, not the third-party host", async ({
    page,
    request,
  }) => {
    const hosts = new Set<string>();
    page.on("request", (r) => {
      if (r.resourceType() === "image") hosts.add(new URL(r.url()).host);
    });
    let id: string | undefined;
    await expect
      .poll(async () => {
        const res = await request.get("/api/templates?account=acme&pageSize=100&q=summer_sale_2025");
        if (!res.ok()) return undefined;
        const body = (await res.json()) as { items: { id: string; language: string }[] };
        id = body.items.find((i) => i.language === "en_US")?.id;
        return id;
      })
      .toBeTruthy();
    await page.goto(`/templates?account=acme&template=${id}`);
    const image = page.getByRole("dialog").locator("img").first();
    await expect(image).toBeVisible({ timeout: 30_000 });
    expect(await image.getAttribute("src")).toMatch(/^\/api\/media\?url=/);
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect([...hosts]).toEqual([`127.0.0.1:${CONSOLE_PORT}`]);
  });
});

test.describe("demo mode and slow upstreams (own stacks)", () => {
  test.describe.configure({ mode: "serial" });
  let stack: ExtraStack | undefined;
  test.afterEach(async () => {
    await stack?.stop();
    stack = undefined;
  });

  test("demo mode refuses to listen beyond loopback", async () => {
    test.setTimeout(90_000);
    await expect(startExtraStack(EXTRA_PORT, EXTRA_SIM_PORT, { HOST: "0.0.0.0" })).rejects.toThrow(/exited/);
  });

  test("with DEMO_ALLOW_REMOTE=1 it starts, and the sign-in page warns in red", async ({ browser }) => {
    test.setTimeout(90_000);
    stack = await startExtraStack(EXTRA_PORT, EXTRA_SIM_PORT, { HOST: "0.0.0.0", DEMO_ALLOW_REMOTE: "1" });
    const context = await browser.newContext({ baseURL: stack.url, storageState: SIGNED_OUT });
    const page = await context.newPage();
    await page.goto("/login");
    const warning = page.getByTestId("demo-remote-warning");
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute("role", "alert");
    // Red: the title is drawn in the theme's danger colour.
    const colours = await warning.evaluate((el) => {
      const probe = document.createElement("span");
      probe.style.color = "var(--danger)";
      document.body.append(probe);
      const danger = getComputedStyle(probe).color;
      probe.remove();
      return { title: getComputedStyle(el.querySelector("p") as Element).color, danger };
    });
    expect(colours.title).toBe(colours.danger);
    await page.screenshot({ path: test.info().outputPath("demo-remote-warning.png") });
    await context.close();
  });

  test("a hung upstream does not hold the /templates render: the page ships with its loading state", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    stack = await startExtraStack(EXTRA_PORT, EXTRA_SIM_PORT, {
      SIM_LATENCY_MS: "30000",
      NXCLOUD_RETRIES: "0",
    });
    const context = await stack.signedInContext(browser);
    const res = await context.request.get("/templates?account=acme", { timeout: 15_000 });
    expect(res.status()).toBe(200);
    expect(await res.text()).not.toContain("data-row");
    await context.close();
  });
});
