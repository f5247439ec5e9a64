import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LoginThrottle } from "./throttle";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 0, 1));
});
afterEach(() => {
  vi.useRealTimers();
});

async function failTimes(t: LoginThrottle, n: number, name: string, ip: string) {
  let last: Awaited<ReturnType<LoginThrottle["fail"]>> = { allowed: true };
  for (let i = 0; i < n; i++) last = await t.fail(name, ip);
  return last;
}

describe("LoginThrottle", () => {
  it("locks a (name, IP) pair after maxPerUser failures in the window", async () => {
    const t = new LoginThrottle({ maxPerUser: 5, maxPerIp: 100 });
    for (let i = 0; i < 4; i++) expect(await t.fail("alice", "10.0.0.9")).toEqual({ allowed: true });
    expect(await t.fail("Alice", "10.0.0.9")).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(await t.check("ALICE ", "10.0.0.9")).toMatchObject({ allowed: false, retryAfterSeconds: 900 });
    expect(await t.check("bob", "10.0.0.9")).toMatchObject({ allowed: true });
  });

  it("never locks the right name out from a new address: failures elsewhere only slow it down", async () => {
    const t = new LoginThrottle({ maxPerUser: 5, maxPerIp: 100 });
    // An anonymous flood against "admin" from many addresses, for days.
    for (let day = 0; day < 3; day++) {
      for (let i = 0; i < 40; i++) await t.fail("admin", `203.0.113.${i}`);
      vi.advanceTimersByTime(8 * 3600_000);
    }
    for (let i = 0; i < 40; i++) await t.fail("admin", `198.51.100.${i}`);
    const verdict = await t.check("admin", "192.0.2.1");
    expect(verdict.allowed).toBe(true);
    // …but slowed down, by at most the cap.
    expect(verdict).toMatchObject({ delayMs: 5_000 });
  });

  it("delays a name progressively once it passed maxPerUser failures across addresses", async () => {
    const t = new LoginThrottle({ maxPerUser: 3, maxPerIp: 100 });
    await failTimes(t, 2, "alice", "1.1.1.1");
    expect(await t.check("alice", "2.2.2.2")).toEqual({ allowed: true, delayMs: 0 });
    await t.fail("alice", "3.3.3.3");
    expect(await t.check("alice", "2.2.2.2")).toEqual({ allowed: true, delayMs: 250 });
    await t.fail("alice", "4.4.4.4");
    expect(await t.check("alice", "2.2.2.2")).toEqual({ allowed: true, delayMs: 500 });
  });

  it("treats unknown and known names alike (the key is only the name)", async () => {
    const t = new LoginThrottle({ maxPerUser: 3, maxPerIp: 100 });
    expect(await failTimes(t, 3, "no-such-user", "1.1.1.1")).toEqual(
      await failTimes(t, 3, "alice", "1.1.1.2"),
    );
  });

  it("unlocks a pair when the lock ends, and backs off on the next lock", async () => {
    const t = new LoginThrottle({ maxPerUser: 2, maxPerIp: 100 });
    expect(await failTimes(t, 2, "alice", "ip")).toEqual({ allowed: false, retryAfterSeconds: 900 });
    vi.advanceTimersByTime(899_000);
    expect(await t.check("alice", "ip")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    vi.advanceTimersByTime(2_000);
    expect(await t.check("alice", "ip")).toMatchObject({ allowed: true });
    expect(await failTimes(t, 2, "alice", "ip")).toEqual({ allowed: false, retryAfterSeconds: 1800 });
  });

  it("caps the pair's backoff", async () => {
    const t = new LoginThrottle({ maxPerUser: 1, maxPerIp: 1000, maxLockSeconds: 3600 });
    let last = { allowed: true } as Awaited<ReturnType<LoginThrottle["fail"]>>;
    for (let i = 0; i < 6; i++) {
      last = await t.fail("alice", "ip");
      vi.advanceTimersByTime(4 * 3600_000);
    }
    expect(last).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });

  it("locks an IP after maxPerIp failures across many names", async () => {
    const t = new LoginThrottle({ maxPerUser: 5, maxPerIp: 4 });
    for (let i = 0; i < 3; i++) expect(await t.fail(`user${i}`, "6.6.6.6")).toEqual({ allowed: true });
    expect(await t.fail("user9", "6.6.6.6")).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(await t.check("someone-else", "6.6.6.6")).toMatchObject({ allowed: false });
    expect(await t.check("someone-else", "7.7.7.7")).toMatchObject({ allowed: true });
  });

  it("clears the pair's and the name's counters on success, not the IP's", async () => {
    const t = new LoginThrottle({ maxPerUser: 3, maxPerIp: 4 });
    await failTimes(t, 2, "alice", "ip");
    await t.succeed("alice", "ip");
    expect(await t.fail("alice", "ip")).toEqual({ allowed: true });
    expect(await t.fail("alice", "ip")).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });
});
