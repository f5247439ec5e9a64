import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { countBy, facetOf, simAccount } from "./support/dataset";
import { parseCsv } from "./support/parse-csv";
import { expect, test } from "./support/test";

/** The templates table (issue 5), driven like a user in Chromium against the simulator. */

async function apiTotal(page: Page, query: string): Promise<number> {
  const res = await page.request.get(`/api/templates?${query}`);
  return (await res.json()).total;
}

async function openFilter(page: Page, facet: string) {
  await page.getByTestId(`filter-${facet}`).click();
  return page.getByRole("menu");
}

async function totalShown(page: Page) {
  return Number(((await page.getByTestId("total").textContent()) ?? "").replace(/\D+/g, ""));
}

test.beforeEach(async ({ page, baseURL }) => {
  // English UI for stable texts; the shell spec covers zh-CN.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "http://127.0.0.1" }]);
});

test("filter by status, combine with search, sort, paginate, change page size", async ({ page }) => {
  const templates = simAccount("globex").templates;
  await page.goto("/templates?account=globex");
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("total")).toHaveText(/250/);

  // Status filter: the counts shown equal the simulator's and the total follows the click.
  const menu = await openFilter(page, "status");
  const expected = countBy(templates, facetOf.status);
  const approved = menu.locator('[data-value="APPROVED"]');
  await expect(approved.getByTestId("facet-count")).toHaveText(String(expected.APPROVED));
  await approved.click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=APPROVED/);
  await expect(page.getByTestId("total")).toHaveText(new RegExp(String(expected.APPROVED)));

  // Combine with a search.
  await page.getByTestId("search").fill("order");
  await expect(page).toHaveURL(/q=order/);
  const combined = await apiTotal(page, "account=globex&status=APPROVED&q=order");
  await expect.poll(() => totalShown(page)).toBe(combined);
  expect(combined).toBeGreaterThan(0);
  expect(combined).toBeLessThan(expected.APPROVED ?? 0);

  // Sort by language descending via the header; aria-sort tells assistive tech.
  const languageHeader = page.getByRole("columnheader", { name: /Language/ });
  await languageHeader.getByRole("button").click();
  await expect(languageHeader).toHaveAttribute("aria-sort", "ascending");
  await languageHeader.getByRole("button").click();
  await expect(languageHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=-language/);

  // Page size and pagination.
  await page.getByTestId("search").fill("");
  await expect(page).not.toHaveURL(/q=order/);
  await page.getByTestId("page-size").selectOption("10");
  await expect(page.locator("tbody tr[data-row]")).toHaveCount(10);
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("range-summary")).toHaveText(/^11–20 of/);
  await page.getByRole("button", { name: "Last page" }).click();
  const lastPage = Math.ceil((expected.APPROVED ?? 0) / 10);
  await expect(page).toHaveURL(new RegExp(`page=${lastPage}`));
});

test("the URL round-trips: reload, back and forward restore the exact view", async ({ page }) => {
  const url = "/templates?account=globex&status=REJECTED,PAUSED&quality=RED&sort=-name&pageSize=10";
  await page.goto(url);
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  const total = await apiTotal(page, "account=globex&status=REJECTED,PAUSED&quality=RED");
  await expect.poll(() => totalShown(page)).toBe(total);
  const firstRow = (await page.locator("tbody tr[data-row]").first().textContent()) ?? "";
  await page.reload();
  await expect(page.locator("tbody tr[data-row]").first()).toHaveText(firstRow);
  await page.getByTestId("view-ready").click();
  await expect(page).toHaveURL(/status=APPROVED/);
  await page.goBack();
  await expect(page).toHaveURL(/status=REJECTED%2CPAUSED|status=REJECTED,PAUSED/);
  await expect.poll(() => totalShown(page)).toBe(total);
  await page.goForward();
  await expect(page).toHaveURL(/status=APPROVED/);
});

test("views: needs attention and quality watch", async ({ page }) => {
  await page.goto("/templates?account=globex");
  await page.getByTestId("view-attention").click();
  await expect(page).toHaveURL(/view=attention/);
  const templates = simAccount("globex").templates;
  const attention = templates.filter(
    (t) =>
      ["REJECTED", "PAUSED", "DISABLED"].includes(t.status) ||
      ["RED", "YELLOW"].includes(t.quality_score?.score ?? ""),
  );
  await expect.poll(() => totalShown(page)).toBe(attention.length);
  await page.getByTestId("view-quality").click();
  await expect(page).toHaveURL(/sort=-quality/);
  await expect(page.locator("tbody tr[data-row]").first().getByText(/Low/)).toBeVisible();
});

test("CSV export holds the filtered set", async ({ page }) => {
  await page.goto("/templates?account=acme&status=APPROVED&language=en_US");
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  const total = await totalShown(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-csv").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^templates-acme-store-small-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const text = (await import("node:fs")).readFileSync(path, "utf8");
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ""));
  expect(records).toHaveLength(total);
  const status = header?.indexOf("Status") ?? -1;
  const language = header?.indexOf("Language") ?? -1;
  expect(records.every((r) => r[status] === "APPROVED" && r[language] === "en_US")).toBe(true);
});

test("keyboard: / searches, j/k move, Enter opens, Esc closes", async ({ page }) => {
  await page.goto("/templates?account=acme");
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible({ timeout: 30_000 });
  // The table hydrates after the shell: "/" works once the search box announces the shortcut.
  await expect(page.getByTestId("search")).toHaveAttribute("aria-keyshortcuts", "/");
  await page.locator("body").press("/");
  await expect(page.getByTestId("search")).toBeFocused();
  await page.getByTestId("search").press("Escape");
  const rows = page.locator("tbody tr[data-row]");
  await rows.first().focus();
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/template=/);
});

test("empty result offers to clear filters", async ({ page }) => {
  await page.goto("/templates?account=acme&q=zzzz-nothing-matches-this");
  await expect(page.getByTestId("empty-result")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible();
});

test("column visibility is remembered", async ({ page }) => {
  await page.goto("/templates?account=acme");
  await page.getByTestId("column-menu").click();
  await page.getByRole("menuitemcheckbox", { name: "ID" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "ID" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "ID" })).toBeVisible();
});

test("the all-accounts view of several accounts offers an Account column that turns off and on", async ({
  page,
}) => {
  await page.goto("/templates");
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible({ timeout: 30_000 });
  const header = page.getByRole("columnheader", { name: "Account" });
  const item = page.getByRole("menuitemcheckbox", { name: "Account" });
  await expect(header).toBeVisible();
  // The open menu hides the page from assistive technology: close it before looking at the table.
  await page.getByTestId("column-menu").click();
  await expect(item).toHaveAttribute("aria-checked", "true");
  await item.click();
  await expect(item).toHaveAttribute("aria-checked", "false");
  await page.keyboard.press("Escape");
  await expect(header).toHaveCount(0);
  await page.getByTestId("column-menu").click();
  await item.click();
  await expect(item).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");
  await expect(header).toBeVisible();
  // One account: the column and its checkbox are gone.
  await page.goto("/templates?account=acme");
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible({ timeout: 30_000 });
  await expect(header).toHaveCount(0);
  await page.getByTestId("column-menu").click();
  await expect(page.getByRole("menuitemcheckbox", { name: "ID" })).toBeVisible();
  await expect(item).toHaveCount(0);
});

test("axe finds no violations on the templates page, light and dark", async ({ page }) => {
  await page.goto("/templates?account=globex");
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible({ timeout: 30_000 });
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.reload();
    await expect(page.locator("tbody tr[data-row]").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      theme,
    ).toEqual([]);
  }
});
