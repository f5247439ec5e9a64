import { describe, expect, it } from "vitest";
import { createCircuitBreaker } from "@/lib/nxcloud/circuit-breaker";
import type { Template, TemplatePage } from "@/lib/nxcloud/schemas";
import type { CatalogState } from "@/lib/templates/list-contract";
import { minimalTemplate } from "@/lib/testing/templates";
import { type CatalogWalkReport, combineCatalogStates, createCatalog, toApiError } from "./cache";
import { type CatalogStore, createMemoryCatalogStore, type WalkProgress } from "./store";
import { CatalogWalkError, cursorFromNextUrl, type FetchPage } from "./walker";

// --- fakes ---------------------------------------------------------------------------------------

interface Call {
  args: Parameters<FetchPage>[0];
  resolve: (page: TemplatePage) => void;
  reject: (error: unknown) => void;
}

/** A FetchPage whose every call waits until the test resolves or rejects it. */
function controlledUpstream() {
  const calls: Call[] = [];
  const fetchPage: FetchPage = (args) =>
    new Promise<TemplatePage>((resolve, reject) => {
      calls.push({ args, resolve, reject });
    });
  return { calls, fetchPage };
}

const template = (id: string): Template => minimalTemplate(id);

/** Page `n` (1-based) of `of`, `size` templates each, ids prefixed with `tag`. */
function page(n: number, of: number, size = 2, tag = "a"): TemplatePage {
  return {
    data: Array.from({ length: size }, (_, i) => template(`${tag}${n}-${i}`)),
    paging:
      n < of
        ? {
            cursors: { before: `b${n}`, after: `c${n}` },
            next: `https://graph.facebook.com/v21.0/1/message_templates?limit=${size}&after=c${n}`,
          }
        : { cursors: { before: `b${n}`, after: `c${n}` } },
  };
}

/** Lets queued promise callbacks and timers-free async chains run. */
async function settle() {
  for (let i = 0; i < 10; i++) await new Promise<void>((r) => setImmediate(r));
}

function setup(
  options: {
    ttlMs?: number;
    maxPages?: number;
    errorRetryMs?: number;
    breaker?: ReturnType<typeof createCircuitBreaker>;
    retriesPerWalk?: number;
    store?: CatalogStore;
    rowsDuringFirstWalk?: boolean;
    onFirstWalkProgress?: (account: string, progress: WalkProgress) => Promise<void> | void;
  } = {},
) {
  const upstream = controlledUpstream();
  const clock = { t: 1_000_000 };
  const reports: CatalogWalkReport[] = [];
  const catalog = createCatalog({
    fetchPageFor: () => upstream.fetchPage,
    now: () => clock.t,
    onWalkEnd: (r) => reports.push(r),
    ...options,
  });
  return { catalog, calls: upstream.calls, clock, reports };
}

/** Answers the pending call `index` with page n of `of` and lets the walk go on. */
async function answer(calls: Call[], index: number, p: TemplatePage) {
  const call = calls[index];
  if (!call) throw new Error(`no call #${index} (have ${calls.length})`);
  call.resolve(p);
  await settle();
}

async function completeWalk(calls: Call[], from: number, pages: number, tag = "a") {
  for (let n = 1; n <= pages; n++) await answer(calls, from + n - 1, page(n, pages, 2, tag));
}

// --- tests ---------------------------------------------------------------------------------------

