import type { APIRequestContext } from "@playwright/test";
import { mediaUrlFactory } from "../sim/dataset/media-refs";
import { odditiesCases } from "../sim/dataset/oddities";
import { isListable, simAccount } from "./support/dataset";
import { expect, test } from "./support/test";

/**
 * Real-world templates never break the console (issue 12), against the simulator's `oddities`
 * account: templates shaped like real account dumps rather than like Meta documents them. Every
 * template with an id and a name is listed, the unreadable parts are named, the facets hold one
 * spelling per value, every drawer opens, and (through the shared fixture) no page or console
 * error happens anywhere.
 */

interface Item {
  id: string;
  name: string;
  status: string;
  category: string;
  readIssues?: string[];
}
interface ListBody {
  items: Item[];
  total: number;
  facets: Record<string, Record<string, number>>;
  catalog: { complete: boolean; templatesSkipped?: number; templatesIncomplete?: number };
}

const raw = simAccount("oddities").templates as unknown as Record<string, unknown>[];
const cases = odditiesCases(mediaUrlFactory("http://127.0.0.1"));
const listable = raw.filter(isListable);
const skipped = raw.length - listable.length;

async function completeList(request: APIRequestContext): Promise<ListBody> {
  let body: ListBody | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get("/api/templates?account=oddities&pageSize=100");
        if (!res.ok()) return false;
        body = (await res.json()) as ListBody;
        return body.catalog.complete;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return body as ListBody;
}

test.beforeEach(async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "http://127.0.0.1" }]);
});

test("the dataset really is odd: some templates skipped, several not fully readable", () => {
  expect(skipped).toBeGreaterThanOrEqual(2);
  expect(cases.filter((c) => c.expect.issues.length > 0).length).toBeGreaterThanOrEqual(4);
});

test("API: every template with an id and a name is listed; the skipped ones are counted", async ({
  request,
}) => {
  const body = await completeList(request);
  expect(body.total).toBe(listable.length);
  expect(body.catalog.templatesSkipped).toBe(skipped);
  expect(body.items.map((i) => i.name).sort()).toEqual(listable.map((t) => String(t.name)).sort());

  const marked = cases.filter((c) => c.expect.listed && c.expect.issues.length > 0);
  expect(body.catalog.templatesIncomplete).toBe(marked.length);
  for (const c of cases.filter((x) => x.expect.listed)) {
    const item = body.items.find((i) => i.name === c.template.name);
    expect(item, String(c.template.name)).toBeTruthy();
    expect([...(item?.readIssues ?? [])].sort(), String(c.template.name)).toEqual(
      [...c.expect.issues].sort(),
    );
    if (c.expect.status) expect(item?.status).toBe(c.expect.status);
    if (c.expect.category) expect(item?.category).toBe(c.expect.category);
  }

  // One spelling per value: no lowercase duplicates in any enum facet.
  for (const facet of ["status", "category", "quality"]) {
    for (const value of Object.keys(body.facets[facet] ?? {})) expect(value, facet).toBe(value.toUpperCase());
  }
  // Lowercase "approved" counts as approved, in the facet and in Ready to send.
  const approvedRaw = listable.filter(
    (t) =>
      String(t.status ?? "")
        .trim()
        .toUpperCase() === "APPROVED",
  ).length;
  expect(body.facets.status?.APPROVED).toBe(approvedRaw);
  const filtered = await request.get("/api/templates?account=oddities&pageSize=100&status=approved");
  expect(((await filtered.json()) as ListBody).total).toBe(approvedRaw);
});

test("table: the marked rows show their reasons; the freshness line reports the skipped ones", async ({
  page,
  request,
}) => {
  await completeList(request);
  await page.goto("/templates?account=oddities&pageSize=100");
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("total")).toHaveText(new RegExp(String(listable.length)));
  await expect(page.getByTestId("catalog-skipped")).toContainText(String(skipped));
  const marked = cases.filter((c) => c.expect.listed && c.expect.issues.length > 0);
  await expect(page.getByTestId("catalog-incomplete")).toContainText(String(marked.length));
  const markers = page.getByTestId("read-issues-marker");
  await expect(markers).toHaveCount(marked.length);
  for (const c of marked) {
    const row = page.locator("tbody tr", { hasText: String(c.template.name) });
    const marker = row.getByTestId("read-issues-marker");
    for (const path of c.expect.issues)
      await expect(marker).toHaveAttribute("data-read-issues", new RegExp(escapeRegExp(path)));
  }

  // The status facet: one entry per value, no lowercase twin.
  await page.getByTestId("filter-status").click();
  const values = await page
    .getByRole("menu")
    .locator("[data-value]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-value") ?? ""));
  expect(values.length).toBeGreaterThan(3);
  expect(values.every((v) => v === v.toUpperCase())).toBe(true);
  expect(new Set(values.map((v) => v.toUpperCase())).size).toBe(values.length);
  for (const status of ["LOCKED", "REINSTATED", "FLAGGED", "UNKNOWN"]) expect(values).toContain(status);
});

