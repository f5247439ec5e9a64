import { test as base, type Page, type Response } from "@playwright/test";

export { expect } from "@playwright/test";

const noWait = new WeakSet<Page>();

/** For a test that blocks the app's scripts on purpose: its navigations will never hydrate. */
export async function withoutHydration<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  noWait.add(page);
  try {
    return await fn();
  } finally {
    noWait.delete(page);
  }
}

/** Waits until React has hydrated a console page (Providers sets `html[data-hydrated]`). */
async function whenHydrated(page: Page, response: Response | null) {
  if (noWait.has(page) || !response?.headers()["content-type"]?.includes("text/html")) return;
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
}

/**
 * Playwright's `test` whose `page` navigations resolve once the server-rendered page is also
 * interactive: the table arrives with its rows from the server, and a click before hydration
 * would be lost.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await whenHydrated(page, response);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await whenHydrated(page, response);
      return response;
    };
    await use(page);
  },
});