describe("catalog: single-flight and progress", () => {
  it("coalesces 50 concurrent gets into one walk and serves the first page", async () => {
    const { catalog, calls } = setup();
    const views = Array.from({ length: 50 }, () => catalog.get("acme"));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).toMatchObject({ limit: 100 });
    expect(calls[0]?.args.after).toBeUndefined();

    await answer(calls, 0, page(1, 3));
    const answered = await Promise.all(views);
    for (const v of answered) {
      expect(v.templates.map((t) => t.id)).toEqual(["a1-0", "a1-1"]);
      expect(v.state).toMatchObject({
        complete: false,
        pagesFetched: 1,
        templatesFetched: 2,
        refreshing: true,
      });
    }
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args).toMatchObject({ after: "c1", limit: 100 });
  });

  it("answers progressively while the first walk runs, then completes", async () => {
    const { catalog, calls, clock } = setup();
    const first = catalog.get("acme");
    await settle();
    await answer(calls, 0, page(1, 3));
    expect((await first).state.complete).toBe(false);

    await answer(calls, 1, page(2, 3));
    const mid = await catalog.get("acme");
    expect(mid.templates).toHaveLength(4);
    expect(mid.state).toMatchObject({
      complete: false,
      pagesFetched: 2,
      templatesFetched: 4,
      fetchedAt: null,
    });
    expect(calls).toHaveLength(3);

    clock.t += 500;
    await answer(calls, 2, page(3, 3));
    const done = await catalog.get("acme");
    expect(done.templates.map((t) => t.id)).toEqual(["a1-0", "a1-1", "a2-0", "a2-1", "a3-0", "a3-1"]);
    expect(done.state).toEqual({
      complete: true,
      pagesFetched: 3,
      templatesFetched: 6,
      templatesIncomplete: 0,
      templatesSkipped: 0,
      fetchedAt: clock.t,
      stale: false,
      refreshing: false,
      error: null,
    } satisfies CatalogState);
    expect(done.version).not.toBe(mid.version);
    // fresh: no new walk
    await catalog.get("acme");
    await settle();
    expect(calls).toHaveLength(3);
  });

  it("counts skipped templates over the pages and the incomplete ones in the snapshot", async () => {
    const { catalog, calls } = setup();
    const first = catalog.get("acme");
    await settle();
    const p1 = page(1, 2);
    const marked = {
      ...p1.data[0],
      console_read: { issues: [{ path: "status", problem: "missing" }], raw: {} },
    };
    await answer(calls, 0, {
      ...p1,
      data: [marked as (typeof p1.data)[number], ...p1.data.slice(1)],
      skipped: 2,
    });
    await first;
    const mid = await catalog.get("acme");
    expect(mid.state).toMatchObject({ complete: false, templatesSkipped: 2, templatesIncomplete: 1 });
    await answer(calls, 1, { ...page(2, 2), skipped: 1 });
    await catalog.whenIdle("acme");
    const done = await catalog.get("acme");
    expect(done.state).toMatchObject({
      complete: true,
      templatesFetched: 4,
      templatesSkipped: 3,
      templatesIncomplete: 1,
    });
  });

  it("keeps accounts apart", async () => {
    const { catalog, calls } = setup();
    void catalog.get("a");
    void catalog.get("b");
    await settle();
    expect(calls).toHaveLength(2);
  });

  it("continues past an empty page that still has a next link", async () => {
    const { catalog, calls } = setup();
    const view = catalog.get("acme");
    await settle();
    await answer(calls, 0, { data: [], paging: { cursors: { after: "c1" }, next: "https://x/?after=c1" } });
    const v = await view;
    expect(v.state).toMatchObject({ complete: false, pagesFetched: 1, templatesFetched: 0 });
    expect(calls[1]?.args.after).toBe("c1");
    await answer(calls, 1, page(2, 2));
    expect((await catalog.get("acme")).state).toMatchObject({
      complete: true,
      pagesFetched: 2,
      templatesFetched: 2,
    });
  });

  it("takes the cursor from the next URL when cursors are missing", async () => {
    expect(
      cursorFromNextUrl("https://graph.facebook.com/v21.0/1/message_templates?limit=20&after=QVFI"),
    ).toBe("QVFI");
    expect(cursorFromNextUrl("not a url")).toBeUndefined();
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await answer(calls, 0, { data: [template("x")], paging: { next: "https://g/x?after=zz" } });
    expect(calls[1]?.args.after).toBe("zz");
  });

  it("drops templates repeated across pages", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await answer(calls, 0, {
      data: [template("1"), template("2")],
      paging: { cursors: { after: "c1" }, next: "n" },
    });
    await answer(calls, 1, { data: [template("2"), template("3")], paging: { cursors: { after: "c2" } } });
    expect((await catalog.get("acme")).templates.map((t) => t.id)).toEqual(["1", "2", "3"]);
  });
});

