import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCatalogEvents } from "@/server/catalog/events";
import { createRefreshGate } from "./refresh-gate";
import { createScheduler } from "./scheduler";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("scheduler", () => {
  it("syncs every account each interval, never two syncs of an account at once, and prunes at start", async () => {
    const synced: string[] = [];
    const pending: (() => void)[] = [];
    const prune = vi.fn(async () => undefined);
    const scheduler = createScheduler({
      intervalMs: 1_000,
      accounts: () => ["a", "b"],
      syncAccount: (account) => {
        synced.push(account);
        return new Promise<void>((r) => {
          pending.push(r);
        });
      },
      prune,
    });
    scheduler.start();
    expect(prune).toHaveBeenCalledTimes(1);
    expect(synced).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(synced).toEqual(["a", "b"]);
    // Both syncs are still running: the next tick starts neither again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(synced).toEqual(["a", "b"]);
    for (const release of pending.splice(0)) release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(synced.length).toBeGreaterThan(2);
    scheduler.stop();
    expect(scheduler.running).toBe(false);
  });

  it("skips only the account whose sync still runs: the others sync every interval", async () => {
    const started: string[] = [];
    const slow: (() => void)[] = [];
    const scheduler = createScheduler({
      intervalMs: 1_000,
      accounts: () => ["big", "small-1", "small-2"],
      syncAccount: (account) => {
        started.push(account);
        // The big account's walk outlasts three intervals; the small ones finish at once.
        return account === "big" ? new Promise<void>((r) => slow.push(r)) : Promise.resolve();
      },
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3_000);
    const count = (a: string) => started.filter((x) => x === a).length;
    expect(count("small-1")).toBe(3);
    expect(count("small-2")).toBe(3);
    // Never two syncs of the same account at once.
    expect(count("big")).toBe(1);
    for (const release of slow.splice(0)) release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(count("big")).toBe(2);
    expect(count("small-1")).toBe(4);
    scheduler.stop();
  });

  it("runOnce of an account already syncing joins that sync instead of starting another", async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const scheduler = createScheduler({
      intervalMs: 1_000,
      accounts: () => ["a"],
      syncAccount: () => {
        calls++;
        if (calls > 1) return Promise.resolve();
        return new Promise<void>((r) => {
          release = r;
        });
      },
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    const joined = scheduler.runOnce("a");
    expect(calls).toBe(1);
    release();
    await joined;
    await scheduler.runOnce("a");
    expect(calls).toBe(2);
    scheduler.stop();
  });

  it("keeps its ticks on the interval grid when the event loop runs them late (no drift)", async () => {
    // The clock the scheduler reads runs ahead of the timers by `lag`: each tick ran 300 ms late
    // (a busy event loop). Timers re-armed from the late moment would slip 300 ms a tick.
    let lag = 0;
    const tickedAt: number[] = [];
    const scheduler = createScheduler({
      intervalMs: 1_000,
      now: () => Date.now() + lag,
      accounts: () => ["a"],
      syncAccount: async () => {
        tickedAt.push(Date.now() + lag);
        lag += 300;
      },
    });
    const origin = Date.now();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(tickedAt.map((t) => t - origin)).toEqual([1_000, 2_000, 3_000]);
    scheduler.stop();
  });

  it("reports a failing sync and keeps going", async () => {
    const errors: string[] = [];
    const scheduler = createScheduler({
      intervalMs: 10,
      accounts: () => ["x"],
      syncAccount: async () => {
        throw new Error("boom");
      },
      onError: (_e, what) => errors.push(what),
    });
    await scheduler.runOnce();
    expect(errors).toEqual(["sync x"]);
  });
});

describe("refresh gate", () => {
  it("lets one refresh per account through per interval", () => {
    let now = 0;
    const gate = createRefreshGate(3_000, () => now);
    expect(gate.tryPass("a")).toBe(true);
    expect(gate.tryPass("a")).toBe(false);
    expect(gate.tryPass("b")).toBe(true);
    now = 3_000;
    expect(gate.tryPass("a")).toBe(true);
  });
});

describe("catalog events", () => {
  it("delivers snapshotReplaced to every listener; one that throws is reported, not fatal", () => {
    const errors: unknown[] = [];
    const events = createCatalogEvents((e) => errors.push(e));
    const seen: string[] = [];
    events.on("snapshotReplaced", () => {
      throw new Error("listener bug");
    });
    const off = events.on("snapshotReplaced", (account, previous, next) =>
      seen.push(`${account}:${previous?.version ?? "-"}→${next.version}`),
    );
    const snap = { templates: [], fetchedAt: 1, pagesFetched: 1, pageSize: 100, version: 7 };
    events.emit("snapshotReplaced", "acme", undefined, snap);
    off();
    events.emit("snapshotReplaced", "acme", snap, { ...snap, version: 8 });
    expect(seen).toEqual(["acme:-→7"]);
    expect(errors).toHaveLength(2);
  });
});
