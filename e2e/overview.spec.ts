import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_USERS } from "../playwright.config";
import { signIn } from "./global-setup";
import { expect, test } from "./support/test";

/**
 * The overview against the simulator (acme ~40 templates, globex 250, initech 6000): its numbers
 * equal the table API's facet counts, its links land on the filtered table showing that many
 * templates, and axe finds nothing in light or dark.
 */

interface ListBody {
  total: number;
  facets: Record<"status" | "category" | "language" | "quality", Record<string, number>>;
  catalog: { complete: boolean; error: unknown };
}

/** The table API once the account's catalog walk is complete (so both sides see the same rows). */
async function completeList(request: APIRequestContext, query: string): Promise<ListBody> {
  let body: ListBody | null = null;
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/templates?${query}`);
        expect(res.status()).toBe(200);
        body = (await res.json()) as ListBody;
        return body.catalog.complete;
      },
      { timeout: 90_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return body as unknown as ListBody;
}

async function tableTotal(request: APIRequestContext, query: string): Promise<number> {
  return (await completeList(request, query)).total;
}

/** Opens the overview and waits until every catalog in scope is loaded and shown as fresh. */
async function openOverview(page: Page, account: string) {
  await page.goto(account === "all" ? "/overview" : `/overview?account=${account}`);
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("overview-content")).toBeVisible();
}

async function countOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).first().getAttribute("data-count"));
}

async function expectDistributionsEqualFacets(page: Page, facets: ListBody["facets"]) {
  for (const kind of ["status", "quality", "category"] as const) {
    const rows = page.getByTestId(`distribution-${kind}`).locator("tbody tr");
    await expect(rows).toHaveCount(Object.keys(facets[kind]).length);
    for (const [value, count] of Object.entries(facets[kind])) {
      await expect(page.getByTestId(`distribution-${kind}-${value}`), `${kind} ${value}`).toHaveAttribute(
        "data-count",
        String(count),
      );
    }
  }
}

/** The total the templates table shows ("1,234 templates" / "1,234 个模板"). */
async function shownTableTotal(page: Page): Promise<number> {
  const total = page.getByTestId("total");
  await expect(total).toBeVisible();
  await expect(page.getByTestId("catalog-fresh")).toBeVisible({ timeout: 90_000 });
  const text = (await total.textContent()) ?? "";
  return /no templates|没有模板/i.test(text) ? 0 : Number(text.replace(/[^\d]/g, ""));
}

test.describe("overview", () => {
  test("one account: numbers equal the table's facets", async ({ page, request }) => {
    const list = await completeList(request, "account=acme");
    await openOverview(page, "acme");
    await expect(page.getByTestId("kpi-total")).toHaveAttribute("data-count", String(list.total));
    await expectDistributionsEqualFacets(page, list.facets);

    expect(await countOf(page, "kpi-approved")).toBe(list.facets.status.APPROVED ?? 0);
    expect(await countOf(page, "kpi-rejected")).toBe(list.facets.status.REJECTED ?? 0);
    expect(await countOf(page, "kpi-quality")).toBe(
      (list.facets.quality.RED ?? 0) + (list.facets.quality.YELLOW ?? 0),
    );
    expect(await countOf(page, "kpi-attention")).toBe(
      await tableTotal(request, "account=acme&view=attention"),
    );
    expect(await countOf(page, "attention-rejected")).toBe(list.facets.status.REJECTED ?? 0);
    expect(await countOf(page, "attention-paused")).toBe(
      await tableTotal(request, "account=acme&status=PAUSED,DISABLED"),
    );

    // Every matrix cell is the table's total for that category and rating.
    const cells = page.locator('[data-testid^="matrix-"][data-count]');
    const n = await cells.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const cell = cells.nth(i);
      const [, category, quality] =
        /^matrix-(.+)-([^-]+)$/.exec((await cell.getAttribute("data-testid")) ?? "") ?? [];
      const count = Number(await cell.getAttribute("data-count"));
      expect(
        await tableTotal(request, `account=acme&category=${category}&quality=${quality}`),
        `${category}×${quality}`,
      ).toBe(count);
    }
    // A single account shows its scope, not the per-number comparison.
    await expect(page.getByTestId("overview-scope")).toContainText("Acme");
    await expect(page.getByTestId("account-card")).toHaveCount(0);
  });

  test("all accounts: numbers equal the table's facets, cards equal each account's table", async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const all = await completeList(request, "account=all");
    const perAccount: Record<string, ListBody> = {};
    for (const id of ["acme", "globex", "initech", "oddities"])
      perAccount[id] = await completeList(request, `account=${id}`);
    await openOverview(page, "all");
    await expect(page.getByTestId("kpi-total")).toHaveAttribute("data-count", String(all.total));
    await expectDistributionsEqualFacets(page, all.facets);
    expect(await countOf(page, "kpi-attention")).toBe(await tableTotal(request, "view=attention"));

    const cards = page.getByTestId("account-card");
    await expect(cards).toHaveCount(4);
    for (const [id, list] of Object.entries(perAccount)) {
      const card = page.locator(`[data-testid="account-card"][data-account="${id}"]`);
      await expect(card.getByTestId("account-total")).toHaveAttribute("data-count", String(list.total));
      await expect(card.getByTestId("account-approved")).toHaveAttribute(
        "data-count",
        String(list.facets.status.APPROVED ?? 0),
      );
      await expect(card.getByTestId("account-rejected")).toHaveAttribute(
        "data-count",
        String(list.facets.status.REJECTED ?? 0),
      );
      await expect(card.getByTestId("account-red")).toHaveAttribute(
        "data-count",
        String(list.facets.quality.RED ?? 0),
      );
      await expect(card.getByTestId("account-yellow")).toHaveAttribute(
        "data-count",
        String(list.facets.quality.YELLOW ?? 0),
      );
      await expect(card.getByTestId("account-attention")).toHaveAttribute(
        "data-count",
        String(await tableTotal(request, `account=${id}&view=attention`)),
      );
    }
    // Cards come most problems first: attention share never increases down the list.
    const shares: number[] = [];
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i);
      const attention = Number(await card.getByTestId("account-attention").getAttribute("data-count"));
      const total = Number(await card.getByTestId("account-total").getAttribute("data-count"));
      shares.push(attention / total);
    }
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });

  test("a legend link lands on the filtered table with the count shown", async ({ page, request }) => {
    const list = await completeList(request, "account=acme");
    await openOverview(page, "acme");
    const row = page.getByTestId("distribution-status-REJECTED");
    const count = Number(await row.getAttribute("data-count"));
    expect(count).toBe(list.facets.status.REJECTED);
    await row.getByRole("link").click();
    await expect(page).toHaveURL(/\/templates\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("account")).toBe("acme");
    expect(url.searchParams.get("status")).toBe("REJECTED");
    expect(await shownTableTotal(page)).toBe(count);
  });

  test("a matrix cell and a quality segment land on the filtered table", async ({ page }) => {
    await openOverview(page, "acme");
    const cell = page.locator('[data-testid^="matrix-MARKETING-"][data-count]:has(a)').first();
    const testId = (await cell.getAttribute("data-testid")) ?? "";
    const quality = testId.replace("matrix-MARKETING-", "");
    const count = Number(await cell.getAttribute("data-count"));
    await cell.getByRole("link").click();
    await expect(page).toHaveURL(/\/templates\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("category")).toBe("MARKETING");
    expect(url.searchParams.get("quality")).toBe(quality);
    expect(await shownTableTotal(page)).toBe(count);

    // "No rating" is quality=NONE.
    await openOverview(page, "acme");
    const none = page.getByTestId("distribution-quality-NONE");
    if ((await none.count()) > 0) {
      const n = Number(await none.getAttribute("data-count"));
      await none.getByRole("link").click();
      await expect(page).toHaveURL(/quality=NONE/);
      expect(await shownTableTotal(page)).toBe(n);
    }
  });

  test("a needs-attention entry opens its template's drawer", async ({ page }) => {
    await openOverview(page, "acme");
    const entry = page.getByTestId("attention-rejected").getByTestId("attention-entry").first();
    const id = await entry.getAttribute("data-id");
    await entry.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`template=${id}`));
    expect(new URL(page.url()).searchParams.get("account")).toBe("acme");
  });

  test("bad input is a 400 naming the field; an unknown account is refused", async ({ request }) => {
    const bad = await request.get("/api/overview?account=not%20an%20id!");
    expect(bad.status()).toBe(400);
    const body = (await bad.json()) as { error: { code: string; fields?: Record<string, string[]> } };
    expect(body.error.code).toBe("invalid_query");
    expect(Object.keys(body.error.fields ?? {})).toContain("account");
    const unknown = await request.get("/api/overview?account=no-such-account");
    expect([403, 404]).toContain(unknown.status());
  });

  test("an unknown account in the URL says so instead of showing numbers", async ({
    page,
    consoleErrors,
  }) => {
    // The browser logs the 404 the page's own API call gets for the unknown account.
    consoleErrors.allow(
      /\/api\/overview\?account=no-such-account: Failed to load resource: .* status of 404/,
    );
    await page.goto("/overview?account=no-such-account");
    await expect(page.getByTestId("overview-not-found").or(page.getByTestId("forbidden"))).toBeVisible();
  });

  test("a user limited to acme: 'all' is acme only, another account is 403 and no access", async ({
    browser,
    baseURL,
    consoleErrors,
  }) => {
    // The browser logs the 403 the page's own API call gets for globex.
    consoleErrors.allow(/\/api\/overview\?account=globex: Failed to load resource: .* status of 403/);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signIn(context.request, baseURL ?? "", E2E_USERS.alice);
    const res = await context.request.get("/api/overview?account=globex");
    expect(res.status()).toBe(403);
    const all = await context.request.get("/api/overview");
    expect(all.status()).toBe(200);
    const body = (await all.json()) as { accounts: { id: string }[] };
    expect(body.accounts.map((a) => a.id)).toEqual(["acme"]);

    const page = await context.newPage();
    await page.goto("/overview?account=globex");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByText(/Globex/)).toHaveCount(0);
    await context.close();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
      await openOverview(page, "all");
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });
  }
});