describe("catalog: TTL and refresh", () => {
  it("serves the stale snapshot while one background walk refreshes it, then swaps", async () => {
    const { catalog, calls, clock } = setup({ ttlMs: 60_000 });
    void catalog.get("acme");
    await settle();
    await completeWalk(calls, 0, 2, "old");
    const fresh = await catalog.get("acme");
    expect(fresh.state.stale).toBe(false);

    clock.t += 60_000;
    const stale = await catalog.get("acme");
    expect(stale.templates).toBe(fresh.templates);
    expect(stale.state).toMatchObject({ complete: true, stale: true, refreshing: true, pagesFetched: 2 });
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls[2]?.args.after).toBeUndefined();

    // More stale readers: still one walk
    await Promise.all(Array.from({ length: 20 }, () => catalog.get("acme")));
    await settle();
    expect(calls).toHaveLength(3);

    // Half-way through the refresh, readers still get the old complete snapshot, not the partial one
    await answer(calls, 2, page(1, 2, 2, "new"));
    const during = await catalog.get("acme");
    expect(during.templates).toBe(fresh.templates);
    expect(during.state).toMatchObject({ complete: true, refreshing: true, stale: true });

    await answer(calls, 3, page(2, 2, 2, "new"));
    const after = await catalog.get("acme");
    expect(after.templates.map((t) => t.id)).toEqual(["new1-0", "new1-1", "new2-0", "new2-1"]);
    expect(after.state).toMatchObject({
      complete: true,
      stale: false,
      refreshing: false,
      fetchedAt: clock.t,
    });
    expect(after.version).not.toBe(fresh.version);
    expect(await catalog.getVersion("acme")).toBe(after.version);
  });

  it("keeps the last good snapshot, marked stale with the error, when a refresh fails", async () => {
    const { catalog, calls, clock, reports } = setup({ ttlMs: 1000, errorRetryMs: 5000 });
    void catalog.get("acme");
    await settle();
    await completeWalk(calls, 0, 1);
    const good = await catalog.get("acme");

    clock.t += 1000;
    await catalog.get("acme"); // starts the refresh
    await settle();
    const upstreamError = Object.assign(new Error("boom"), {
      code: "upstream_timeout",
      toApiError: () => ({
        code: "upstream_timeout",
        message: "slow",
        messageKey: "upstream_timeout",
        retryable: true,
      }),
    });
    calls[1]?.reject(upstreamError);
    await settle();

    const v = await catalog.get("acme");
    expect(v.templates).toBe(good.templates);
    expect(v.state).toMatchObject({
      complete: true,
      stale: true,
      refreshing: false,
      error: { code: "upstream_timeout", message: "slow", messageKey: "upstream_timeout", retryable: true },
    });
    expect(reports.at(-1)).toMatchObject({ ok: false, error: { code: "upstream_timeout" } });
    // no hammering: within errorRetryMs no new walk
    await settle();
    expect(calls).toHaveLength(2);

    // after the pause, the next get retries in the background; success clears the error
    clock.t += 5000;
    const retrying = await catalog.get("acme");
    expect(retrying.state).toMatchObject({
      refreshing: true,
      stale: true,
      error: { code: "upstream_timeout" },
    });
    await settle();
    expect(calls).toHaveLength(3);
    await answer(calls, 2, page(1, 1, 3, "b"));
    expect((await catalog.get("acme")).state).toMatchObject({
      stale: false,
      error: null,
      templatesFetched: 3,
    });
  });

  it("does not keep the partial rows of a failed refresh beside the snapshot", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await completeWalk(calls, 0, 1);
    const good = await catalog.get("acme");
    await catalog.refresh("acme");
    await settle();
    await answer(calls, 1, page(1, 3, 2, "new"));
    calls[2]?.reject(new Error("network"));
    await settle();
    const v = await catalog.get("acme");
    expect(v.templates).toBe(good.templates);
    expect(v.state).toMatchObject({ complete: true, error: { code: "internal" } });
    expect(catalog.retainedPartialRows("acme")).toBe(0);
  });

  it("refresh() forces a walk on a fresh snapshot; concurrent refreshes share one walk", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await completeWalk(calls, 0, 1);
    expect(calls).toHaveLength(1);

    const states = await Promise.all(Array.from({ length: 10 }, () => catalog.refresh("acme")));
    await settle();
    expect(calls).toHaveLength(2);
    for (const s of states) expect(s).toMatchObject({ complete: true, refreshing: true, stale: false });
    // a get during the forced refresh also joins it
    await catalog.get("acme");
    await settle();
    expect(calls).toHaveLength(2);
    await answer(calls, 1, page(1, 1, 5));
    await catalog.whenIdle("acme");
    expect(await catalog.peekState("acme")).toMatchObject({ refreshing: false, templatesFetched: 5 });
  });

  it("refresh() on an unknown account starts the first walk", async () => {
    const { catalog, calls } = setup();
    const s = await catalog.refresh("acme");
    expect(s).toMatchObject({ complete: false, pagesFetched: 0, refreshing: true, fetchedAt: null });
    await settle();
    expect(calls).toHaveLength(1);
  });

  it("peekState never fetches", async () => {
    const { catalog, calls } = setup();
    expect(await catalog.peekState("acme")).toEqual({
      complete: false,
      pagesFetched: 0,
      templatesFetched: 0,
      fetchedAt: null,
      stale: false,
      refreshing: false,
      error: null,
    });
    expect(await catalog.getVersion("acme")).toBe(0);
    await settle();
    expect(calls).toHaveLength(0);
  });
});

