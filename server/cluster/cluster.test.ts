import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LoginThrottle } from "@/lib/auth/throttle";
import type { AccountConfig } from "@/lib/config/env-schema";
import type { Template, TemplatePage } from "@/lib/nxcloud/schemas";
import type { FetchPage } from "@/server/catalog/walker";
import { type Container, createContainer } from "@/server/container";
import { type DatabaseHandle, openDatabase } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrate";
import { pgReachable, type TestDatabase, tempPostgres } from "@/server/db/testing";
import { LOCK_CLASS } from "./coordinator";
import { createPgRefreshGate, createPgRevocationStore, pgCounterStore } from "./shared-security";

/**
 * Several instances on one PostgreSQL (issue 14), against a real server: two containers on one
 * uniquely named database and one fake upstream that counts walks. Skips only outside CI when no
 * PostgreSQL answers.
 */
const pgUp = await pgReachable();
const skip = !pgUp && !process.env.CI;

const accounts: AccountConfig[] = [
  { id: "acme", label: "Acme", appkey: "k1", business_phone: "8613800000001" },
  { id: "globex", label: "Globex", appkey: "k2", business_phone: "8613800000002" },
];

const t = (id: string, over: Partial<Template> = {}): Template => ({
  id,
  name: `tpl_${id}`,
  language: "en_US",
  category: "UTILITY",
  status: "APPROVED",
  components: [{ type: "BODY", text: `body ${id}` }],
  ...over,
});

/**
 * An upstream of 250 templates per account, 100 per page; `walks` counts first pages.
 * `beforeLaterPage` holds every page after the first (a slow first walk).
 */
