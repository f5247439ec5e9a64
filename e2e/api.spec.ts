import fc from "fast-check";
import { templateDetailSchema } from "../lib/templates/detail-contract";
import { templateListResponseSchema } from "../lib/templates/list-contract";
import { overviewResponseSchema } from "../lib/templates/overview-contract";
import { countBy, facetOf, listedCount, simAccount, simAccounts } from "./support/dataset";
import { parseCsv } from "./support/parse-csv";
import { expect, test } from "./support/test";

/**
 * The console's JSON API over the simulator (issue 4): totals and every facet equal a direct count
 * of the simulator's dataset, `all` merges accounts, CSV matches the filtered set, bad input is a
 * 400 naming the field, and no query string ever yields a 5xx.
 */

async function list_(request: import("@playwright/test").APIRequestContext, query: string) {
  const res = await request.get(`/api/templates?${query}`);
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  // The first call for an account may answer while the walk runs; wait until it is complete.
  if (!body.catalog.complete) {
    await expect
      .poll(async () => (await (await request.get(`/api/templates?${query}`)).json()).catalog.complete, {
        timeout: 30_000,
      })
      .toBe(true);
    return (await request.get(`/api/templates?${query}`)).json();
  }
  return body;
}

test.describe("GET /api/templates", () => {
  for (const id of ["acme", "globex", "initech"]) {
    test(`${id}: total and every facet equal the simulator's own counts`, async ({ request }) => {
      const templates = simAccount(id).templates;
      const body = await list_(request, `account=${id}&pageSize=10`);
      expect(body.total).toBe(templates.length);
      for (const facet of ["status", "category", "language", "quality"] as const) {
        expect(body.facets[facet], facet).toEqual(countBy(templates, facetOf[facet]));
      }
    });
  }

  test("a filter narrows the total and the other facets, not its own", async ({ request }) => {
    const templates = simAccount("globex").templates;
    const rejected = templates.filter((t) => t.status === "REJECTED");
    const body = await list_(request, "account=globex&status=REJECTED");
    expect(body.total).toBe(rejected.length);
    expect(body.facets.status).toEqual(countBy(templates, facetOf.status));
    expect(body.facets.category).toEqual(countBy(rejected, facetOf.category));
    expect(body.items.every((i: { status: string }) => i.status === "REJECTED")).toBe(true);
  });

  test("all merges every account, rows tagged with their account", async ({ request }) => {
    const body = await list_(request, "account=all&pageSize=100&sort=account");
    // Every template with an id and a name is listed (the oddities account has two without).
    const sizes = simAccounts().map(listedCount);
    expect(body.total).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(Object.keys(body.accounts).sort()).toEqual(
      simAccounts()
        .map((a) => a.id)
        .sort(),
    );
    expect(new Set(body.items.map((i: { account: string }) => i.account)).size).toBeGreaterThan(0);
  });

  test("pages are disjoint and cover the filtered set in a stable order", async ({ request }) => {
    const first = await list_(request, "account=globex&sort=-quality&pageSize=50&page=1");
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(first.total / 50); page++) {
      const body = await list_(request, `account=globex&sort=-quality&pageSize=50&page=${page}`);
      for (const item of body.items) seen.add(item.id);
    }
    expect(seen.size).toBe(first.total);
  });

  test("bad input is a 400 that names the field", async ({ request }) => {
    const cases: [string, string][] = [
      ["pageSize=5", "pageSize"],
      ["page=abc", "page"],
      ["sort=color", "sort"],
      ["account=../etc", "account"],
      [`q=${"x".repeat(300)}`, "q"],
      ["view=everything", "view"],
    ];
    for (const [query, field] of cases) {
      const res = await request.get(`/api/templates?${query}`);
      expect(res.status(), query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_query");
      expect(Object.keys(body.error.fields ?? {}), query).toContain(field);
    }
  });

  test("unknown account → 404; unknown template → 404", async ({ request }) => {
    expect((await request.get("/api/templates?account=nobody")).status()).toBe(404);
    await list_(request, "account=acme");
    const res = await request.get("/api/templates/999999999999?account=acme");
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  test("thousands of random query strings never produce a 5xx", async ({ request }) => {
    test.setTimeout(120_000);
    const keys = [
      "account",
      "q",
      "status",
      "category",
      "language",
      "quality",
      "sort",
      "page",
      "pageSize",
      "view",
      "x",
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "all",
        "acme",
        "-name",
        "quality",
        "APPROVED,REJECTED",
        "0",
        "-1",
        "1e9",
        "100",
        "NaN",
        "%",
        "%%",
        "🙂",
        "中文",
      ),
      fc.integer().map(String),
    );
    const queries = fc.sample(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 6 }), 1500);
    for (const pairs of queries) {
      const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
      const res = await request.get(`/api/templates?${qs}`);
      expect(res.status(), qs).toBeLessThan(500);
    }
    // Raw, not even URL-encoded garbage.
    for (const raw of ["%E0%A4%A", "page=%", "&&&==", "sort=%00", "q=%ZZ"]) {
      expect((await request.get(`/api/templates?${raw}`)).status(), raw).toBeLessThan(500);
    }
  });
});

test.describe("response contracts", () => {
  // The browser trusts these shapes without re-validating (no zod in the client bundle), so the
  // contract schemas are checked here, on real answers, for every kind of template.
  test("list, detail and overview answers match their zod contracts", async ({ request }) => {
    const list = await list_(request, "account=all&pageSize=100&sort=-quality");
    expect(() => templateListResponseSchema.parse(list)).not.toThrow();
    const acme = await list_(request, "account=acme&pageSize=100");
    for (const item of acme.items) {
      const res = await request.get(`/api/templates/${item.id}?account=acme`);
      expect(res.status()).toBe(200);
      const detail = await res.json();
      expect(() => templateDetailSchema.parse(detail), item.name).not.toThrow();
    }
    const overview = await request.get("/api/overview?account=all");
    expect(overview.status()).toBe(200);
    const body = await overview.json();
    expect(() => overviewResponseSchema.parse(body)).not.toThrow();
  });
});

test.describe("GET /api/templates/export", () => {
  test("CSV holds exactly the filtered set, UTF-8 with BOM and a dated name", async ({ request }) => {
    const filter = "account=acme&status=APPROVED";
    const body = await list_(request, `${filter}&pageSize=100`);
    const res = await request.get(`/api/templates/export?${filter}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(res.headers()["content-disposition"]).toMatch(/templates-acme-store-small-\d{4}-\d{2}-\d{2}\.csv/);
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString("utf8").slice(1));
    const idColumn = header?.findIndex((h) => /template id|模板 id/i.test(h)) ?? -1;
    expect(idColumn).toBeGreaterThanOrEqual(0);
    expect(records.map((r) => r[idColumn]).sort()).toEqual(
      body.items.map((i: { id: string }) => i.id).sort(),
    );
  });
});

test.describe("POST /api/catalog/refresh", () => {
  test("starts a refresh and answers the state; bad bodies are 400", async ({ request, baseURL }) => {
    const headers = { origin: baseURL ?? "" };
    const ok = await request.post("/api/catalog/refresh", { data: { account: "acme" }, headers });
    expect(ok.status()).toBe(202);
    expect((await ok.json()).catalog).toHaveProperty("complete");
    const bad = await request.post("/api/catalog/refresh", { data: { nope: 1 }, headers });
    expect(bad.status()).toBe(400);
    const notJson = await request.post("/api/catalog/refresh", {
      data: "{",
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
  });
});
