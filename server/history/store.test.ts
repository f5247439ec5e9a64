import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeEvent } from "@/lib/history/contracts";
import type { Template } from "@/lib/nxcloud/schemas";
import { createDatabaseCatalogStore } from "@/server/catalog/database-store";
import type { CatalogSnapshot } from "@/server/catalog/store";
import { openDatabase } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrate";
import { MIGRATIONS } from "@/server/db/migration-list";
import { pgReachable, type TestDatabase, tempPostgres, tempSqlite } from "@/server/db/testing";
import { createHistoryStore } from "./store";

/**
 * The store suite, run against SQLite AND PostgreSQL. The PostgreSQL half may skip only outside CI
 * when no server answers at 127.0.0.1:5432; in CI (process.env.CI set) it fails instead.
 */
const pgUp = await pgReachable();
if (!pgUp && !process.env.CI) {
  console.warn(
    "\n⚠️  ⚠️  PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL half of the store suite is SKIPPED.\n" +
      "    Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n",
  );
}

const dialects: { name: string; open: () => Promise<TestDatabase>; skip: boolean }[] = [
  { name: "sqlite", open: async () => tempSqlite(), skip: false },
  { name: "postgres", open: () => tempPostgres(), skip: !pgUp && !process.env.CI },
];

const t = (id: string, over: Partial<Template> = {}): Template => ({
  id,
  name: `tpl_${id}`,
  language: "en_US",
  category: "UTILITY",
  status: "APPROVED",
  components: [{ type: "BODY", text: `body ${id}` }],
  quality_score: { score: "GREEN" },
  ...over,
});

