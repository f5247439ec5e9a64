import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";

/**
 * The static files of public/ are served to anyone, with the same security headers as every
 * other response: search engines are told to stay out, and browsers find the icons and the web
 * manifest the pages link to.
 */

test.use({ storageState: { cookies: [], origins: [] } });

const ROOT = path.resolve(import.meta.dirname, "..");

test("robots.txt keeps the whole console out of search engines, without a session", async ({ request }) => {
  const res = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await res.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toContain("manifest-src 'self'");
});

test("the web manifest and every icon it names are served without a session", async ({ request }) => {
  const res = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  const manifest = (await res.json()) as {
    name: string;
    start_url: string;
    icons: { src: string; type: string }[];
  };
  expect(manifest.name).toBe("Template Console");
  expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
  for (const icon of [
    ...manifest.icons,
    { src: "/apple-touch-icon.png", type: "image/png" },
    { src: "/favicon.ico", type: "image/" },
  ]) {
    const file = await request.get(icon.src, { maxRedirects: 0 });
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type.split("+")[0]);
  }
  // The manifest in public/ is the one served.
  expect(manifest).toEqual(JSON.parse(readFileSync(path.join(ROOT, "public/manifest.webmanifest"), "utf8")));
});

test("the sign-in page links the manifest and the icon", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /\/icon\.svg/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
