import { request } from "node:http";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoopbackAddress, isLoopbackHostHeader } from "./admin";
import { type RunningSimulator, startSimulator } from "./server";

describe("isLoopbackAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["10.0.0.5", false],
    ["192.168.1.20", false],
    ["::ffff:10.0.0.5", false],
    ["fe80::1", false],
    ["127.0.0.256", false],
    ["1127.0.0.1", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe("admin endpoints", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, accessSecret: "super-secret-value" });
  });
  afterAll(() => sim.close());

  it("health", async () => {
    const res = await fetch(`${sim.url}/__sim/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, source: "generated", seed: 42, accounts: 4 });
  });

  it("accounts lists ids, labels, appkeys, phones and counts — no secrets", async () => {
    const res = await fetch(`${sim.url}/__sim/accounts`);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      accounts: sim.dataset.accounts.map((a) => ({
        id: a.id,
        label: a.label,
        appkey: a.appkey,
        business_phone: a.business_phone,
        templateCount: a.templates.length,
      })),
    });
    expect(text).not.toContain("super-secret-value");
    expect(text).not.toContain("demo-access-key");
  });

  it("unknown admin path → 404, wrong method → 405", async () => {
    expect((await fetch(`${sim.url}/__sim/nope`)).status).toBe(404);
    expect((await fetch(`${sim.url}/__sim/health`, { method: "POST" })).status).toBe(405);
  });
});

/** GET with an explicit Host header (fetch does not let a caller choose it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("admin endpoints check the Host header (DNS rebinding)", () => {
  it.each([
    ["localhost:4010", true],
    ["127.0.0.1:4010", true],
    ["127.0.0.1", true],
    ["[::1]:4010", true],
    ["LOCALHOST", true],
    ["evil.example:4010", false],
    ["localhost.evil.example", false],
    ["10.0.0.5:4010", false],
    ["", false],
  ])("%s → %s", (host, expected) => {
    expect(isLoopbackHostHeader(host)).toBe(expected);
  });

  it("a loopback client asking for a foreign host name gets 403", async () => {
    const sim = await startSimulator({ port: 0 });
    try {
      expect(await getWithHost(`${sim.url}/__sim/health`, `rebound.evil.example:${sim.port}`)).toBe(403);
      expect(await getWithHost(`${sim.url}/__sim/health`, `localhost:${sim.port}`)).toBe(200);
    } finally {
      await sim.close();
    }
  });
});

describe("admin endpoints refuse non-loopback clients", () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

  it.skipIf(!external)(
    "a request arriving on a non-loopback address gets 403 (API and media still work)",
    async () => {
      const sim = await startSimulator({ port: 0, host: "0.0.0.0" });
      try {
        const base = `http://${external}:${sim.port}`;
        const res = await fetch(`${base}/__sim/accounts`);
        expect(res.status).toBe(403);
        expect((await fetch(`${base}/__sim/faults`, { method: "DELETE" })).status).toBe(403);
        expect((await fetch(`${base}/media/product-1.png`)).status).toBe(200);
        expect((await fetch(`${sim.url.replace("0.0.0.0", "127.0.0.1")}/__sim/health`)).status).toBe(200);
      } finally {
        await sim.close();
      }
    },
  );
});
