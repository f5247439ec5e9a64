import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { changesResponseSchema, templateHistoryResponseSchema } from "../lib/history/contracts";
import { lastVisitResponseSchema } from "../lib/history/visit-contract";
import { templateListResponseSchema } from "../lib/templates/list-contract";
import { simAccount } from "./support/dataset";
import { type ExtraStack, startExtraStack } from "./support/extra-stack";
import { parseCsv } from "./support/parse-csv";
import { consolePortAt, simPortAt } from "./support/ports";
import { catalogComplete, patchSimTemplate } from "./support/sim-steps";
import { expect, test } from "./support/test";

/**
 * The history in the table and the drawer (issue 15, templates part), on a stack of its own (the
 * simulator's data changes here): a change made on the simulator shows in the Last change column,
 * the "since your last visit" count and the drawer's History tab; the pause tracker shows the
 * 6-hour window of a second pause; axe is clean in light and dark.
 */
const PORT = consolePortAt("E2E_HISTORY_UI_PORT", 27);
const SIM_PORT = simPortAt("E2E_HISTORY_UI_SIM_PORT", 27);

let stack: ExtraStack | undefined;
const startStack = async () => {
  stack ??= await startExtraStack(PORT, SIM_PORT, { NXCLOUD_RETRIES: "0", CATALOG_TTL_MS: "1000" });
  return stack;
};
test.afterAll(async () => {
  await stack?.stop();
});

const patchSim = (s: ExtraStack, id: string, body: unknown) => patchSimTemplate(s.simUrl, "acme", id, body);

/** Refresh acme and wait until the change log holds `count` events of the template. */
async function refreshUntil(request: APIRequestContext, s: ExtraStack, id: string, count: number) {
  await expect
    .poll(
      async () => {
        await request.post("/api/catalog/refresh", { data: { account: "acme" }, headers: { origin: s.url } });
        const body = changesResponseSchema.parse(
          await (await request.get(`/api/changes?account=acme&q=${id}`)).json(),
        );
        return body.total;
      },
      { timeout: 40_000, intervals: [3_500] },
    )
    .toBeGreaterThanOrEqual(count);
}

async function openHistory(page: Page, s: ExtraStack, id: string) {
  await page.goto(`${s.url}/templates?account=acme&template=${id}&tab=history`);
  const drawer = page.getByTestId("template-drawer");
  // generous: the detail and the history load on demand, on a shared, busy machine
  await expect(drawer.getByTestId("history-tab")).toBeVisible({ timeout: 45_000 });
  return drawer;
}

test("changes show in the Last change column, the last-visit count and the History tab; the pause tracker; axe", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const s = await startStack();
  const context = await s.signedInContext(browser);
  const request = context.request;
  const page = await context.newPage();

  // First visit: the baseline walk, nothing new yet.
  await page.goto(`${s.url}/templates?account=acme`);
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible();
  await catalogComplete(request, "acme");
  await expect
    .poll(
      async () =>
        lastVisitResponseSchema.parse(await (await request.get("/api/me/last-visit")).json()).seenAt,
    )
    .not.toBeNull();

  const templates = simAccount("acme").templates.filter(
    (t) => t.status === "APPROVED" && t.quality_score?.score === "GREEN",
  );
  const degraded = String(templates[0]?.id);
  const paused = String(templates[1]?.id);
  const quiet = String(templates[2]?.id);

  // A quality drop on the simulator → refresh → Last change, the count, the History tab.
  await patchSim(s, degraded, { quality_score: { score: "RED" } });
  await refreshUntil(request, s, degraded, 1);
  const list = templateListResponseSchema.parse(
    await (await request.get("/api/templates?account=acme&changed=24h&sort=-lastChange")).json(),
  );
  expect(list.items[0]).toMatchObject({
    id: degraded,
    lastChange: { kind: "quality_changed", from: "GREEN", to: "RED" },
  });
  expect(list.facets.changed?.["24h"]).toBe(1);

  await page.goto(`${s.url}/templates?account=acme&changed=24h`);
  const row = page.locator(`tr[data-template-id="${degraded}"]`);
  await expect(row.getByTestId("last-change")).toContainText("Quality High → Low");
  await expect(row.getByTestId("last-change")).toHaveAttribute("data-new", "true");
  await expect(page.getByTestId("last-visit-count")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("filter-changed")).toContainText("24 hours");

  // Mark all as seen: the count and the marks go.
  await page.getByTestId("mark-seen").click();
  await expect(page.getByTestId("last-visit")).toHaveCount(0);
  await expect(page.locator('[data-testid="last-change"][data-new]')).toHaveCount(0);

  let drawer = await openHistory(page, s, degraded);
  const entry = drawer.getByTestId("timeline-entry").first();
  await expect(entry).toHaveAttribute("data-kind", "quality_changed");
  await expect(entry).toContainText("Quality High → Low");
  await expect(entry).toContainText("between");
  await expect(drawer.getByTestId("quality-strip")).toBeVisible();

  // Paused twice: PAUSED → APPROVED → PAUSED, each seen by a refresh.
  await patchSim(s, paused, { status: "PAUSED" });
  await refreshUntil(request, s, paused, 1);
  await patchSim(s, paused, { status: "APPROVED" });
  await refreshUntil(request, s, paused, 2);
  await patchSim(s, paused, { status: "PAUSED" });
  await refreshUntil(request, s, paused, 3);
  const history = templateHistoryResponseSchema.parse(
    await (await request.get(`/api/templates/${paused}/history?account=acme`)).json(),
  );
  const second = history.events.find((e) => e.kind === "status_changed" && e.to === "PAUSED");
  expect(second).toBeDefined();
  drawer = await openHistory(page, s, paused);
  const tracker = drawer.getByTestId("pause-tracker");
  await expect(tracker.getByTestId("pause-count")).toHaveAttribute("data-count", "2");
  const pauseWindow = tracker.getByTestId("pause-window");
  await expect(pauseWindow).toContainText("6 hours");
  await expect(pauseWindow).toHaveAttribute(
    "data-to",
    String((second?.observedAt as number) + 6 * 3_600_000),
  );
  await expect(pauseWindow).toHaveAttribute(
    "data-from",
    String((second?.previousObservedAt as number) + 6 * 3_600_000),
  );
  await expect(tracker.getByTestId("pause-warning")).toContainText("third low-quality event disables");
  await expect(tracker).toContainText("only pauses the console saw");

  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((t) => window.localStorage.setItem("theme", t), theme);
    drawer = await openHistory(page, s, paused);
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
    await page.waitForTimeout(300);
    const inDrawer = await new AxeBuilder({ page }).analyze();
    expect(
      inDrawer.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      theme,
    ).toEqual([]);
    // a template without recorded history: the empty timeline reads as such
    drawer = await openHistory(page, s, quiet);
    await expect(drawer.getByTestId("timeline-empty")).toContainText(
      "No change recorded for this template yet",
    );
    const empty = await new AxeBuilder({ page }).analyze();
    expect(
      empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      `${theme}, no history`,
    ).toEqual([]);
    await page.goto(`${s.url}/templates?account=acme&changed=7d&sort=-lastChange`);
    await expect(page.getByTestId("last-change").first()).toBeVisible();
    const table = await new AxeBuilder({ page }).analyze();
    expect(
      table.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      theme,
    ).toEqual([]);
  }

  await context.close();
});

