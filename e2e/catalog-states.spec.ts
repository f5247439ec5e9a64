import { CONSOLE_PORT, SIM_PORT } from "../playwright.config";
import { type ExtraStack, startExtraStack } from "./support/extra-stack";
import { expect, test } from "./support/test";

/**
 * Cold loads need a console that has walked nothing yet, and faults must not disturb the shared
 * stack: these tests run their own console + simulator (same build) on other ports.
 */
let stack: ExtraStack;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // Small pages and latency make the walk long enough to watch (globex: 13 pages × ~300 ms).
  // The run's own ports + 1 (see E2E_PORT / E2E_SIM_PORT), so parallel runs never collide.
  stack = await startExtraStack(CONSOLE_PORT + 1, SIM_PORT + 1, {
    NXCLOUD_PAGE_SIZE: "20",
    SIM_LATENCY_MS: "300",
    NXCLOUD_RETRIES: "0",
  });
});
test.afterAll(async () => stack?.stop());

test("a cold load shows progress, rows as they arrive, then completes", async ({ browser }) => {
  const context = await stack.signedInContext(browser);
  const page = await context.newPage();
  await page.goto("/templates?account=globex&pageSize=50");
  await expect(page.getByTestId("catalog-progress")).toBeVisible();
  await expect(page.getByTestId("catalog-progress")).toContainText(/\d+/);
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible();
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("catalog-fresh")).toContainText("250");
  await context.close();
});

test("a failure at page k shows the error and keeps the earlier rows", async ({ browser }) => {
  await stack.setFaults({ latencyMs: 0, failAtPage: 3, failCode: 9002 });
  const context = await stack.signedInContext(browser);
  const page = await context.newPage();
  await page.goto("/templates?account=initech&pageSize=50");
  const banner = page.getByTestId("catalog-partial-error");
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText("40");
  await expect(page.locator("tbody tr[data-row]")).toHaveCount(40);

  // Once the upstream recovers, Refresh completes the catalog.
  await stack.setFaults({});
  await banner.getByTestId("refresh").click();
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  await context.close();
});

test("a failed refresh keeps the last good data, marked stale, with the reason", async ({ browser }) => {
  const context = await stack.signedInContext(browser);
  const page = await context.newPage();
  await page.goto("/templates?account=globex");
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  await stack.setFaults({ forceCode: 1003 });
  await page.getByTestId("refresh").click();
  await expect(page.getByTestId("catalog-stale")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("catalog-stale")).toContainText(/signature/i);
  await expect(page.getByTestId("total")).toHaveText(/250/);
  await stack.setFaults({});
  await context.close();
});