describe("catalog: failures without a snapshot", () => {
  it("throws the original error when nothing at all was fetched, to every waiter", async () => {
    const { catalog, calls } = setup();
    const waiting = Array.from({ length: 5 }, () => catalog.get("acme"));
    await settle();
    const error = Object.assign(new Error("signature"), { code: "nxcloud_bad_signature", httpStatus: 502 });
    calls[0]?.reject(error);
    for (const w of waiting) await expect(w).rejects.toBe(error);
    // within the retry pause the same error answers at once, no new walk
    await expect(catalog.get("acme")).rejects.toBe(error);
    await settle();
    expect(calls).toHaveLength(1);
    expect((await catalog.peekState("acme")).error).toMatchObject({ code: "internal" });
  });

  it("tries again after the retry pause", async () => {
    const { catalog, calls, clock } = setup({ errorRetryMs: 100 });
    const first = catalog.get("acme");
    await settle();
    calls[0]?.reject(new Error("x"));
    await expect(first).rejects.toThrow("x");
    clock.t += 100;
    const second = catalog.get("acme");
    await settle();
    expect(calls).toHaveLength(2);
    await answer(calls, 1, page(1, 1));
    expect((await second).state).toMatchObject({ complete: true, error: null });
  });

  it("keeps the rows of a first walk that fails on page 2, with the error", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await answer(calls, 0, page(1, 3));
    calls[1]?.reject(new Error("network"));
    await settle();
    const v = await catalog.get("acme");
    expect(v.templates).toHaveLength(2);
    expect(v.state).toMatchObject({
      complete: false,
      pagesFetched: 1,
      templatesFetched: 2,
      refreshing: false,
      error: { code: "internal", retryable: false },
    });
  });

  it("drops the rows of a failed first walk once a walk completes", async () => {
    const { catalog, calls, clock } = setup({ errorRetryMs: 100 });
    void catalog.get("acme");
    await settle();
    await answer(calls, 0, page(1, 3));
    calls[1]?.reject(new Error("network"));
    await settle();
    expect(catalog.retainedPartialRows("acme")).toBe(2);
    clock.t += 100;
    await catalog.get("acme");
    await settle();
    await answer(calls, 2, page(1, 1, 4, "b"));
    expect((await catalog.get("acme")).state.complete).toBe(true);
    expect(catalog.retainedPartialRows("acme")).toBe(0);
  });

  it("lets a waiting caller give up with its signal, without stopping the walk", async () => {
    const { catalog, calls } = setup();
    const controller = new AbortController();
    const waiting = catalog.get("acme", { signal: controller.signal });
    const other = catalog.get("acme");
    await settle();
    controller.abort(new Error("client went away"));
    await expect(waiting).rejects.toThrow("client went away");
    await answer(calls, 0, page(1, 1));
    expect((await other).state.complete).toBe(true);
  });
});

