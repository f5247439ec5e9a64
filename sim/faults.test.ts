import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SimAccount } from "./dataset/types";
import { type RunningSimulator, startSimulator } from "./server";
import { bodyFor, callGetTemplate } from "./testing/client";

let sim: RunningSimulator;
let acme: SimAccount;
let globex: SimAccount;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  [acme, globex] = sim.dataset.accounts as [SimAccount, SimAccount];
});
afterAll(() => sim.close());
afterEach(async () => {
  await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
});

const putFaults = async (faults: Record<string, unknown>) => {
  const res = await fetch(`${sim.url}/__sim/faults`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(faults),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};
const call = (extra: Record<string, unknown> = {}, account: SimAccount = acme) =>
  callGetTemplate(sim.url, bodyFor(account, extra));

describe("faults via /__sim/faults", () => {
  it("GET returns defaults; PUT replaces (omitted → default); DELETE resets", async () => {
    const initial = (await (await fetch(`${sim.url}/__sim/faults`)).json()) as Record<string, unknown>;
    expect(initial).toEqual({
      latencyMs: 0,
      jitterMs: 0,
      errorRate: 0,
      forceCode: null,
      malformed: false,
      hang: false,
      failAtPage: null,
      failCode: -1,
      maxLimit: 100,
    });
    expect((await putFaults({ latencyMs: 5, forceCode: 9001 })).json).toMatchObject({
      latencyMs: 5,
      forceCode: 9001,
    });
    expect((await putFaults({ jitterMs: 3 })).json).toMatchObject({
      latencyMs: 0,
      forceCode: null,
      jitterMs: 3,
    });
    const reset = await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
    expect(await reset.json()).toEqual(initial);
  });

  it("rejects invalid fault objects with 400 and the issue path", async () => {
    for (const bad of [{ errorRate: 2 }, { latencyMs: -1 }, { forceCode: 0 }, { hang: "yes" }, { nope: 1 }]) {
      const { status, json } = await putFaults(bad);
      expect(status, JSON.stringify(bad)).toBe(400);
      expect(json.error).toBe("invalid_faults");
    }
    const res = await fetch(`${sim.url}/__sim/faults`, { method: "PUT", body: "{" });
    expect(res.status).toBe(400);
  });

  it("latency delays every answer", async () => {
    await putFaults({ latencyMs: 250 });
    const { json, ms } = await call({ limit: 1 });
    expect(json.code).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(240);
  });

  it("jitter adds at most jitterMs", async () => {
    await putFaults({ latencyMs: 20, jitterMs: 40 });
    for (let i = 0; i < 3; i++) {
      const { ms } = await call({ limit: 1 });
      expect(ms).toBeGreaterThanOrEqual(18);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it("forceCode answers that code (9099 carries Meta's nested error)", async () => {
    await putFaults({ forceCode: -1 });
    expect((await call()).json).toMatchObject({
      code: -1,
      message: expect.stringContaining("Request failed"),
      data: null,
    });
    await putFaults({ forceCode: 9001 });
    expect((await call()).json.code).toBe(9001);
    await putFaults({ forceCode: 9099 });
    const { json } = await call();
    expect(json.code).toBe(9099);
    expect(json.data?.error?.code).toBe(80008);
  });

  it("failAtPage k fails exactly the k-th page of a walk (default -1, or failCode)", async () => {
    await putFaults({ failAtPage: 2 });
    const p1 = await call({ limit: 10 });
    expect(p1.json.code).toBe(0);
    const p2 = await call({ limit: 10, after: p1.json.data?.paging?.cursors?.after });
    expect(p2.json.code).toBe(-1);
    // A page starting elsewhere is fine; so is page 1 again (retry of page 2 keeps failing).
    expect((await call({ limit: 10, after: p1.json.data?.paging?.cursors?.before })).json.code).toBe(0);
    expect((await call({ limit: 10, after: p1.json.data?.paging?.cursors?.after })).json.code).toBe(-1);
    await putFaults({ failAtPage: 1, failCode: 9001 });
    expect((await call({ limit: 10 })).json.code).toBe(9001);
  });

  it("errorRate 1 fails every request, 0 none", async () => {
    await putFaults({ errorRate: 1, failCode: 9001 });
    for (let i = 0; i < 3; i++) expect((await call()).json.code).toBe(9001);
    await putFaults({ errorRate: 0 });
    expect((await call()).json.code).toBe(0);
  });

  it("malformed answers HTTP 200 with unparsable JSON", async () => {
    await putFaults({ malformed: true });
    const { status, text } = await call();
    expect(status).toBe(200);
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"code":0')).toBe(true);
  });

  it("hang never answers (until the client gives up)", async () => {
    await putFaults({ hang: true });
    await expect(
      callGetTemplate(sim.url, bodyFor(acme), { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
  });

  it("maxLimit changes the cap", async () => {
    await putFaults({ maxLimit: 5 });
    const { json } = await call({ limit: 50 });
    expect(json.data?.data).toHaveLength(5);
  });

  it("auth errors keep their real codes even with forceCode set", async () => {
    await putFaults({ forceCode: 9001 });
    expect((await callGetTemplate(sim.url, bodyFor(acme), { accessSecret: "bad" })).json.code).toBe(1003);
  });
});

describe("stats", () => {
  it("counts requests per account and per code; reset zeroes them", async () => {
    const reset = await fetch(`${sim.url}/__sim/stats/reset`, { method: "POST" });
    expect(await reset.json()).toMatchObject({
      total: 0,
      byAccount: { acme: 0, globex: 0, initech: 0 },
      byCode: {},
    });
    await Promise.all([call(), call(), call(), call({}, globex)]);
    await callGetTemplate(sim.url, bodyFor(acme), { accessSecret: "bad" });
    const stats = (await (await fetch(`${sim.url}/__sim/stats`)).json()) as Record<string, unknown>;
    expect(stats).toMatchObject({
      total: 5,
      byAccount: { acme: 3, globex: 1, initech: 0 },
      // Every call above asks for a first page: each starts a walk.
      walksByAccount: { acme: 3, globex: 1, initech: 0 },
      byCode: { "0": 4, "1003": 1 },
    });
  });
});

describe("faults given at start-up", () => {
  it("startSimulator({faults}) applies them from the first request", async () => {
    const other = await startSimulator({ port: 0, faults: { forceCode: 9001 } });
    try {
      expect((await callGetTemplate(other.url, bodyFor(acme))).json.code).toBe(9001);
    } finally {
      await other.close();
    }
  });

  it("close() returns promptly even with a hanging request in flight", async () => {
    const other = await startSimulator({ port: 0, faults: { hang: true } });
    const pending = callGetTemplate(other.url, bodyFor(acme)).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    await other.close();
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
