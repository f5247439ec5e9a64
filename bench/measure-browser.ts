import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";

export async function withBrowser<T>(
  baseURL: string,
  cookie: string,
  fn: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const [name, ...rest] = cookie.split("=");
    await context.addCookies([{ name: name as string, value: rest.join("="), url: baseURL }]);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    return await fn(context);
  } finally {
    await browser.close();
  }
}

/** Gzip size of every /_next/static JS file a page loads on first visit, read from the build output. */
export async function firstLoadJsKb(context: BrowserContext, route: string, root: string): Promise<number> {
  const page = await context.newPage();
  const files = new Set<string>();
  page.on("response", (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js")) files.add(url.pathname);
  });
  await page.goto(route, { waitUntil: "networkidle" });
  await page.close();
  let bytes = 0;
  for (const file of files) {
    const local = path.join(root, ".next", decodeURIComponent(file.replace(/^\/_next\//, "")));
    bytes += gzipSync(readFileSync(local)).length;
  }
  return Math.round(bytes / 102.4) / 10;
}

const MEASURE_CLICK = `(el) => new Promise((resolve) => {
  const before = document.querySelector('[data-testid="total"]')?.textContent;
  const t0 = performance.now();
  const tick = () => {
    const table = document.querySelector("table[aria-busy]");
    const now = document.querySelector('[data-testid="total"]')?.textContent;
    if (now !== before && table?.getAttribute("aria-busy") === "false") resolve(performance.now() - t0);
    else requestAnimationFrame(tick);
  };
  el.click();
  requestAnimationFrame(tick);
})`;

const MEASURE_FETCH = `async (url) => {
  const t0 = performance.now();
  await (await fetch(url + "&page=" + (1 + Math.floor(Math.random() * 3)))).json();
  return performance.now() - t0;
}`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Time from a click on a status filter value to the table showing the new rows (the total changes
 * and the table is no longer busy), measured in the page with requestAnimationFrame; median of
 * `runs`. The baseline is the same query fetched from the page directly (API + JSON only).
 */
export async function filterClickMs(context: BrowserContext, route: string, runs: number) {
  const page = await context.newPage();
  await page.goto(route);
  await page.getByTestId("catalog-fresh").waitFor({ timeout: 120_000 });
  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByTestId("filter-status").click();
    const item = page.getByRole("menu").locator('[data-value="APPROVED"]');
    await item.waitFor();
    // A string, not a function: tsx would inject helpers (`__name`) that do not exist in the page.
    await item.evaluate((el) => el.setAttribute("data-bench-target", ""));
    const ms = (await page.evaluate(
      `(${MEASURE_CLICK})(document.querySelector("[data-bench-target]"))`,
    )) as number;
    clicks.push(ms);
    await page.keyboard.press("Escape");
  }
  const apiUrl = `/api/templates?account=${new URL(route, "http://x").searchParams.get("account")}&status=APPROVED`;
  const api: number[] = [];
  for (let i = 0; i < runs; i++) {
    api.push((await page.evaluate(`(${MEASURE_FETCH})(${JSON.stringify(apiUrl)})`)) as number);
  }
  await page.close();
  return {
    clickMedianMs: Math.round(median(clicks)),
    apiMedianMs: Math.round(median(api) * 10) / 10,
    clicks,
  };
}