describe("catalog: guards", () => {
  it("stops on a repeated cursor with catalog_cursor_loop", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    const looping = (n: number): TemplatePage => ({
      data: [template(`l${n}`)],
      paging: { cursors: { after: n === 1 ? "A" : n === 2 ? "B" : "A" }, next: "https://x/next" },
    });
    await answer(calls, 0, looping(1));
    await answer(calls, 1, looping(2));
    await answer(calls, 2, looping(3));
    expect(calls).toHaveLength(3);
    const v = await catalog.get("acme");
    expect(v.templates).toHaveLength(3);
    expect(v.state).toMatchObject({
      complete: false,
      pagesFetched: 3,
      error: { code: "catalog_cursor_loop" },
    });
  });

  it("stops after maxPages with catalog_too_many_pages", async () => {
    const { catalog, calls } = setup({ maxPages: 3 });
    void catalog.get("acme");
    await settle();
    for (let n = 1; n <= 3; n++) await answer(calls, n - 1, page(n, 99));
    expect(calls).toHaveLength(3);
    const v = await catalog.get("acme");
    expect(v.state).toMatchObject({
      complete: false,
      pagesFetched: 3,
      error: { code: "catalog_too_many_pages" },
    });
  });

  it("accepts exactly maxPages pages", async () => {
    const { catalog, calls } = setup({ maxPages: 3 });
    void catalog.get("acme");
    await settle();
    await completeWalk(calls, 0, 3);
    expect((await catalog.get("acme")).state).toMatchObject({ complete: true, error: null });
  });

  it("stops when a next page has no cursor at all", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    await answer(calls, 0, { data: [template("1")], paging: { next: "https://x/next-without-after" } });
    expect((await catalog.get("acme")).state.error?.code).toBe("catalog_cursor_missing");
  });
});

describe("catalog: page size fallback", () => {
  it("retries the first page with the fallback size on a 9000/1002-like rejection, and keeps it", async () => {
    const { catalog, calls, clock } = setup({ ttlMs: 1000 });
    const view = catalog.get("acme");
    await settle();
    expect(calls[0]?.args.limit).toBe(100);
    calls[0]?.reject(
      Object.assign(new Error("bad param"), { code: "nxcloud_missing_fields", upstreamCode: 9000 }),
    );
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args).toMatchObject({ limit: 20 });
    expect(calls[1]?.args.after).toBeUndefined();
    await answer(calls, 1, page(1, 2));
    expect((await view).state.error).toBeNull();
    await answer(calls, 2, page(2, 2));
    expect(calls[2]?.args.limit).toBe(20);

    clock.t += 1000;
    await catalog.get("acme");
    await settle();
    expect(calls[3]?.args.limit).toBe(20);
  });

  it("keeps asking the large size when the fallback failed too (the rejection had another cause)", async () => {
    const { catalog, calls } = setup();
    const view = catalog.get("acme");
    await settle();
    const reject = (i: number) =>
      calls[i]?.reject(
        Object.assign(new Error("bad param"), { code: "nxcloud_missing_fields", upstreamCode: 9000 }),
      );
    reject(0);
    await settle();
    reject(1);
    await expect(view).rejects.toThrow("bad param");
    expect(calls.map((c) => c.args.limit)).toEqual([100, 20]);
    await catalog.refresh("acme");
    await settle();
    expect(calls[2]?.args.limit).toBe(100);
  });

  it("recognizes the bad-parameter code too", async () => {
    const { catalog, calls } = setup();
    void catalog.get("acme");
    await settle();
    calls[0]?.reject(Object.assign(new Error("bad"), { code: "nxcloud_bad_parameter" }));
    await settle();
    expect(calls[1]?.args.limit).toBe(20);
  });

  it("does not fall back for other errors, nor after the first page", async () => {
    const { catalog, calls } = setup();
    const view = catalog.get("acme");
    await settle();
    calls[0]?.reject(Object.assign(new Error("sig"), { upstreamCode: 1003 }));
    await expect(view).rejects.toThrow("sig");
    expect(calls).toHaveLength(1);

    const b = setup();
    void b.catalog.get("acme");
    await settle();
    await answer(b.calls, 0, page(1, 3));
    b.calls[1]?.reject(Object.assign(new Error("param"), { upstreamCode: 9000 }));
    await settle();
    expect(b.calls).toHaveLength(2);
    expect((await b.catalog.get("acme")).state.error).not.toBeNull();
  });
});