let version = 0;
const snapshot = (templates: Template[], fetchedAt: number): CatalogSnapshot => ({
  templates,
  fetchedAt,
  pagesFetched: Math.max(1, Math.ceil(templates.length / 100)),
  pageSize: 100,
  version: ++version,
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12);

for (const dialect of dialects) {
  describe.skipIf(dialect.skip)(`store suite (${dialect.name})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await dialect.open();
      expect(await migrateToLatest(test.handle)).toEqual(Object.keys(MIGRATIONS));
    });
    afterAll(async () => {
      await test?.drop();
    });

    const storeWith = (
      recorded: { events: readonly ChangeEvent[]; rows: number }[] = [],
      onChangesRecorded?: Parameters<typeof createDatabaseCatalogStore>[0]["onChangesRecorded"],
    ) =>
      createDatabaseCatalogStore({
        db: test.handle.db,
        onChangesRecorded,
        onRecorded: (_account, events, rows) => recorded.push({ events, rows }),
      });

    it("migrations are idempotent", async () => {
      expect(await migrateToLatest(test.handle)).toEqual([]);
    });

    it("stores a baseline without events and serves it after a restart, in upstream order", async () => {
      const recorded: { events: readonly ChangeEvent[]; rows: number }[] = [];
      const store = storeWith(recorded);
      const templates = Array.from({ length: 250 }, (_, i) => t(String(1000 - i)));
      await store.set("acme", snapshot(templates, T0));
      expect(recorded[0]?.events).toEqual([]);
      const restarted = storeWith();
      const loaded = await restarted.get("acme");
      expect(loaded?.templates.map((x) => x.id)).toEqual(templates.map((x) => x.id));
      expect(loaded?.templates[3]).toEqual(templates[3]);
      expect(loaded?.fetchedAt).toBe(T0);
      expect(await restarted.get("nobody")).toBeUndefined();
    });

    it("keeps where each page of the walk sits across a restart, unless the rows moved", async () => {
      const store = storeWith();
      const templates = [t("p1"), t("p2"), t("p3")];
      const pageSpans = [
        { fingerprint: "page-1", start: 0, end: 2, skipped: 1 },
        { fingerprint: "page-2", start: 2, end: 3, skipped: 0 },
      ];
      await store.set("spans", { ...snapshot(templates, T0), pageSpans });
      expect((await storeWith().get("spans"))?.pageSpans).toEqual(pageSpans);
      // A row gone from under the order (e.g. deleted by hand): positions no longer hold.
      await test.handle.db
        .deleteFrom("catalog_templates")
        .where("account", "=", "spans")
        .where("template_id", "=", "p1")
        .execute();
      const moved = await storeWith().get("spans");
      expect(moved?.templates.map((x) => x.id)).toEqual(["p2", "p3"]);
      expect(moved?.pageSpans).toBeUndefined();
    });

    it("serves a snapshot whose stored page spans are unreadable, without them", async () => {
      const templates = [t("q1"), t("q2")];
      await storeWith().set("bad-spans", {
        ...snapshot(templates, T0),
        pageSpans: [{ fingerprint: "f", start: 0, end: 2, skipped: 0 }],
      });
      for (const broken of ["not json", '[{"fingerprint":1}]', '{"start":0}']) {
        await test.handle.db
          .updateTable("catalog_accounts")
          .set({ page_spans_json: broken })
          .where("account", "=", "bad-spans")
          .execute();
        const loaded = await storeWith().get("bad-spans");
        expect(
          loaded?.templates.map((x) => x.id),
          broken,
        ).toEqual(["q1", "q2"]);
        expect(loaded?.pageSpans, broken).toBeUndefined();
      }
    });

    it("writes O(1) rows for a sync without change and O(k) for k changes, with the events", async () => {
      const recorded: { events: readonly ChangeEvent[]; rows: number }[] = [];
      const store = storeWith(recorded);
      const base = Array.from({ length: 300 }, (_, i) => t(`n${i}`));
      await store.set("bulk", snapshot(base, T0));
      // New objects with the same content: no change.
      await store.set(
        "bulk",
        snapshot(
          base.map((x) => ({ ...x })),
          T0 + 60_000,
        ),
      );
      expect(recorded[1]).toEqual({ events: [], rows: 2 });
      const changed = base.map((x, i) => (i < 3 ? { ...x, status: "PAUSED" } : x));
      await store.set("bulk", snapshot(changed, T0 + 120_000));
      expect(recorded[2]?.events).toHaveLength(3);
      // 3 template rows + account + 3 events + roll-up.
      expect(recorded[2]?.rows).toBe(8);
      const history = createHistoryStore(test.handle.db);
      const { items, total } = await history.listChanges({ accounts: ["bulk"], page: 1, pageSize: 10 });
      expect(total).toBe(3);
      expect(items[0]).toMatchObject({
        kind: "status_changed",
        from: "APPROVED",
        to: "PAUSED",
        observedAt: T0 + 120_000,
        previousObservedAt: T0 + 60_000,
      });
    });

    it("records additions and removals, and the restarted store diffs against the persisted snapshot", async () => {
      const store = storeWith();
      await store.set("life", snapshot([t("a"), t("b")], T0));
      const restarted = storeWith();
      await restarted.get("life");
      await restarted.set("life", snapshot([t("a"), t("c", { status: "PENDING" })], T0 + DAY));
      const history = createHistoryStore(test.handle.db);
      const { items } = await history.listChanges({ accounts: ["life"], page: 1, pageSize: 10 });
      expect(items.map((e) => [e.templateId, e.kind, e.from, e.to]).sort()).toEqual([
        ["b", "removed", "APPROVED", null],
        ["c", "added", null, "PENDING"],
      ]);
      const again = storeWith();
      expect((await again.get("life"))?.templates.map((x) => x.id)).toEqual(["a", "c"]);
    });

    it("rolls the whole sync back when the in-transaction hook fails, keeping the previous snapshot", async () => {
      const store = storeWith();
      await store.set("tx", snapshot([t("1")], T0));
      const failing = storeWith([], async (trx, events) => {
        expect(events).toHaveLength(1);
        // Writes inside the transaction are visible to it…
        const row = await trx
          .selectFrom("change_events")
          .select("id")
          .where("account", "=", "tx")
          .executeTakeFirst();
        expect(row).toBeDefined();
        throw new Error("outbox down");
      });
      await failing.get("tx");
      await expect(failing.set("tx", snapshot([t("1", { status: "DISABLED" })], T0 + 1000))).rejects.toThrow(
        "outbox down",
      );
      // …and gone after the rollback.
      const history = createHistoryStore(test.handle.db);
      expect((await history.listChanges({ accounts: ["tx"], page: 1, pageSize: 10 })).total).toBe(0);
      expect((await storeWith().get("tx"))?.templates[0]?.status).toBe("APPROVED");
    });

    it("stores the same diff once (idempotent event ids)", async () => {
      const store = storeWith();
      await store.set("idem", snapshot([t("1")], T0));
      const next = snapshot([t("1", { quality_score: { score: "RED" } })], T0 + 5000);
      await store.set("idem", next);
      // Replay the same observation from the old state (a retried sync).
      const replay = storeWith();
      await replay.get("idem");
      await replay.set("idem", snapshot([t("1")], T0));
      await replay.set("idem", next);
      const history = createHistoryStore(test.handle.db);
      const { items } = await history.listChanges({
        accounts: ["idem"],
        kinds: ["quality_changed"],
        page: 1,
        pageSize: 10,
      });
      expect(items.filter((e) => e.observedAt === T0 + 5000)).toHaveLength(1);
    });

    it("filters the change log by kind, window, text and paginates newest first", async () => {
      const store = storeWith();
      const base = [t("x1", { name: "order_update" }), t("x2", { name: "promo_50%_off" }), t("x3")];
      await store.set("log", snapshot(base, T0));
      for (let i = 1; i <= 5; i++) {
        await store.set(
          "log",
          snapshot(
            base.map((x) => ({ ...x, quality_score: { score: i % 2 ? "YELLOW" : "GREEN" } })),
            T0 + i * DAY,
          ),
        );
      }
      const history = createHistoryStore(test.handle.db);
      const all = await history.listChanges({ accounts: ["log"], page: 1, pageSize: 4 });
      expect(all.total).toBe(15);
      expect(all.items).toHaveLength(4);
      expect(all.items[0]?.observedAt).toBe(T0 + 5 * DAY);
      const page4 = await history.listChanges({ accounts: ["log"], page: 4, pageSize: 4 });
      expect(page4.items).toHaveLength(3);
      const window = await history.listChanges({
        accounts: ["log"],
        since: T0 + 2 * DAY,
        until: T0 + 3 * DAY,
        page: 1,
        pageSize: 50,
      });
      expect(window.total).toBe(6);
      const text = await history.listChanges({ accounts: ["log"], q: "ORDER", page: 1, pageSize: 50 });
      expect(text.total).toBe(5);
      expect(text.items.every((e) => e.name === "order_update")).toBe(true);
      // % is a character, not a wildcard.
      const literal = await history.listChanges({ accounts: ["log"], q: "50%_", page: 1, pageSize: 50 });
      expect(literal.total).toBe(5);
      const none = await history.listChanges({
        accounts: ["log"],
        kinds: ["removed"],
        page: 1,
        pageSize: 50,
      });
      expect(none.total).toBe(0);
      const other = await history.listChanges({ accounts: ["elsewhere"], page: 1, pageSize: 50 });
      expect(other.total).toBe(0);
      const events = await history.templateEvents("log", "x1");
      expect(events).toHaveLength(5);
      expect(await history.templateNow("log", "x1")).toEqual({ firstSeenAt: T0, quality: "YELLOW" });
      expect(await history.templateNow("log", "nope")).toBeNull();
    });

    it("shows each event with its template's current category, and none once the template is gone", async () => {
      const store = storeWith();
      await store.set("cat", snapshot([t("c1"), t("c2")], T0));
      await store.set(
        "cat",
        snapshot([t("c1", { status: "PAUSED" }), t("c2", { status: "PAUSED" })], T0 + DAY),
      );
      // c1 is recategorised since; c2 disappears (the log does not store categories).
      await store.set("cat", snapshot([t("c1", { status: "PAUSED", category: "MARKETING" })], T0 + 2 * DAY));
      const history = createHistoryStore(test.handle.db);
      const paused = await history.listChanges({
        accounts: ["cat"],
        kinds: ["status_changed"],
        page: 1,
        pageSize: 50,
      });
      const categoryOf = Object.fromEntries(paused.items.map((e) => [e.templateId, e.category]));
      expect(categoryOf).toEqual({ c1: "MARKETING", c2: undefined });
      const marketing = await history.listChanges({
        accounts: ["cat"],
        categories: ["MARKETING"],
        page: 1,
        pageSize: 50,
      });
      expect(marketing.items.every((e) => e.templateId === "c1")).toBe(true);
    });

    it("keeps one roll-up per account and day, records sync runs and prunes old history", async () => {
      const store = storeWith();
      await store.set("roll", snapshot([t("1"), t("2", { status: "REJECTED" })], T0));
      await store.set("roll", snapshot([t("1"), t("2")], T0 + 1000));
      await store.set("roll", snapshot([t("1")], T0 + DAY));
      const history = createHistoryStore(test.handle.db);
      const rollups = await history.rollups(["roll"], "2026-01-01");
      expect(rollups.map((r) => [r.day, r.counts.total, r.counts.status])).toEqual([
        ["2026-01-10", 2, { APPROVED: 2 }],
        ["2026-01-11", 1, { APPROVED: 1 }],
      ]);
      await history.recordSyncRun({
        id: "run-1",
        account: "roll",
        startedAt: T0,
        finishedAt: T0 + 10,
        pages: 1,
        templates: 2,
        outcome: "failed",
        errorCode: "nxcloud_timeout",
        errorMessage: "timeout",
        changes: 0,
      });
      expect((await history.recentSyncRuns("roll", 5))[0]).toMatchObject({ id: "run-1", outcome: "failed" });
      const deleted = await history.prune(1, T0 + DAY + DAY / 2);
      expect(deleted).toBeGreaterThan(0);
      expect((await history.rollups(["roll"], "2026-01-01")).map((r) => r.day)).toEqual(["2026-01-11"]);
      expect(await history.recentSyncRuns("roll", 5)).toEqual([]);
      const left = await history.listChanges({ accounts: ["roll"], page: 1, pageSize: 50 });
      expect(left.items.every((e) => e.observedAt >= T0 + DAY / 2)).toBe(true);
    });
  });
}

describe.skipIf(!pgUp && !process.env.CI)("migrations on PostgreSQL", () => {
  it("are safe when two instances start together", async () => {
    const test = await tempPostgres();
    try {
      // A second pool on the same database, as a second instance would have.
      const second = openDatabase({ databaseUrl: test.handle.location });
      const [a, b] = await Promise.all([migrateToLatest(test.handle), migrateToLatest(second)]);
      // Every migration applied exactly once between the two.
      expect([...a, ...b].sort()).toEqual(Object.keys(MIGRATIONS).sort());
      await second.close();
    } finally {
      await test.drop();
    }
  });
});
