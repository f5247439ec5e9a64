import { type Browser, type BrowserContext, test as base, type Page, type Response } from "@playwright/test";

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
 * Errors no test may cause: every `pageerror` (an uncaught exception, a React hydration error
 * such as #418) and every `console.error` in any page of any context a test opens fails the test.
 * This list is the suite-wide exception list; it starts EMPTY on purpose. A test that provokes an
 * error deliberately (a blocked script, a refused request) says so itself with
 * `consoleErrors.allow(/…/)`, so an allowance never hides an error elsewhere.
 */
export const ALLOWED_PAGE_ERRORS: readonly RegExp[] = [];

export interface ConsoleErrors {
  /** Allows errors matching `pattern` for the rest of this test only. */
  allow(pattern: RegExp): void;
  /** What was seen so far (for tests that assert on it). */
  readonly seen: readonly string[];
}

interface Guard extends ConsoleErrors {
  watchContext(context: BrowserContext): void;
  watchPage(page: Page): void;
}

function createGuard(): Guard {
  const seen: string[] = [];
  const allowed: RegExp[] = [...ALLOWED_PAGE_ERRORS];
  const pages = new WeakSet<Page>();
  const contexts = new WeakSet<BrowserContext>();
  const watchPage = (page: Page) => {
    if (pages.has(page)) return;
    pages.add(page);
    page.on("pageerror", (error) => seen.push(`pageerror on ${page.url()}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url || page.url();
      seen.push(`console.error on ${where}: ${message.text()}`);
    });
  };
  const watchContext = (context: BrowserContext) => {
    if (contexts.has(context)) return;
    contexts.add(context);
    for (const page of context.pages()) watchPage(page);
    context.on("page", watchPage);
  };
  return {
    seen,
    allow: (pattern) => allowed.push(pattern),
    watchContext,
    watchPage,
    get unexpected() {
      return seen.filter((line) => !allowed.some((pattern) => pattern.test(line)));
    },
  } as Guard & { unexpected: string[] };
}

/** Watches contexts and pages a test opens itself (`browser.newContext()`, `browser.newPage()`). */
function watchBrowser(browser: Browser, guard: Guard): () => void {
  const newContext = browser.newContext;
  const newPage = browser.newPage;
  browser.newContext = async (...args) => {
    const context = await newContext.apply(browser, args);
    guard.watchContext(context);
    return context;
  };
  browser.newPage = async (...args) => {
    const page = await newPage.apply(browser, args);
    guard.watchContext(page.context());
    guard.watchPage(page);
    return page;
  };
  return () => {
    browser.newContext = newContext;
    browser.newPage = newPage;
  };
}

/**
 * Playwright's `test` that fails on any page error or console error (see ALLOWED_PAGE_ERRORS),
 * and whose `page` navigations resolve once the server-rendered page is also interactive: the
 * table arrives with its rows from the server, and a click before hydration would be lost.
 */
export const test = base.extend<{ consoleErrors: ConsoleErrors; guard: Guard }>({
  guard: [
    async ({ browser }, use) => {
      const guard = createGuard();
      const restore = watchBrowser(browser, guard);
      await use(guard);
      restore();
      const unexpected = (guard as Guard & { unexpected: string[] }).unexpected;
      if (unexpected.length > 0) {
        throw new Error(
          `${unexpected.length} page/console error(s) during the test (allow one only where the test provokes it):\n${unexpected
            .slice(0, 20)
            .join("\n")}`,
        );
      }
    },
    { auto: true },
  ],
  consoleErrors: async ({ guard }, use) => {
    await use(guard);
  },
  context: async ({ context, guard }, use) => {
    guard.watchContext(context);
    await use(context);
  },
  page: async ({ page, guard }, use) => {
    guard.watchPage(page);
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