test("every drawer opens, with a preview, the reasons where marked, and the raw JSON as sent", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const body = await completeList(request);
  for (const item of body.items) {
    await page.goto(`/templates?account=oddities&template=${item.id}`);
    const drawer = page.getByRole("dialog");
    await expect(drawer.getByTestId("drawer-content")).toHaveAttribute("data-template-id", item.id, {
      timeout: 30_000,
    });
    await expect(
      drawer.getByTestId("message-time").first().or(drawer.getByTestId("not-previewable").first()),
    ).toBeVisible();
    const c = cases.find((x) => x.template.name === item.name);
    const issues = c?.expect.issues ?? [];
    await drawer.getByRole("tab", { name: "Details" }).click();
    if (issues.length > 0) {
      await expect(drawer.getByTestId("read-issues")).toBeVisible();
      await expect(drawer.getByTestId("read-issue")).toHaveCount(issues.length);
    } else {
      await expect(drawer.getByTestId("read-issues")).toHaveCount(0);
    }
    await drawer.getByRole("tab", { name: "Raw JSON" }).click();
    // Media handles carry the simulator's port; the local copy of the dataset has none.
    const text = (await drawer.getByTestId("raw-json").textContent()) ?? "null";
    const json = JSON.parse(text.replace(/http:\/\/127\.0\.0\.1:\d+/g, "http://127.0.0.1"));
    // The raw JSON is what NxCloud (the simulator) sent, lowercase enums and string booleans included.
    expect(json).toEqual(JSON.parse(JSON.stringify(c?.template)));
  }
});

test("extra fields are shown in the details where present", async ({ page, request }) => {
  const body = await completeList(request);
  const item = body.items.find((i) => i.name === "extra_fields");
  await page.goto(`/templates?account=oddities&template=${item?.id}`);
  const drawer = page.getByRole("dialog");
  await drawer.getByRole("tab", { name: "Details" }).click();
  await expect(drawer.getByTestId("detail-namespace")).toContainText("9a8b7c6d_5e4f_3a2b_1c0d_e9f8a7b6c5d4");
  await expect(drawer.getByTestId("detail-library-template")).toContainText("order_status_update_1");
  await expect(drawer.getByTestId("detail-send-ttl")).toContainText("3,600 seconds");
  await expect(drawer.getByTestId("detail-link-tracking")).toContainText("Opted out");
  await expect(drawer.getByTestId("detail-previous-category")).toContainText("Account update (legacy)");
});

test("drawer deep links hydrate without a mismatch, many times over", async ({ page, request }) => {
  test.setTimeout(120_000);
  const body = await completeList(request);
  const id = body.items[0]?.id;
  // The shared fixture fails this test on React #418 or any other page/console error.
  for (let i = 0; i < 12; i++) {
    await page.goto(`/templates?account=oddities&template=${id}`);
    await expect(page.getByRole("dialog").getByTestId("drawer-content")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("message-time").first()).toBeVisible();
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test.describe("the shared error fixture", () => {
  test("fails a test on a console error", async ({ page }) => {
    test.fail(true, "the fixture must turn a console.error into a failure");
    await page.goto("/templates?account=acme");
    await page.evaluate(() => console.error("deliberate console error"));
  });

  test("fails a test on an uncaught page error", async ({ page }) => {
    test.fail(true, "the fixture must turn a pageerror into a failure");
    await page.goto("/templates?account=acme");
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error("deliberate page error");
      }),
    );
    await page.waitForTimeout(200);
  });

  test("lets a test allow the error it provokes, and only that one", async ({ page, consoleErrors }) => {
    consoleErrors.allow(/deliberate allowed error/);
    await page.goto("/templates?account=acme");
    await page.evaluate(() => console.error("deliberate allowed error"));
    await expect.poll(() => consoleErrors.seen.length).toBe(1);
  });
});
