import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import {
  changesResponseSchema,
  templateHistoryResponseSchema,
  trendsResponseSchema,
} from "../lib/history/contracts";
import { templateListResponseSchema } from "../lib/templates/list-contract";
import { simAccount } from "./support/dataset";
import { type ExtraStack, startExtraStack } from "./support/extra-stack";
import { consolePortAt, simPortAt } from "./support/ports";
import { catalogComplete, patchSimTemplate, requestRefresh } from "./support/sim-steps";
import { expect, test } from "./support/test";

/**
 * History end to end (issue 13) on a stack of its own (the simulator's data changes here, which
 * must not disturb the shared stack): a change made on the simulator shows up in /api/changes after
 * a refresh, and a restart with the upstream failing still serves the whole table from the store.
 */
const PORT = consolePortAt("E2E_HISTORY_PORT", 22);
const SIM_PORT = simPortAt("E2E_HISTORY_SIM_PORT", 22);
const env = { NXCLOUD_RETRIES: "0", CATALOG_TTL_MS: "1000" };

let dataDir: string;
let stack: ExtraStack | undefined;

test.beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "tc-e2e-history-"));
});
test.afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(browser: Browser, s: ExtraStack): Promise<APIRequestContext> {
  return (await s.signedInContext(browser)).request;
}

async function completeList(request: APIRequestContext, account: string) {
  await catalogComplete(request, account);
  return templateListResponseSchema.parse(
    await (await request.get(`/api/templates?account=${account}`)).json(),
  );
}

test("a change on the simulator shows up in /api/changes after a refresh, with from and to", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  stack = await startExtraStack(PORT, SIM_PORT, { ...env, DATA_DIR: dataDir });
  const request = await signedIn(browser, stack);
  await completeList(request, "acme");
  // The first walk is a baseline: nothing recorded.
  const baseline = changesResponseSchema.parse(await (await request.get("/api/changes?account=all")).json());
  expect(baseline.total).toBe(0);

  const target = simAccount("acme").templates.find((t) => t.status === "APPROVED");
  const id = String(target?.id);
  await patchSimTemplate(stack.simUrl, "acme", id, { status: "PAUSED" });
  await requestRefresh(request, stack.url, "acme");
  await expect
    .poll(
      async () => {
        const body = changesResponseSchema.parse(
          await (await request.get("/api/changes?account=acme&kind=status_changed")).json(),
        );
        return body.items.map((e) => [e.templateId, e.from, e.to]);
      },
      { timeout: 30_000 },
    )
    .toEqual([[id, "APPROVED", "PAUSED"]]);
  const changes = changesResponseSchema.parse(
    await (await request.get(`/api/changes?account=all&q=${id}`)).json(),
  );
  const event = changes.items[0];
  expect(event).toMatchObject({
    account: "acme",
    templateId: id,
    name: target?.name,
    kind: "status_changed",
  });
  expect(event?.previousObservedAt).toBeLessThan(event?.observedAt as number);

  const history = templateHistoryResponseSchema.parse(
    await (await request.get(`/api/templates/${id}/history?account=acme`)).json(),
  );
  expect(history.events.map((e) => e.kind)).toContain("status_changed");
  const trends = trendsResponseSchema.parse(
    await (await request.get("/api/trends?account=acme&days=7")).json(),
  );
  expect(trends.days.at(-1)?.status.PAUSED).toBeGreaterThanOrEqual(1);

  // Bad input: 400 naming the field, never a 5xx.
  for (const [query, field] of [
    ["/api/changes?account=acme&kind=bogus", "kind"],
    ["/api/changes?account=acme&since=yesterday", "since"],
    ["/api/changes?account=acme&pageSize=0", "pageSize"],
    ["/api/changes", "account"],
    ["/api/trends?account=acme&days=9999", "days"],
    ["/api/templates/x%20y/history?account=acme", "id"],
  ] as const) {
    const res = await request.get(query);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).error.message, query).toContain(field);
  }
  expect((await request.get("/api/changes?account=nope")).status()).toBe(404);
  await stack.stop();
  stack = undefined;
});

test("a restart with the upstream failing still serves the full table from the store, stale with the error", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // If the first test failed midway its stack still runs: a restart means stopping it first.
  await stack?.stop();
  stack = await startExtraStack(PORT, SIM_PORT, { ...env, DATA_DIR: dataDir });
  // The upstream fails from the start: every template served below comes from the store.
  await stack.setFaults({ forceCode: 1005 });
  const request = await signedIn(browser, stack);
  const res = await request.get("/api/templates?account=acme&pageSize=10");
  expect(res.status()).toBe(200);
  const first = templateListResponseSchema.parse(await res.json());
  expect(first.total).toBe(simAccount("acme").templates.length);
  expect(first.catalog.complete).toBe(true);
  expect(first.catalog.fetchedAt).not.toBeNull();
  // The change recorded before the restart is still there, in the table and in the log.
  const paused = templateListResponseSchema.parse(
    await (await request.get("/api/templates?account=acme&status=PAUSED&pageSize=100")).json(),
  );
  const expectedPaused = simAccount("acme").templates.filter((t) => t.status === "PAUSED").length + 1;
  expect(paused.total).toBe(expectedPaused);
  await expect
    .poll(
      async () => {
        const body = templateListResponseSchema.parse(
          await (await request.get("/api/templates?account=acme&pageSize=10")).json(),
        );
        return { total: body.total, stale: body.catalog.stale, error: body.catalog.error?.code ?? null };
      },
      { timeout: 30_000 },
    )
    .toMatchObject({ total: simAccount("acme").templates.length, stale: true, error: expect.any(String) });
  const changes = changesResponseSchema.parse(await (await request.get("/api/changes?account=acme")).json());
  expect(changes.total).toBeGreaterThanOrEqual(1);

  // And the page renders it: rows, marked stale.
  const context = await stack.signedInContext(browser);
  const page = await context.newPage();
  await page.goto(`${stack.url}/templates?account=acme`);
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible();
  await context.close();
});