function fakeUpstream(beforeLaterPage?: () => Promise<void>) {
  const data = new Map(accounts.map((a) => [a.id, Array.from({ length: 250 }, (_, i) => t(`${a.id}-${i}`))]));
  const walks = new Map<string, number>();
  const fetchPageFor =
    (account: AccountConfig): FetchPage =>
    async ({ after, limit }) => {
      const rows = data.get(account.id) ?? [];
      if (after === undefined) walks.set(account.id, (walks.get(account.id) ?? 0) + 1);
      const start = after ? Number(after) : 0;
      const end = start + limit;
      await new Promise((r) => setTimeout(r, 5));
      if (after !== undefined) await beforeLaterPage?.();
      const page: TemplatePage = {
        data: rows.slice(start, end),
        paging: end < rows.length ? { cursors: { after: String(end) }, next: `x?after=${end}` } : null,
      };
      return page;
    };
  return { data, walks, fetchPageFor, total: () => [...walks.values()].reduce((a, b) => a + b, 0) };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(skip)("several instances on one PostgreSQL", () => {
  let test: TestDatabase;
  let url: string;
  const open: Container[] = [];
  const handles: DatabaseHandle[] = [];

  beforeAll(async () => {
    test = await tempPostgres();
    url = test.handle.connectionString as string;
    await migrateToLatest(test.handle);
  });
  afterEach(async () => {
    for (const c of open.splice(0)) await c.close();
  });
  afterAll(async () => {
    for (const h of handles) await h.close().catch(() => undefined);
    await test?.drop();
  });

  async function instance(upstream: ReturnType<typeof fakeUpstream>, instanceId: string) {
    const database = openDatabase({ databaseUrl: url, poolSize: 3 });
    const c = await createContainer({
      accounts,
      fetchPageFor: upstream.fetchPageFor,
      database,
      pageSize: 100,
      ttlMs: 3_600_000,
      syncIntervalMs: 60_000,
      cluster: { instanceId, versionCheckMs: 500, pollMs: 100 },
    });
    open.push(c);
    return c;
  }

  it("elects one leader per account, syncs once, and every instance serves the commit", async () => {
    await test.handle.db.deleteFrom("catalog_templates").execute();
    await test.handle.db.deleteFrom("catalog_accounts").execute();
    await test.handle.db.deleteFrom("change_events").execute();
    const upstream = fakeUpstream();
    const a = await instance(upstream, "a");
    const b = await instance(upstream, "b");
    expect(a.cluster?.role("acme")).toBe("leader");
    expect(b.cluster?.role("acme")).toBe("follower");

    // Both schedulers tick: only the leader walks.
    await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce()]);
    expect(Object.fromEntries(upstream.walks)).toEqual({ acme: 1, globex: 1 });

    // The follower serves the leader's commit (notification or version poll), complete.
    const seenOnB = await until(
      () => b.catalog.get("acme"),
      (v) => v.state.complete && v.templates.length === 250,
    );
    expect(seenOnB.version).toBe((await a.catalog.get("acme")).version);

    await until(
      () => b.catalog.get("globex"),
      (v) => v.state.complete && v.templates.length === 250,
    );

    // A change upstream, synced by the leader: recorded once, served by both, announced on B.
    const replacedOnB: number[] = [];
    b.events.on("snapshotReplaced", (account, _p, next) => {
      if (account === "globex") replacedOnB.push(next.templates.length);
    });
    upstream.data.get("globex")?.push(t("globex-new"));
    await Promise.all([a.scheduler.runOnce("globex"), b.scheduler.runOnce("globex")]);
    expect(upstream.walks.get("globex")).toBe(2);
    await until(
      () => b.catalog.get("globex"),
      (v) => v.templates.length === 251,
    );
    expect(replacedOnB).toEqual([251]);
    const added = await test.handle.db
      .selectFrom("change_events")
      .selectAll()
      .where("template_id", "=", "globex-new")
      .execute();
    expect(added).toHaveLength(1);
    // The run is recorded after the walk ends (not in its transaction): wait for it, then count.
    const runs = await until(
      () =>
        test.handle.db.selectFrom("sync_runs").select("account").where("account", "=", "globex").execute(),
      (rows) => rows.length >= 2,
    );
    expect(runs).toHaveLength(2);

    // Refresh on the follower: the leader walks once more, the follower adopts its commit.
    upstream.data.get("acme")?.push(t("acme-new"));
    await b.catalog.refresh("acme");
    await b.catalog.whenIdle("acme");
    expect(upstream.walks.get("acme")).toBe(2);
    expect((await b.catalog.get("acme")).templates).toHaveLength(251);
  });

  it("a follower asking for a cold account shows the leader's progress, then its commit; the survivor takes over", async () => {
    await test.handle.db.deleteFrom("catalog_templates").execute();
    await test.handle.db.deleteFrom("catalog_accounts").execute();
    let release!: () => void;
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const upstream = fakeUpstream(() => slow);
    const a = await instance(upstream, "a2");
    const b = await instance(upstream, "b2");
    // The first page is read, the second hangs: both answer with the same progress and no rows.
    // (B may first answer with the zero progress A writes when its walk starts.)
    const onA = await a.catalog.get("acme");
    const onB = await until(
      () => b.catalog.get("acme"),
      (v) => v.state.pagesFetched === 1,
    );
    for (const view of [onA, onB]) {
      expect(view.templates).toEqual([]);
      expect(view.state).toMatchObject({
        complete: false,
        pagesFetched: 1,
        templatesFetched: 100,
        rowsPending: true,
        refreshing: true,
      });
    }
    release();
    await a.catalog.whenIdle("acme");
    await b.catalog.whenIdle("acme");
    expect(upstream.walks.get("acme")).toBe(1);
    const [doneA, doneB] = [await a.catalog.get("acme"), await b.catalog.get("acme")];
    expect(doneB.templates).toHaveLength(250);
    expect(doneB.version).toBe(doneA.version);
    expect(doneB.state).toEqual(doneA.state);
    // Nothing left behind for a late follower: the commit cleared the progress.
    expect(await test.handle.db.selectFrom("catalog_walk_progress").selectAll().execute()).toEqual([]);

    // The leader stops (graceful: locks released): the next tick on B walks.
    const index = open.indexOf(a);
    open.splice(index, 1);
    await a.close();
    await b.scheduler.runOnce("acme");
    expect(upstream.walks.get("acme")).toBe(2);
    expect(b.cluster?.role("acme")).toBe("leader");
  });

  it("a crashed leader's lock is released with its connection", async () => {
    const upstream = fakeUpstream();
    // A leader in another process: its session holds acme's lock.
    const crashed = new pg.Client({ connectionString: url });
    crashed.on("error", () => undefined);
    await crashed.connect();
    await crashed.query("select pg_advisory_lock($1, hashtext($2))", [LOCK_CLASS, "acme"]);
    const c = await instance(upstream, "c3");
    expect(c.cluster?.role("acme")).toBe("follower");
    await c.scheduler.runOnce("acme");
    expect(upstream.walks.get("acme")).toBeUndefined();
    // The process dies without unlocking: the socket just closes.
    (crashed as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await until(
      async () => {
        await c.scheduler.runOnce("acme");
        return c.cluster?.role("acme");
      },
      (role) => role === "leader",
    );
    expect(upstream.walks.get("acme")).toBe(1);
  });

  it("survives PostgreSQL dropping its connections: reconnects, then leads again at the next tick", async () => {
    const upstream = fakeUpstream();
    const c = await instance(upstream, "d4");
    expect(c.cluster?.role("acme")).toBe("leader");
    const crashes: unknown[] = [];
    const onCrash = (e: unknown) => crashes.push(e);
    process.on("uncaughtException", onCrash);
    try {
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [name],
      );
      await admin.end();
      // The session (and its locks) is gone: no longer leader until the next successful attempt.
      await until(
        async () => c.cluster?.role("acme"),
        (role) => role === "follower",
      );
      await until(
        async () => c.cluster?.connected(),
        (connected) => connected === true,
      );
      await c.scheduler.runOnce("acme");
      expect(c.cluster?.role("acme")).toBe("leader");
      expect(upstream.walks.get("acme")).toBe(1);
      expect(crashes).toEqual([]);
    } finally {
      process.off("uncaughtException", onCrash);
    }
  });

  it("shares revocations, the refresh debounce and the sign-in budget", async () => {
    const db1 = openDatabase({ databaseUrl: url, poolSize: 2 });
    const db2 = openDatabase({ databaseUrl: url, poolSize: 2 });
    handles.push(db1, db2);
    const now = Date.now();

    const r1 = createPgRevocationStore(db1.db);
    const r2 = createPgRevocationStore(db2.db);
    await r1.revoke("sid-1", now + 60_000, now);
    expect(await r2.isRevoked("sid-1", now)).toBe(true);
    expect(await r2.isRevoked("sid-2", now)).toBe(false);
    // Never shortened; ends at `until`.
    await r2.revoke("sid-1", now + 1_000, now);
    expect(await r1.isRevoked("sid-1", now + 30_000)).toBe(true);
    expect(await r1.isRevoked("sid-1", now + 60_000)).toBe(false);

    let clock = 1_000_000;
    const g1 = createPgRefreshGate(db1.db, 3_000, () => clock);
    const g2 = createPgRefreshGate(db2.db, 3_000, () => clock);
    expect(await g1.tryPass("acme")).toBe(true);
    expect(await g2.tryPass("acme")).toBe(false);
    expect(await g2.tryPass("globex")).toBe(true);
    clock += 3_000;
    expect(await g2.tryPass("acme")).toBe(true);

    const options = { maxPerUser: 3, maxPerIp: 100 };
    const t1 = new LoginThrottle({ ...options, store: pgCounterStore(db1.pool as pg.Pool) });
    const t2 = new LoginThrottle({ ...options, store: pgCounterStore(db2.pool as pg.Pool) });
    const name = `user-${now}`;
    expect(await t1.fail(name, "10.0.0.1")).toEqual({ allowed: true });
    expect(await t2.fail(name, "10.0.0.1")).toEqual({ allowed: true });
    // The third failure — on either instance — locks the pair on both.
    expect((await t1.fail(name, "10.0.0.1")).allowed).toBe(false);
    expect((await t2.check(name, "10.0.0.1")).allowed).toBe(false);
  });
});