describe("catalog: store and helpers", () => {
  it("adopts a snapshot another instance stored while it queued for the lock", async () => {
    const store = createMemoryCatalogStore();
    const upstream = controlledUpstream();
    const catalog = createCatalog({ store, fetchPageFor: () => upstream.fetchPage });
    let release!: () => void;
    // another instance holds the lock, then stores its walk
    const held = store.runExclusive("acme", async () => {
      await new Promise<void>((r) => {
        release = r;
      });
      await store.set("acme", {
        templates: [template("other")],
        fetchedAt: Date.now(),
        pagesFetched: 1,
        pageSize: 100,
        version: 999,
      });
    });
    const view = catalog.get("acme");
    await settle();
    expect(upstream.calls).toHaveLength(0);
    release();
    await held;
    expect((await view).templates.map((t) => t.id)).toEqual(["other"]);
    expect(upstream.calls).toHaveLength(0);
  });

  it("maps errors to the API shape", () => {
    expect(toApiError(new CatalogWalkError("catalog_cursor_loop"))).toMatchObject({
      code: "catalog_cursor_loop",
      messageKey: "catalog_cursor_loop",
      retryable: false,
    });
    expect(toApiError("weird")).toMatchObject({ code: "internal", retryable: false });
    expect(toApiError({ toApiError: () => ({ nope: 1 }) })).toMatchObject({ code: "internal" });
  });

  it("combines account states into the weakest", () => {
    const a: CatalogState = {
      complete: true,
      pagesFetched: 2,
      templatesFetched: 30,
      fetchedAt: 100,
      stale: false,
      refreshing: false,
      error: null,
    };
    const b: CatalogState = { ...a, complete: false, fetchedAt: null, refreshing: true, templatesFetched: 5 };
    const c: CatalogState = { ...a, fetchedAt: 50, stale: true, error: { code: "x", message: "y" } };
    expect(combineCatalogStates([a, c])).toMatchObject({
      complete: true,
      fetchedAt: 50,
      stale: true,
      error: { code: "x" },
    });
    expect(combineCatalogStates([a, b])).toMatchObject({
      complete: false,
      fetchedAt: null,
      refreshing: true,
      templatesFetched: 35,
      pagesFetched: 4,
    });
  });
});

