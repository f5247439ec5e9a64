import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";
import { median, round } from "./report";

// In-page scripts are strings, not functions: tsx would inject helpers (`__name`) that do not exist
// in the page.

/** Records every long task (> 50 ms) of the page in window.__benchLongTasks. */
const LONG_TASKS = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
})()`;

export async function withBrowser<T>(
  baseURL: string,
  cookie: string,
  fn: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const [name, ...rest] = cookie.split("=");
    await context.addCookies([{ name: name as string, value: rest.join("="), url: baseURL }]);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    await context.addInitScript(LONG_TASKS);
    return await fn(context);
  } finally {
    await browser.close();
  }
}

const gzipKb = (root: string, files: Iterable<string>) => {
  let bytes = 0;
  for (const file of files) {
    const local = path.join(root, ".next", decodeURIComponent(file.replace(/^\/_next\//, "")));
    if (existsSync(local)) bytes += gzipSync(readFileSync(local)).length;
  }
  return Math.round(bytes / 102.4) / 10;
};

/**
 * First-load JS of a page, gzip, read from the build output: the scripts its HTML asks for (what
 * the page needs before it is interactive). `lazyKb`: JS fetched after that until the network is
 * idle (charts, drawers and menus loaded on demand right after the load).
 */
export async function firstLoadJs(context: BrowserContext, route: string, root: string) {
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on("response", (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js")) fetched.add(url.pathname);
  });
  const response = await page.goto(route, { waitUntil: "networkidle" });
  const html = (await response?.text()) ?? "";
  await page.close();
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = m[1] as string;
    const src = /\ssrc="([^"]+\.js)"/.exec(attributes)?.[1];
    // The nomodule polyfill is never fetched by a browser that runs modules (the attribute may
    // come before or after src).
    if (!src || /\snomodule\b/i.test(attributes)) continue;
    const pathname = new URL(src, "http://x").pathname;
    if (pathname.startsWith("/_next/static/")) initial.add(pathname);
  }
  const lazy = [...fetched].filter((f) => !initial.has(f));
  return { kb: gzipKb(root, initial), lazyKb: gzipKb(root, lazy), files: [...initial] };
}

async function longestTask(page: Page, reset = false): Promise<number> {
  const ms = (await page.evaluate(
    `(() => { const l = window.__benchLongTasks || []; const m = l.length ? Math.max(...l) : 0; ${reset ? "l.length = 0;" : ""} return m; })()`,
  )) as number;
  return Math.round(ms);
}

/** Clicks `el`, then resolves with the ms until `done()` holds (checked every animation frame). */
const MEASURE = (done: string) => `(el) => new Promise((resolve) => {
  const t0 = performance.now();
  const before = document.querySelector('[data-testid="total"]')?.textContent;
  const tick = () => { if (${done}) resolve(performance.now() - t0); else requestAnimationFrame(tick); };
  el.click();
  requestAnimationFrame(tick);
})`;

const ROWS_UPDATED = `document.querySelector('[data-testid="total"]')?.textContent !== before &&
  document.querySelector("table[aria-busy]")?.getAttribute("aria-busy") === "false"`;
const PREVIEW_DRAWN = `document.querySelector('[data-testid="template-drawer"] [data-testid="message-bubble"], [data-testid="template-drawer"] [data-testid="not-previewable"]') !== null`;
/** The activity page (issue 15) marks its feed with this test id and aria-busy="false" once drawn. */
const FEED_DRAWN = `(() => { const f = document.querySelector('[data-testid="activity-feed"]'); return f !== null && f.getAttribute("aria-busy") !== "true"; })()`;

const MEASURE_FETCH = `async (url) => {
  const t0 = performance.now();
  await (await fetch(url)).json();
  return performance.now() - t0;
}`;

async function clickAndMeasure(page: Page, target: string, done: string): Promise<number> {
  return (await page.evaluate(
    `(${MEASURE(done)})(document.querySelector(${JSON.stringify(target)}))`,
  )) as number;
}

async function apiMedian(page: Page, urls: string[]): Promise<number> {
  const times: number[] = [];
  for (const url of urls)
    times.push((await page.evaluate(`(${MEASURE_FETCH})(${JSON.stringify(url)})`)) as number);
  return round(median(times), 1);
}

async function openTable(context: BrowserContext, route: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(route);
  await page.getByTestId("catalog-fresh").waitFor({ timeout: 120_000 });
  await longestTask(page, true); // the load itself is not an interaction
  return page;
}

/**
 * Time from a click on a status filter value to the table showing the new rows (the total changes
 * and the table is no longer busy), measured in the page; median of `runs`. Baseline: the same
 * query fetched from the page directly (API + JSON only).
 */
export async function filterClickMs(context: BrowserContext, route: string, runs: number) {
  const page = await openTable(context, route);
  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByTestId("filter-status").click();
    const item = page.getByRole("menu").locator('[data-value="APPROVED"]');
    await item.waitFor();
    await item.evaluate((el) => el.setAttribute("data-bench-target", ""));
    clicks.push(await clickAndMeasure(page, "[data-bench-target]", ROWS_UPDATED));
    await page.keyboard.press("Escape");
  }
  const longestTaskMs = await longestTask(page);
  const account = new URL(route, "http://x").searchParams.get("account");
  const api = await apiMedian(
    page,
    Array.from(
      { length: runs },
      (_, i) => `/api/templates?account=${account}&status=APPROVED&page=${1 + (i % 3)}`,
    ),
  );
  await page.close();
  return {
    medianMs: Math.round(median(clicks)),
    apiMedianMs: api,
    longestTaskMs,
    runs: clicks.map(Math.round),
  };
}

/** Click on a row → the drawer shows the WhatsApp preview; median of `runs` different rows. */
export async function drawerOpenMs(context: BrowserContext, route: string, runs: number) {
  const page = await openTable(context, route);
  const times: number[] = [];
  const ids: string[] = [];
  const rows = page.locator("tbody tr[data-template-id]");
  const count = Math.min(runs, await rows.count());
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    ids.push((await row.getAttribute("data-template-id")) ?? "");
    await row.evaluate((el) => {
      for (const other of document.querySelectorAll("[data-bench-target]"))
        other.removeAttribute("data-bench-target");
      el.setAttribute("data-bench-target", "");
    });
    times.push(await clickAndMeasure(page, "[data-bench-target]", PREVIEW_DRAWN));
    await page.keyboard.press("Escape");
    await page.getByTestId("template-drawer").waitFor({ state: "hidden" });
  }
  const longestTaskMs = await longestTask(page);
  const account = new URL(route, "http://x").searchParams.get("account");
  const api = await apiMedian(
    page,
    ids.map((id) => `/api/templates/${encodeURIComponent(id)}?account=${account}`),
  );
  await page.close();
  return {
    medianMs: Math.round(median(times)),
    apiMedianMs: api,
    longestTaskMs,
    runs: times.map(Math.round),
  };
}

/** Click on the main navigation's link to `href` → the page's feed drawn; back, and again. */
export async function navigationMs(context: BrowserContext, from: string, href: string, runs: number) {
  const page = await openTable(context, from);
  const link = `a[href^="${href}"]`;
  if ((await page.locator(link).count()) === 0) {
    await page.close();
    return null;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await clickAndMeasure(page, link, FEED_DRAWN));
    await page.goBack();
    await page.getByTestId("catalog-fresh").waitFor({ timeout: 60_000 });
  }
  const longestTaskMs = await longestTask(page);
  await page.close();
  return { medianMs: Math.round(median(times)), longestTaskMs, runs: times.map(Math.round) };
}
