import AxeBuilder from "@axe-core/playwright";
import { changesResponseSchema } from "../lib/history/contracts";
import { severityOf } from "../lib/history/severity";
import {
  changedAcmeStackForSpec,
  PAUSED_TEMPLATE,
  RECATEGORISED_TEMPLATE,
} from "./support/changed-acme-stack";
import { expect, test } from "./support/test";

/**
 * The activity page (issue 15) on a stack of its own (the simulator's data changes here): changes
 * made on the simulator appear in the feed after a refresh, with what changed and a link to the
 * template's History tab; filters live in the URL; the CSV export holds the filtered feed; axe
 * finds nothing, light and dark.
 */
const toPause = PAUSED_TEMPLATE;
const toMarketing = RECATEGORISED_TEMPLATE;
const stack = changedAcmeStackForSpec();

test("a change made on the simulator appears in the feed, and opens the template's History tab", async () => {
  const page = await stack.context.newPage();
  await page.goto("/activity?account=acme");
  const entry = page.getByTestId("activity-entry").filter({ hasText: String(toPause?.name) });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(/Approved/);
  await expect(entry).toContainText(/Paused/);
  await expect(entry).toContainText(
    /between \d{1,2}:\d\d(:\d\d)?( [AP]M)? and \d{1,2}:\d\d(:\d\d)?( [AP]M)?/,
  );
  await expect(entry.getByRole("link")).toHaveAttribute(
    "href",
    `/templates?account=acme&template=${toPause?.id}&tab=history`,
  );
  const recat = page.getByTestId("activity-entry").filter({ hasText: String(toMarketing?.name) });
  await expect(recat).toContainText(/Utility/);
  await expect(recat).toContainText(/Marketing/);
  await expect(recat).toContainText("Costs more per message");

  // The weekly summary counts what the API stores.
  const all = changesResponseSchema.parse(
    await (await stack.request.get("/api/changes?account=acme&pageSize=500")).json(),
  );
  const paused = all.items.filter(
    (e) => e.kind === "status_changed" && ["PAUSED", "DISABLED"].includes(String(e.to)),
  );
  await expect(page.getByTestId("week-pausedDisabled")).toContainText(String(paused.length));
  await expect(page.getByTestId("week-recategorised")).toContainText(
    String(all.items.filter((e) => e.kind === "category_changed").length),
  );
  await expect(page.getByTestId("week-summary")).toContainText(/Utility to Marketing/);
  await expect(page.getByTestId("activity-total")).toContainText(`${all.total} change`);

  await entry.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/templates\\?account=acme&template=${toPause?.id}&tab=history`));
  await page.close();
});

test("filters live in the URL, and the CSV export holds the filtered feed", async () => {
  const page = await stack.context.newPage();
  await page.goto("/activity?account=acme");
  await expect(page.getByTestId("activity-entry").first()).toBeVisible();
  await page.getByLabel("Change", { exact: true }).selectOption("category_changed");
  await expect(page).toHaveURL(/kind=category_changed/);
  await expect(
    page.getByTestId("activity-entry").filter({ hasText: String(toMarketing?.name) }),
  ).toBeVisible();
  await expect(page.getByTestId("activity-entry").filter({ hasText: String(toPause?.name) })).toHaveCount(0);

  // A deep link restores the filters.
  await page.goto("/activity?account=acme&severity=critical");
  await expect(page.getByLabel("Severity")).toHaveValue("critical");
  const critical = changesResponseSchema.parse(
    await (await stack.request.get("/api/changes?account=acme&severity=critical&pageSize=500")).json(),
  );
  expect(critical.items.every((e) => severityOf(e) === "critical")).toBe(true);
  expect(critical.items.map((e) => e.templateId)).toContain(String(toPause?.id));
  await expect(page.getByTestId("activity-entry")).toHaveCount(critical.items.length);

  const href = await page.getByTestId("activity-export").getAttribute("href");
  expect(href).toContain("severity=critical");
  const csv = await stack.request.get(String(href));
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(1 + critical.total);
  expect(lines.some((l) => l.includes(String(toPause?.name)) && l.includes("PAUSED"))).toBe(true);

  // Filters that match nothing say so, and clear in one click.
  await page.goto("/activity?account=acme&q=no-such-template");
  await expect(page.getByTestId("activity-empty")).toContainText("No change matches these filters");
  await page.getByTestId("activity-clear-filters").click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId("activity-entry").first()).toBeVisible();
  await page.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on the activity page (${theme}, 1440 and 375 px)`, async () => {
    const page = await stack.context.newPage();
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/activity?account=acme");
      await expect(page.getByTestId("activity-entry").first()).toBeVisible();
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        `${theme} ${width}`,
      ).toEqual([]);
      await page.goto("/activity?account=acme&q=no-such-template");
      await expect(page.getByTestId("activity-empty")).toBeVisible();
      const empty = await new AxeBuilder({ page }).analyze();
      expect(
        empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        `${theme} ${width}, no match`,
      ).toEqual([]);
    }
    await page.close();
  });
}

test("an API error reads as such, with a retry that recovers; axe finds nothing on it", async ({
  consoleErrors,
}) => {
  // the refused request below is logged by the browser: exactly that one is allowed
  consoleErrors.allow(/Failed to load resource: the server responded with a status of 503/);
  const page = await stack.context.newPage();
  let failing = true;
  await page.route(/\/api\/changes\?/, (route) =>
    failing
      ? route.fulfill({
          status: 503,
          json: { code: "history_unavailable", message: "This server keeps no history." },
        })
      : route.continue(),
  );
  await page.goto("/activity?account=acme");
  const error = page.getByTestId("load-error");
  await expect(error).toContainText("The activity could not be loaded");
  await expect(page.getByTestId("week-summary").getByTestId("card-error")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  failing = false;
  await error.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("activity-entry").first()).toBeVisible();
  await page.close();
});