test("a custom changed-within range lives in the URL (deep link, reload, back/forward), and the CSV export honours it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const s = await startStack();
  const context = await s.signedInContext(browser);
  const request = context.request;
  const page = await context.newPage();
  await catalogComplete(request, "acme");
  const template = simAccount("acme").templates.filter((t) => t.status === "APPROVED")[5];
  const id = String(template?.id);
  await patchSim(s, id, { category: "MARKETING_E2E" });
  await refreshUntil(request, s, id, 1);

  // The UTC day the change was recorded on: the custom window of that one day holds it.
  const recorded = changesResponseSchema.parse(
    await (await request.get(`/api/changes?account=acme&q=${id}`)).json(),
  ).items[0];
  const day = new Date(recorded?.observedAt as number).toISOString().slice(0, 10);
  const query = `account=acme&changed=custom&since=${day}&until=${day}&sort=-lastChange`;
  const api = templateListResponseSchema.parse(await (await request.get(`/api/templates?${query}`)).json());
  expect(api.items.map((i) => i.id)).toContain(id);

  // Deep link → the table, the filter's summary, the menu's inputs; a reload keeps it all.
  const summary = page.getByTestId("filter-changed-summary");
  const dayLabel = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
  await page.goto(`${s.url}/templates?${query}`);
  const row = page.locator(`tr[data-template-id="${id}"]`);
  await expect(row).toBeVisible();
  await expect(summary).toHaveText(`${dayLabel} – ${dayLabel}`);
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`changed=custom&since=${day}&until=${day}`));

  // A range chosen in the menu is pushed: it matches nothing, Back restores the deep link.
  await page.getByTestId("filter-changed").click();
  await expect(page.getByTestId("changed-since")).toHaveValue(day);
  await expect(page.getByTestId("changed-custom")).toHaveAttribute("data-active", "true");
  await page.getByTestId("changed-since").fill("2020-01-01");
  await page.getByTestId("changed-until").fill("2020-01-31");
  await page.getByTestId("changed-apply").click();
  await expect(page).toHaveURL(/since=2020-01-01&until=2020-01-31/);
  await expect(page.getByTestId("empty-result")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`since=${day}&until=${day}`));
  await expect(row).toBeVisible();
  // the menu's inputs follow the URL (not what was typed before Back)
  await page.getByTestId("filter-changed").click();
  await expect(page.getByTestId("changed-since")).toHaveValue(day);
  await page.keyboard.press("Escape");
  await page.goForward();
  await expect(page).toHaveURL(/since=2020-01-01&until=2020-01-31/);
  await expect(page.getByTestId("empty-result")).toBeVisible();
  await page.goBack();
  await expect(row).toBeVisible();

  // The export link carries the window; the file lists exactly the table's rows, in its order.
  const href = String(await page.getByTestId("export-csv").getAttribute("href"));
  expect(href).toContain(`changed=custom&since=${day}&until=${day}`);
  const csv = await request.get(href);
  expect(csv.status()).toBe(200);
  const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, "").trim()).slice(1);
  expect(rows).toHaveLength(api.total);
  expect(rows.map((r) => r.find((cell) => cell === template?.name))).toContain(template?.name);
  const empty = await request.get(`/api/templates/export?account=acme&changed=custom&until=2020-01-31`);
  expect(parseCsv((await empty.text()).replace(/^\uFEFF/, "").trim())).toHaveLength(1);
  // a reversed window is a 400 naming the field, from the list and the export alike
  for (const path of ["/api/templates", "/api/templates/export"]) {
    const bad = await request.get(`${path}?account=acme&changed=custom&since=2026-03-07&until=2026-03-01`);
    expect(bad.status(), path).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("until");
  }
  await context.close();
});
