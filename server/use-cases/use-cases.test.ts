import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/e2e/support/parse-csv";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { AccountConfig } from "@/lib/config/env-schema";
import { changesQuerySchema, trendsQuerySchema } from "@/lib/history/contracts";
import { severityOf } from "@/lib/history/severity";
import { createNxCloudClient } from "@/lib/nxcloud/client";
import { templateListQuerySchema, templateTableFilterSchema } from "@/lib/templates/list-contract";
import type { CatalogSnapshot } from "@/server/catalog/store";
import type { FetchPage } from "@/server/catalog/walker";
import { type Container, createContainer } from "@/server/container";
import { pgReachable, type TestDatabase, tempPostgres, tempSqlite } from "@/server/db/testing";
import { type RunningSimulator, startSimulator } from "@/sim/server";
import { listAccounts } from "./accounts";
import { exportChanges, listChanges } from "./changes";
import { templateDetail } from "./detail";
import { exportTemplates } from "./export";
import { templateHistory } from "./history";
import { lastVisit } from "./last-visit";
import { listTemplates, listTemplatesBody } from "./list";
import { overview } from "./overview";
import { refresh } from "./refresh";
import { trends } from "./trends";

/**
 * The use-cases without HTTP: a container built on the simulator (real signing and paging) and a
 * temporary SQLite database, as production builds it from the config.
 */
let sim: RunningSimulator;
let accounts: AccountConfig[];
const demo: SessionUser = { name: "demo", accounts: "*", role: "admin" };
const alice: SessionUser = { name: "alice", accounts: ["acme"], role: "viewer" };
const open: { container: Container; db: TestDatabase }[] = [];

beforeAll(async () => {
  process.env.LOG_LEVEL ??= "error";
  sim = await startSimulator({ port: 0 });
  accounts = sim.dataset.accounts.map((a) => ({
    id: a.id,
    label: a.label,
    appkey: a.appkey,
    business_phone: a.business_phone,
  }));
});
afterAll(() => sim.close());
afterEach(async () => {
  for (const { container, db } of open.splice(0)) {
    await container.close();
    await db.drop();
  }
});

function simFetch(options: { down?: () => boolean } = {}): (account: AccountConfig) => FetchPage {
  const client = createNxCloudClient({ baseUrl: sim.url, ...sim.credentials, retries: 0, timeoutMs: 2_000 });
  return (account) => (args) => {
    if (options.down?.()) return Promise.reject(Object.assign(new Error("upstream down"), { code: "down" }));
    return client.getTemplates({ appkey: account.appkey, businessPhone: account.business_phone, ...args });
  };
}

async function build(db: TestDatabase, fetchPageFor = simFetch(), now?: () => number) {
  const container = await createContainer({
    accounts,
    fetchPageFor,
    database: db.handle,
    pageSize: 100,
    now,
  });
  return container;
}

async function sync(c: Container, account: string) {
  await c.catalog.refresh(account);
  await c.catalog.whenIdle(account);
}

