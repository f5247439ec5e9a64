import AxeBuilder from "@axe-core/playwright";
import { changesResponseSchema, trendsResponseSchema } from "../lib/history/contracts";
import {
  changedAcmeStackForSpec,
  PAUSED_TEMPLATE,
  RECATEGORISED_TEMPLATE,
} from "./support/changed-acme-stack";
import { expect, test } from "./support/test";

/**
 * The overview's trends (issue 15) on a stack of its own (the simulator's data changes here):
 * the trends count exactly the stored events, the charts' tables say the same, "Recently degraded"
 * and "Category watch" list the changed templates, and axe finds nothing, light and dark.
 */
const toPause = PAUSED_TEMPLATE;
const toMarketing = RECATEGORISED_TEMPLATE;
const stack = changedAcmeStackForSpec();

test("trends match a count of the stored events, in the API and in the charts' tables", async () => {
  test.setTimeout(120_000);
  const changes = changesResponseSchema.parse(
    await (await stack.request.get("/api/changes?account=acme&pageSize=500")).json(),
  );
  const trends = trendsResponseSchema.parse(
    await (await stack.request.get("/api/trends?account=acme&days=30")).json(),
  );
  expect(trends.days.reduce((n, d) => n + d.changes, 0)).toBe(changes.total);
  const paused = (
    await (await stack.request.get("/api/templates?account=acme&status=PAUSED&pageSize=10")).json()
  ).total;
  const today = trends.days.at(-1);
  expect(today?.status.PAUSED).toBe(paused);

  const page = await stack.context.newPage();
  await page.goto("/overview?account=acme");
  const table = page.getByTestId("trend-changes-table");
  await expect(table.locator("tbody tr")).toHaveCount(trends.days.length);
  const lastRow = table.locator("tbody tr").last();
  await expect(lastRow.locator('[data-series="changes"]')).toHaveText(String(today?.changes));
  await expect(
    page.getByTestId("trend-status-table").locator("tbody tr").last().locator('[data-series="paused"]'),
  ).toHaveText(String(paused));
  // Each series links to the filtered table.
  await expect(page.getByTestId("trend-status").locator('a[data-series="paused"]')).toHaveAttribute(
    "href",
    /\/templates\?account=acme&status=PAUSED/,
  );

  await expect(page.getByTestId("recently-degraded")).toContainText(String(toPause?.name));
  const watch = page.getByTestId("category-watch").locator('li[data-costly="true"]');
  await expect(watch).toContainText(String(toMarketing?.name));
  await expect(watch).toContainText("Costs more per message");
  await expect(page.getByTestId("category-watch-costly-note")).toContainText("marketing rate");

  // Into the table with the period as its changed-within window (a preset, else custom days).
  const inTable = page.getByTestId("trends-changed-in-table");
  await expect(inTable).toHaveAttribute("href", "/templates?account=acme&changed=30d&sort=-lastChange");
  await page.getByTestId("trends-period-90").click();
  await expect(page.getByTestId("trends")).toHaveAttribute("data-days", "90");
  await expect(page.getByTestId("trends-period-90")).toHaveAttribute("aria-pressed", "true");
  await expect(inTable).toHaveAttribute(
    "href",
    /^\/templates\?account=acme&changed=custom&since=\d{4}-\d{2}-\d{2}&sort=-lastChange$/,
  );
  await inTable.click();
  await expect(page).toHaveURL(/\/templates\?account=acme&changed=custom&since=/);
  await expect(page.getByTestId("filter-changed-summary")).toBeVisible();
  await expect(page.locator(`tr[data-template-id="${toPause?.id}"]`)).toBeVisible();
  await page.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on the overview with trends (${theme}, 1440 and 375 px)`, async () => {
    // four pages, four axe scans, on a shared and busy machine
    test.setTimeout(300_000);
    const page = await stack.context.newPage();
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/overview?account=acme");
      await expect(page.getByTestId("trend-quality").locator(".recharts-surface")).toBeVisible();
      await expect(page.getByTestId("recently-degraded")).toContainText(String(toPause?.name));
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        `${theme} ${width}`,
      ).toEqual([]);
      // An account where nothing changed: the cards' empty faces.
      await page.goto("/overview?account=globex");
      await expect(page.getByTestId("recently-degraded-empty")).toContainText("Nothing degraded");
      await expect(page.getByTestId("category-watch-empty")).toContainText("No recategorisation");
      const empty = await new AxeBuilder({ page }).analyze();
      expect(
        empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        `${theme} ${width}, nothing changed`,
      ).toEqual([]);
    }
    await page.close();
  });
}