describe("catalog: retry budget and circuit breaker", () => {
  it("hands every page of one walk the same retry budget", async () => {
    const { catalog, calls } = setup({ retriesPerWalk: 2 });
    const view = catalog.get("acme");
    await settle();
    const budget = calls[0]?.args.retryBudget;
    expect(budget?.remaining()).toBe(2);
    await answer(calls, 0, page(1, 2));
    expect(calls[1]?.args.retryBudget).toBe(budget);
    await answer(calls, 1, page(2, 2));
    await view;
  });

  it("pauses an account after repeated failed walks, says so in its state, and tries again later", async () => {
    const clock = { t: 1_000_000 };
    const breaker = createCircuitBreaker({ threshold: 2, pauseMs: 60_000, now: () => clock.t });
    const upstream = controlledUpstream();
    const catalog = createCatalog({
      fetchPageFor: () => upstream.fetchPage,
      now: () => clock.t,
      errorRetryMs: 100,
      breaker,
    });
    const timeout = Object.assign(new Error("slow"), { code: "upstream_timeout", retryable: true });
    for (let i = 0; i < 2; i++) {
      const attempt = catalog.get("acme");
      await settle();
      upstream.calls[i]?.reject(timeout);
      await expect(attempt).rejects.toBe(timeout);
      clock.t += 100;
    }
    // Open: no request at all, the state carries when the pause ends.
    await expect(catalog.get("acme")).rejects.toBe(timeout);
    await catalog.refresh("acme");
    await settle();
    expect(upstream.calls).toHaveLength(2);
    expect((await catalog.peekState("acme")).pausedUntil).toBe(1_000_100 + 60_000);
    clock.t += 60_000;
    const later = catalog.get("acme");
    await settle();
    expect(upstream.calls).toHaveLength(3);
    await answer(upstream.calls, 2, page(1, 1));
    const state = (await later).state;
    expect(state).toMatchObject({ complete: true, error: null });
    expect(state.pausedUntil ?? null).toBeNull();
  });
});

