import { describe, expect, it } from "vitest";
import type { WalkProgress } from "@/server/catalog/store";
import type { ClusterMessage, Coordinator } from "./coordinator";
import { clusterRunExclusive } from "./exclusive";

/** A coordinator of a follower: never leads; the test delivers the other instances' messages. */
function followerCoordinator() {
  const handlers = new Set<(m: ClusterMessage) => void>();
  const published: unknown[] = [];
  const coordinator = {
    instanceId: "follower",
    start: async () => undefined,
    tryLead: async () => false,
    role: () => "follower" as const,
    connected: true,
    publish: async (m: unknown) => {
      published.push(m);
    },
    publishInTransaction: async () => undefined,
    onMessage: (h: (m: ClusterMessage) => void) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    onReconnect: () => () => undefined,
    close: async () => undefined,
  } satisfies Coordinator;
  const deliver = (m: ClusterMessage) => {
    for (const h of [...handlers]) h(m);
  };
  return { coordinator, published, deliver };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

async function until(ok: () => boolean) {
  for (let i = 0; i < 1_000 && !ok(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(ok()).toBe(true);
}

/**
 * A follower waiting for the leader's first walk of acme: `progress` is what the board reads,
 * `shown` what the catalog was handed, `commit()` lets the leader commit and returns the result.
 */
function waitingFollower(initial: WalkProgress) {
  const { coordinator, deliver, published } = followerCoordinator();
  let held: number | undefined;
  const state = {
    progress: initial as WalkProgress | null,
    shown: [] as (number | "stalled")[],
    published,
    commit: () => {
      held = 5;
      deliver({ t: "committed", account: "acme", version: 5, from: "leader" });
      return result;
    },
  };
  const run = clusterRunExclusive({
    coordinator,
    pollMs: 2,
    heldVersion: async () => held,
    reload: async () => undefined,
    readProgress: async () => state.progress,
  });
  const result = run("acme", async () => "adopted", {
    seenVersion: undefined,
    onRemoteProgress: (p) => state.shown.push(p.stalled ? "stalled" : p.templates),
  });
  return state;
}

describe("a follower waiting for the leader's walk", () => {
  it("adopts a commit whose `done` arrives while it is checking the database (no sync_elsewhere)", async () => {
    const { coordinator, deliver } = followerCoordinator();
    let held = 1;
    let reloads = 0;
    let releaseCheck!: () => void;
    const checking = new Promise<void>((r) => {
      releaseCheck = r;
    });
    const run = clusterRunExclusive({
      coordinator,
      pollMs: 5,
      heldVersion: async () => held,
      reload: async () => {
        reloads += 1;
        // The second check read the database just before the leader committed.
        if (reloads === 2) await checking;
        // Later checks see the commit.
        if (reloads >= 3) held = 2;
      },
    });
    const result = run("acme", async () => "adopted", { seenVersion: 1 });
    await until(() => reloads === 2);
    // Meanwhile the leader commits, then answers.
    deliver({ t: "committed", account: "acme", version: 2, from: "leader" });
    deliver({ t: "done", account: "acme", error: null, from: "leader" });
    releaseCheck();
    await expect(result).resolves.toBe("adopted");
  });

  it("adopts at once a commit the replication listener took in after the catalog decided to walk", async () => {
    const { coordinator, published } = followerCoordinator();
    const run = clusterRunExclusive({
      coordinator,
      pollMs: 5,
      // The catalog saw version 1; the listener has reloaded version 2 since.
      heldVersion: async () => 2,
      reload: async () => undefined,
    });
    await expect(run("acme", async () => "adopted", { seenVersion: 1 })).resolves.toBe("adopted");
    expect(published).toEqual([]);
  });

  it("relays the leader's first-walk progress while it waits, each change once", async () => {
    const follower = waitingFollower({ pages: 2, templates: 200, skipped: 0, startedAt: 7 });
    await until(() => follower.shown.length === 1);
    expect(follower.published).toEqual([{ t: "sync", account: "acme", force: false }]);
    // Polls without a change show nothing new.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 3));
    expect(follower.shown).toEqual([200]);
    follower.progress = { pages: 3, templates: 300, skipped: 0, startedAt: 7 };
    await until(() => follower.shown.length === 2);
    follower.progress = null;
    await expect(follower.commit()).resolves.toBe("adopted");
    await tick();
    expect(follower.shown).toEqual([200, 300]);
  });

  it("relays that the leader's progress stalled, then a new leader's fresh start", async () => {
    const follower = waitingFollower({ pages: 3, templates: 300, skipped: 0, startedAt: 7 });
    await until(() => follower.shown.length === 1);
    // The leader stops writing: the same figures, now read as stalled.
    follower.progress = { pages: 3, templates: 300, skipped: 0, startedAt: 7, stalled: true };
    await until(() => follower.shown.length === 2);
    // Another leader takes over and overwrites the row with its own start.
    follower.progress = { pages: 0, templates: 0, skipped: 0, startedAt: 9 };
    await until(() => follower.shown.length === 3);
    await expect(follower.commit()).resolves.toBe("adopted");
    expect(follower.shown).toEqual([300, "stalled", 0]);
  });

  it("still relays the leader's error when its walk failed", async () => {
    const { coordinator, deliver, published } = followerCoordinator();
    const run = clusterRunExclusive({
      coordinator,
      pollMs: 5,
      heldVersion: async () => undefined,
      reload: async () => undefined,
    });
    const result = run("acme", async () => "walked", { seenVersion: undefined });
    await until(() => published.length === 1);
    const error = { code: "upstream_unavailable", message: "NxCloud is down", retryable: true };
    deliver({ t: "done", account: "acme", error, from: "leader" });
    await expect(result).rejects.toThrow("NxCloud is down");
  });
});