async function patchSim(account: string, id: string, body: unknown) {
  const res = await fetch(`${sim.url}/__sim/accounts/${account}/templates/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}

describe("catalog use-cases", () => {
  it("list, detail, export, overview and accounts answer from the container's catalog", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    const list = await listTemplates(
      c,
      demo,
      templateListQuerySchema.parse({ account: "acme", pageSize: "10" }),
    );
    const size = sim.dataset.accounts.find((a) => a.id === "acme")?.templates.length;
    expect(list.total).toBe(size);
    expect(list.items).toHaveLength(10);
    const first = list.items[0];
    const detail = await templateDetail(c, demo, { id: first?.id as string, account: "acme" });
    expect(detail.template.id).toBe(first?.id);
    expect(detail.account).toMatchObject({ id: "acme" });
    expect(JSON.stringify(detail)).not.toContain(sim.credentials.accessSecret);
    const csv = await exportTemplates(c, demo, {
      ...templateListQuerySchema.parse({ account: "acme" }),
      locale: "en",
    });
    expect(csv.csv.split("\n").length).toBeGreaterThan(size as number);
    expect(csv.complete).toBe(true);
    const ov = await overview(c, demo, { account: "acme" });
    expect(ov.accounts[0]?.id).toBe("acme");
    const visible = await listAccounts(c, alice);
    expect(visible.accounts.map((a) => a.id)).toEqual(["acme"]);
    expect(JSON.stringify(visible)).not.toContain("appkey");
    await expect(
      listTemplates(c, alice, templateListQuerySchema.parse({ account: "globex" })),
    ).rejects.toMatchObject({
      status: 403,
    });
  });

  it("the list as JSON bytes is the list, and carries the catalog state of the moment", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    const parse = (body: Uint8Array) => JSON.parse(new TextDecoder().decode(body));
    for (const account of ["acme", "all"]) {
      const query = templateListQuerySchema.parse({ account, pageSize: "10", sort: "-quality" });
      const object = await listTemplates(c, demo, query);
      expect(parse(await listTemplatesBody(c, demo, query))).toEqual(JSON.parse(JSON.stringify(object)));
    }
    // The rows' result is reused for the same query, but a refresh under way still shows.
    const query = templateListQuerySchema.parse({ account: "acme" });
    const before = parse(await listTemplatesBody(c, demo, query));
    expect(before.catalog.refreshing).toBe(false);
    await refresh(c, demo, { account: "acme" });
    const during = parse(await listTemplatesBody(c, demo, query));
    expect(during.catalog.refreshing).toBe(true);
    expect(during.accounts.acme.refreshing).toBe(true);
    expect(during.items).toEqual(before.items);
    await c.catalog.whenIdle("acme");
  });

  it("refresh is debounced per account by the container's gate", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    const first = await refresh(c, demo, { account: "acme" });
    expect(first.accounts.acme?.refreshing).toBe(true);
    await c.catalog.whenIdle("acme");
    const second = await refresh(c, demo, { account: "acme" });
    expect(second.accounts.acme?.refreshing).toBe(false);
  });
});

const pgUp = await pgReachable();

describe.each([
  { name: "sqlite", open: async () => tempSqlite(), skip: false },
  { name: "postgres", open: () => tempPostgres(), skip: !pgUp && !process.env.CI },
])("activity filters ($name)", ({ open: openDb, skip }) => {
  it.skipIf(skip)(
    "filters by severity, category and language on the server, and exports the same feed",
    async () => {
      const db = await openDb();
      const c = await build(db);
      open.push({ container: c, db });
      await sync(c, "globex");
      const templates = sim.dataset.accounts.find((a) => a.id === "globex")?.templates ?? [];
      const approved = templates.filter((t) => t.status === "APPROVED");
      const utility = approved.find((t) => t.category === "UTILITY");
      const others = approved.filter((t) => t !== utility);
      const rejected = others[0];
      const paused = others.find((t) => t !== rejected && t.language !== rejected?.language) ?? others[1];
      expect(utility && rejected && paused).toBeTruthy();
      await patchSim("globex", String(utility?.id), { category: "MARKETING" });
      await patchSim("globex", String(rejected?.id), { status: "REJECTED" });
      await patchSim("globex", String(paused?.id), { status: "PAUSED" });
      await sync(c, "globex");

      const all = await listChanges(
        c,
        demo,
        changesQuerySchema.parse({ account: "globex", pageSize: "500" }),
      );
      expect(all.total).toBeGreaterThanOrEqual(3);
      for (const severity of ["critical", "warning", "info"] as const) {
        const got = await listChanges(
          c,
          demo,
          changesQuerySchema.parse({ account: "globex", severity, pageSize: "500" }),
        );
        const expected = all.items.filter((e) => severityOf(e) === severity);
        expect(got.total).toBe(expected.length);
        expect(got.items.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
      }
      const both = await listChanges(
        c,
        demo,
        changesQuerySchema.parse({ account: "globex", severity: "critical,warning", pageSize: "500" }),
      );
      expect(both.items.map((e) => e.templateId)).toEqual(
        expect.arrayContaining([String(utility?.id), String(rejected?.id), String(paused?.id)]),
      );

      const marketing = await listChanges(
        c,
        demo,
        changesQuerySchema.parse({ account: "globex", category: "marketing", pageSize: "500" }),
      );
      expect(marketing.items.map((e) => e.templateId)).toContain(String(utility?.id));
      expect(marketing.items.every((e) => e.category === "MARKETING")).toBe(true);

      const language = String(paused?.language);
      const byLanguage = await listChanges(
        c,
        demo,
        changesQuerySchema.parse({ account: "globex", language, pageSize: "500" }),
      );
      expect(byLanguage.total).toBe(all.items.filter((e) => e.language === language).length);
      expect(byLanguage.items.every((e) => e.language === language)).toBe(true);

      const csv = await exportChanges(
        c,
        demo,
        changesQuerySchema.parse({ account: "globex", severity: "critical" }),
        "en",
      );
      const lines = csv.csv.trimEnd().split("\r\n");
      expect(lines).toHaveLength(1 + all.items.filter((e) => severityOf(e) === "critical").length);
      expect(lines.slice(1).every((l) => l.includes(",critical,"))).toBe(true);
      expect(csv.fileName).toMatch(/^activity-.+\.csv$/);

      const t = await trends(c, demo, trendsQuerySchema.parse({ account: "globex", days: "30" }));
      expect(t.days.reduce((n, d) => n + d.changes, 0)).toBe(all.total);
    },
  );
});

describe("history use-cases", () => {
  it("a change on the upstream shows in changes, history and trends after a sync, with from/to", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    const replaced: [string, CatalogSnapshot | undefined, CatalogSnapshot][] = [];
    c.events.on("snapshotReplaced", (account, previous, next) => replaced.push([account, previous, next]));
    await sync(c, "acme");
    expect(replaced).toHaveLength(1);
    expect(replaced[0]?.[1]).toBeUndefined();
    const baseline = await listChanges(c, demo, changesQuerySchema.parse({ account: "all" }));
    expect(baseline.total).toBe(0);

    const target = sim.dataset.accounts
      .find((a) => a.id === "acme")
      ?.templates.find((t) => t.status === "APPROVED");
    const id = String(target?.id);
    const before = String(target?.quality_score?.score ?? "").toUpperCase() || null;
    await patchSim("acme", id, { status: "PAUSED", quality_score: "RED" });
    await sync(c, "acme");
    expect(replaced).toHaveLength(2);
    expect(replaced[1]?.[1]).toBe(replaced[0]?.[2]);

    const changes = await listChanges(c, demo, changesQuerySchema.parse({ account: "acme" }));
    const kinds = changes.items.filter((e) => e.templateId === id).map((e) => [e.kind, e.from, e.to]);
    expect(kinds).toContainEqual(["status_changed", "APPROVED", "PAUSED"]);
    if (before !== "RED") expect(kinds).toContainEqual(["quality_changed", before, "RED"]);
    expect(changes.items[0]?.previousObservedAt).toBe(replaced[0]?.[2].fetchedAt);

    const filtered = await listChanges(
      c,
      demo,
      changesQuerySchema.parse({ account: "acme", kind: "status_changed" }),
    );
    expect(filtered.items.every((e) => e.kind === "status_changed")).toBe(true);
    await expect(
      listChanges(c, alice, changesQuerySchema.parse({ account: "globex" })),
    ).rejects.toBeInstanceOf(ApiProblem);

    const history = await templateHistory(c, demo, { id, account: "all" });
    expect(history.events.length).toBeGreaterThan(0);
    expect(history.quality.at(-1)).toMatchObject({ score: "RED", to: null });
    await expect(templateHistory(c, demo, { id: "999999999", account: "acme" })).rejects.toMatchObject({
      status: 404,
    });

    const t = await trends(c, demo, trendsQuerySchema.parse({ account: "acme", days: "7" }));
    expect(t.days).toHaveLength(1);
    expect(t.days[0]?.status.PAUSED).toBeGreaterThanOrEqual(1);
  });

  it("the list carries each row's last change, filters and sorts by it", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    await sync(c, "acme");
    const templates = sim.dataset.accounts.find((a) => a.id === "acme")?.templates ?? [];
    const id = String(templates[3]?.id);
    const other = String(templates[4]?.id);
    const before = await listTemplates(
      c,
      demo,
      templateListQuerySchema.parse({ account: "acme", changed: "24h" }),
    );
    expect(before.total).toBe(0);
    expect(before.facets.changed).toEqual({ "24h": 0, "7d": 0, "30d": 0 });
    await patchSim("acme", id, { status: "PAUSED", category: "UTILITY_X" });
    await patchSim("acme", other, { category: "UTILITY_Y" });
    await sync(c, "acme");
    const list = await listTemplates(
      c,
      demo,
      templateListQuerySchema.parse({ account: "acme", changed: "24h", sort: "-lastChange" }),
    );
    expect(list.total).toBe(2);
    expect(list.facets.changed).toEqual({ "24h": 2, "7d": 2, "30d": 2 });
    const row = list.items.find((i) => i.id === id);
    // two changes in one walk: the status change is shown, the other counted
    expect(row?.lastChange).toMatchObject({ kind: "status_changed", to: "PAUSED", more: 1 });
    expect(list.items.find((i) => i.id === other)?.lastChange).toMatchObject({
      kind: "category_changed",
      more: 0,
    });
    const all = await listTemplates(
      c,
      demo,
      templateListQuerySchema.parse({ account: "all", changed: "7d" }),
    );
    expect(
      all.items
        .filter((i) => i.lastChange)
        .map((i) => i.id)
        .sort(),
    ).toEqual([id, other].sort());
    expect(await c.history?.countChangesSince(["acme"], 0)).toBe(3);
    // The CSV export holds what the table lists: the same window, the same order.
    const csv = await exportTemplates(c, demo, {
      ...templateTableFilterSchema.parse({ account: "acme", changed: "24h", sort: "-lastChange" }),
      locale: "en",
    });
    const names = list.items.map((i) => i.name);
    const rowsOfCsv = (text: string) => parseCsv(text.replace(/^\uFEFF/, "").trim()).slice(1);
    const exported = rowsOfCsv(csv.csv);
    expect(exported).toHaveLength(2);
    expect(exported.map((cells, k) => cells.includes(names[k] as string))).toEqual([true, true]);
    // a custom window of UTC days: the day the change was recorded, and a day long before
    const day = new Date(row?.lastChange?.observedAt as number).toISOString().slice(0, 10);
    const custom = await exportTemplates(c, demo, {
      ...templateTableFilterSchema.parse({ account: "acme", changed: "custom", since: day, until: day }),
      locale: "en",
    });
    expect(rowsOfCsv(custom.csv)).toHaveLength(2);
    const earlier = await exportTemplates(c, demo, {
      ...templateTableFilterSchema.parse({ account: "acme", changed: "custom", until: "2020-01-01" }),
      locale: "en",
    });
    expect(rowsOfCsv(earlier.csv)).toHaveLength(0);
  });

  it("since your last visit: a visit keeps the marker within a visit, a long pause moves it, seen clears it", async () => {
    const db = tempSqlite();
    let clock = Date.now();
    const c = await build(db, simFetch(), () => clock);
    open.push({ container: c, db });
    await sync(c, "acme");
    expect(await lastVisit(c, alice)).toEqual({ seenAt: null, changes: 0 });
    const first = await lastVisit(c, alice, "visit");
    expect(first).toEqual({ seenAt: clock, changes: 0 });
    const id = String(sim.dataset.accounts.find((a) => a.id === "acme")?.templates[6]?.id);
    clock += 60_000;
    await patchSim("acme", id, { quality_score: { score: "RED" } });
    await sync(c, "acme");
    clock += 60_000;
    // a reload within the visit: the change is still new
    expect(await lastVisit(c, alice, "visit")).toEqual({ seenAt: first.seenAt, changes: 1 });
    // alice sees only acme; demo's count covers every account but demo never visited
    expect(await lastVisit(c, demo)).toEqual({ seenAt: null, changes: 0 });
    const seen = await lastVisit(c, alice, "seen");
    expect(seen).toEqual({ seenAt: clock, changes: 0 });
    // back after a long pause: what came before the previous visit is seen
    clock += 2 * 3_600_000;
    expect((await lastVisit(c, alice, "visit")).seenAt).toBe(seen.seenAt);
  });

  it("the history carries both content versions of a content change, for the diff", async () => {
    const db = tempSqlite();
    const c = await build(db);
    open.push({ container: c, db });
    await sync(c, "acme");
    const template = sim.dataset.accounts.find((a) => a.id === "acme")?.templates[7];
    const id = String(template?.id);
    await patchSim("acme", id, { components: [{ type: "BODY", text: "Hello there, new body" }] });
    await sync(c, "acme");
    const history = await templateHistory(c, demo, { id, account: "acme" });
    const change = history.events.find((e) => e.kind === "content_changed");
    expect(change).toBeDefined();
    expect(history.versions?.[change?.from as string]).toEqual(
      JSON.parse(JSON.stringify(template?.components)),
    );
    expect(history.versions?.[change?.to as string]).toEqual([
      { type: "BODY", text: "Hello there, new body" },
    ]);
    expect(history.firstSeenAt).toBeTypeOf("number");
  });

  it("a restart serves the full table from the store before any upstream call, even with the upstream down", async () => {
    const db = tempSqlite();
    const first = await build(db);
    await sync(first, "globex");
    const expected = (await first.catalog.get("globex")).templates.map((t) => t.id);
    await first.catalog.whenIdle("globex");
    first.catalog.close();

    let calls = 0;
    // Two minutes later: the persisted snapshot is past its TTL (60 s).
    const later = () => Date.now() + 120_000;
    const restarted = await build(
      db,
      (account) => {
        const real = simFetch({ down: () => true })(account);
        return (args) => {
          calls += 1;
          return real(args);
        };
      },
      later,
    );
    open.push({ container: restarted, db });
    const list = await listTemplates(
      restarted,
      demo,
      templateListQuerySchema.parse({ account: "globex", pageSize: "100" }),
    );
    expect(list.total).toBe(expected.length);
    expect(list.catalog.complete).toBe(true);
    expect(list.catalog.fetchedAt).not.toBeNull();
    // The old snapshot is past its TTL: a background sync was started, and it fails…
    await restarted.catalog.whenIdle("globex");
    expect(calls).toBeGreaterThan(0);
    const after = await listTemplates(restarted, demo, templateListQuerySchema.parse({ account: "globex" }));
    // …and the full table is still served, stale, with the error.
    expect(after.total).toBe(expected.length);
    expect(after.catalog).toMatchObject({ complete: true, stale: true });
    expect(after.catalog.error).not.toBeNull();
  });
});

describe.skipIf(!pgUp && !process.env.CI)("on PostgreSQL", () => {
  it("the same container records a change and serves a restart from the store", async () => {
    const db = await tempPostgres();
    const c = await build(db);
    await sync(c, "acme");
    const id = String(sim.dataset.accounts.find((a) => a.id === "acme")?.templates[10]?.id);
    await patchSim("acme", id, { category: "MARKETING_PG" });
    await sync(c, "acme");
    const changes = await listChanges(c, demo, changesQuerySchema.parse({ account: "acme", q: id }));
    expect(changes.items.map((e) => [e.kind, e.to])).toContainEqual(["category_changed", "MARKETING_PG"]);
    c.catalog.close();
    const restarted = await build(db, () => () => new Promise(() => undefined));
    open.push({ container: restarted, db });
    const list = await listTemplates(restarted, demo, templateListQuerySchema.parse({ account: "acme" }));
    expect(list.catalog.complete).toBe(true);
    expect(list.total).toBe(sim.dataset.accounts.find((a) => a.id === "acme")?.templates.length);
  });
});