describe("catalog: several instances (rows withheld during a first walk)", () => {
  it("the walking instance serves progress without rows until the commit, and publishes it first", async () => {
    const published: WalkProgress[] = [];
    let release!: () => void;
    const store = createMemoryCatalogStore();
    const stored: number[] = [];
    const set = store.set;
    store.set = (account, snapshot) => {
      stored.push(published.length);
      return set(account, snapshot);
    };
    const { catalog, calls } = setup({
      store,
      rowsDuringFirstWalk: false,
      // The last write is slow: the snapshot must wait for it.
      onFirstWalkProgress: (_account, progress) =>
        progress.pages < 3
          ? void published.push(progress)
          : new Promise<void>((r) => {
              release = () => {
                published.push(progress);
                r();
              };
            }),
    });
    const first = catalog.get("acme");
    await settle();
    await answer(calls, 0, page(1, 3));
    const view = await first;
    expect(view.templates).toEqual([]);
    expect(view.state).toMatchObject({
      complete: false,
      pagesFetched: 1,
      templatesFetched: 2,
      refreshing: true,
      rowsPending: true,
    });
    await answer(calls, 1, page(2, 3));
    expect((await catalog.get("acme")).state).toMatchObject({ templatesFetched: 4, rowsPending: true });
    // A zero first: a dead leader's row is overwritten before this walk's first page.
    expect(published.map((p) => [p.pages, p.templates])).toEqual([
      [0, 0],
      [1, 2],
      [2, 4],
    ]);
    await answer(calls, 2, page(3, 3));
    // Walked, but not stored before the last progress write landed.
    expect(stored).toEqual([]);
    expect((await catalog.get("acme")).templates).toEqual([]);
    release();
    await catalog.whenIdle("acme");
    expect(stored).toEqual([4]);
    const done = await catalog.get("acme");
    expect(done.templates).toHaveLength(6);
    expect(done.state.complete).toBe(true);
    expect(done.state.rowsPending).toBeUndefined();

    // A refresh is no first walk: nothing published, the snapshot is served meanwhile.
    await catalog.refresh("acme");
    await settle();
    await answer(calls, 3, page(1, 2));
    expect((await catalog.get("acme")).templates).toHaveLength(6);
    await answer(calls, 4, page(2, 2));
    expect(published).toHaveLength(4);
  });

  it("keeps no rows of a failed first walk: the error is the answer, as on every other instance", async () => {
    const { catalog, calls, clock } = setup({ rowsDuringFirstWalk: false, errorRetryMs: 1_000 });
    const first = catalog.get("acme");
    await settle();
    await answer(calls, 0, page(1, 3));
    expect((await first).templates).toEqual([]);
    calls[1]?.reject(new Error("NxCloud is down"));
    await catalog.whenIdle("acme");
    expect(catalog.retainedPartialRows("acme")).toBe(0);
    clock.t += 10;
    await expect(catalog.get("acme")).rejects.toThrow("NxCloud is down");
  });

  it("a waiting instance serves the progress another instance's first walk reports, then its commit", async () => {
    const store = createMemoryCatalogStore();
    let report!: (p: WalkProgress) => void;
    let commit!: () => void;
    const seen: (number | undefined)[] = [];
    // Another instance walks: this one's runExclusive waits, hearing of its progress.
    store.runExclusive = async (account, fn, wait) => {
      seen.push(wait?.seenVersion);
      report = (p) => wait?.onRemoteProgress?.(p);
      await new Promise<void>((r) => {
        commit = r;
      });
      await store.set(account, {
        templates: [template("x"), template("y")],
        fetchedAt: 1_000_000,
        pagesFetched: 1,
        pageSize: 100,
        version: 42,
      });
      return fn();
    };
    const { catalog, calls } = setup({ store, rowsDuringFirstWalk: false });
    const first = catalog.get("acme");
    await settle();
    report({ pages: 3, templates: 300, skipped: 1, startedAt: 5 });
    const view = await first;
    expect(view.templates).toEqual([]);
    expect(view.state).toMatchObject({
      complete: false,
      pagesFetched: 3,
      templatesFetched: 300,
      templatesSkipped: 1,
      rowsPending: true,
      refreshing: true,
    });
    report({ pages: 4, templates: 400, skipped: 1, startedAt: 5 });
    expect((await catalog.get("acme")).state.templatesFetched).toBe(400);
    expect((await catalog.get("acme")).state.awaitingTakeover).toBeUndefined();
    // The walking instance stopped writing: its frozen count gives way to "waiting for a takeover".
    report({ pages: 4, templates: 400, skipped: 1, startedAt: 5, stalled: true });
    expect((await catalog.get("acme")).state).toMatchObject({
      pagesFetched: 0,
      templatesFetched: 0,
      templatesSkipped: 0,
      rowsPending: true,
      awaitingTakeover: true,
    });
    // A new leader's walk moves again.
    report({ pages: 1, templates: 100, skipped: 0, startedAt: 9 });
    expect((await catalog.get("acme")).state).toMatchObject({ templatesFetched: 100 });
    expect((await catalog.get("acme")).state.awaitingTakeover).toBeUndefined();
    commit();
    await catalog.whenIdle("acme");
    const done = await catalog.get("acme");
    expect(done.version).toBe(42);
    expect(done.templates).toHaveLength(2);
    expect(calls).toHaveLength(0);
    expect(seen).toEqual([undefined]);
  });
});

describe("catalog: readers of a walk under way", () => {
  it("share one progress (one row array) within partialViewMs; without a window every page shows", async () => {
    const upstream = controlledUpstream();
    const catalog = createCatalog({ fetchPageFor: () => upstream.fetchPage, partialViewMs: 60_000 });
    const first = catalog.get("acme");
    await settle();
    await answer(upstream.calls, 0, page(1, 3));
    const one = await first;
    await answer(upstream.calls, 1, page(2, 3));
    const two = await catalog.get("acme");
    // Page 2 has arrived, but within the window the same rows (the same array) are served.
    expect(two.templates).toBe(one.templates);
    expect(two.state.templatesFetched).toBe(2);

    // Without a window every page shows at once.
    const other = controlledUpstream();
    const fresh = createCatalog({ fetchPageFor: () => other.fetchPage, partialViewMs: 0 });
    const walking = fresh.get("globex");
    await settle();
    await answer(other.calls, 0, page(1, 3, 2, "g"));
    await walking;
    await answer(other.calls, 1, page(2, 3, 2, "g"));
    expect((await fresh.get("globex")).state.templatesFetched).toBe(4);
  });
});
