import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "@/sim/server";
import { createNxCloudClient, type NxCloudClient } from "./client";
import { NxCloudError } from "./errors";

/**
 * The console's client against the simulator over real HTTP (issue 3): every documented error
 * becomes the right typed error, walks reach the end both ways, and page-size caps are honoured.
 */
let sim: RunningSimulator;
let client: NxCloudClient;
const fast = { retries: 0, timeoutMs: 2_000 } as const;

function accountOf(id: string) {
  const account = sim.dataset.accounts.find((a) => a.id === id);
  if (!account) throw new Error(`no account ${id}`);
  return { appkey: account.appkey, businessPhone: account.business_phone, size: account.templates.length };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(NxCloudError);
    return (e as NxCloudError).code;
  }
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = createNxCloudClient({ baseUrl: sim.url, ...sim.credentials, ...fast });
});
afterAll(() => sim.close());
beforeEach(() => void sim.faults.reset());

describe("client ↔ simulator", () => {
  it("walks every account to the end with `after`, without duplicates, and back with `before`", async () => {
    for (const id of ["acme", "globex"]) {
      const { size, ...account } = accountOf(id);
      const ids: string[] = [];
      const cursors: string[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 100; guard++) {
        const page = await client.getTemplates({ ...account, after, limit: 25 });
        ids.push(...page.data.map((t) => t.id));
        cursors.push(page.paging?.cursors?.before ?? "");
        if (!page.paging?.next) break;
        after = page.paging.cursors?.after;
      }
      expect(ids).toHaveLength(size);
      expect(new Set(ids).size).toBe(size);

      // Walk back from the last page with `before`: pages come back in reverse, same rows.
      const back: string[] = [];
      let before: string | undefined = cursors[cursors.length - 1];
      for (let guard = 0; guard < 100 && before; guard++) {
        const page = await client.getTemplates({ ...account, before, limit: 25 });
        back.unshift(...page.data.map((t) => t.id));
        before = page.paging?.previous ? page.paging.cursors?.before : undefined;
      }
      expect(back).toEqual(ids.slice(0, back.length));
      expect(back.length).toBe(size - (size % 25 || 25));
    }
  });

  it("caps the page size at the simulator's maximum instead of failing", async () => {
    const { size: _size, ...account } = accountOf("globex");
    const page = await client.getTemplates({ ...account, limit: 500 });
    expect(page.data).toHaveLength(100);
    sim.faults.replace({ maxLimit: 30 });
    expect((await client.getTemplates({ ...account, limit: 100 })).data).toHaveLength(30);
  });

  it("finds every language of a name", async () => {
    const { size: _size, ...account } = accountOf("acme");
    const first = (await client.getTemplates({ ...account, limit: 100 })).data;
    const counts = new Map<string, number>();
    for (const t of first) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    const page = await client.getTemplates({ ...account, name });
    expect(page.data.map((t) => t.name)).toEqual(Array(count).fill(name));
  });

  it("signs with SHA-256 too", async () => {
    const sha = createNxCloudClient({ baseUrl: sim.url, ...sim.credentials, algorithm: "sha256", ...fast });
    const { size: _size, ...account } = accountOf("acme");
    expect((await sha.getTemplates({ ...account, limit: 5 })).data).toHaveLength(5);
  });

  it("maps auth and parameter failures to typed errors", async () => {
    const { size: _size, ...account } = accountOf("acme");
    const other = accountOf("globex");
    const wrongSecret = createNxCloudClient({
      baseUrl: sim.url,
      accessKey: sim.credentials.accessKey,
      accessSecret: "nope",
      ...fast,
    });
    const wrongKey = createNxCloudClient({
      baseUrl: sim.url,
      accessKey: "who",
      accessSecret: "nope",
      ...fast,
    });
    const skewed = createNxCloudClient({
      baseUrl: sim.url,
      ...sim.credentials,
      ...fast,
      now: () => Date.now() - 120_000,
    });
    expect(await codeOf(wrongSecret.getTemplates(account))).toBe("nxcloud_bad_signature");
    expect(await codeOf(wrongKey.getTemplates(account))).toBe("nxcloud_forbidden");
    expect(await codeOf(skewed.getTemplates(account))).toBe("nxcloud_clock_skew");
    expect(await codeOf(client.getTemplates({ ...account, businessPhone: "12ab" }))).toBe(
      "nxcloud_bad_phone",
    );
    expect(await codeOf(client.getTemplates({ ...account, businessPhone: "19995550000" }))).toBe(
      "nxcloud_bad_phone",
    );
    expect(await codeOf(client.getTemplates({ ...account, appkey: other.appkey }))).toBe(
      "nxcloud_phone_not_bound",
    );
    expect(await codeOf(client.getTemplates({ ...account, appkey: "" }))).toBe("nxcloud_missing_fields");
  });

  it("maps forced upstream codes, malformed bodies and hangs", async () => {
    const { size: _size, ...account } = accountOf("acme");
    const cases: [number, string][] = [
      [-1, "nxcloud_failed"],
      [9001, "nxcloud_system_error"],
      [9099, "nxcloud_meta_error"],
      [1001, "nxcloud_missing_headers"],
      [1002, "nxcloud_bad_parameter"],
      [4242, "nxcloud_unknown_code"],
    ];
    for (const [code, expected] of cases) {
      sim.faults.replace({ forceCode: code });
      expect(await codeOf(client.getTemplates(account))).toBe(expected);
    }
    sim.faults.replace({ malformed: true });
    expect(await codeOf(client.getTemplates(account))).toBe("upstream_bad_json");
    sim.faults.replace({ hang: true });
    const impatient = createNxCloudClient({
      baseUrl: sim.url,
      ...sim.credentials,
      retries: 0,
      timeoutMs: 300,
    });
    expect(await codeOf(impatient.getTemplates(account))).toBe("upstream_timeout");
  });

  it("retries a transient failure and then succeeds", async () => {
    const { size: _size, ...account } = accountOf("acme");
    sim.faults.replace({ errorRate: 0.5, failCode: 9001 });
    const patient = createNxCloudClient({
      baseUrl: sim.url,
      ...sim.credentials,
      retries: 10,
      backoffBaseMs: 1,
      random: () => 0,
    });
    // errorRate 0.5 failing with 9001: with ten retries, a success is all but certain.
    await expect(patient.getTemplates({ ...account, limit: 5 })).resolves.toBeDefined();
  });

  it("cannot be reached on a closed port → upstream_unreachable", async () => {
    const dead = createNxCloudClient({ baseUrl: "http://127.0.0.1:1", ...sim.credentials, ...fast });
    expect(await codeOf(dead.getTemplates({ appkey: "a", businessPhone: "123456" }))).toBe(
      "upstream_unreachable",
    );
  });
});

/**
 * An independent signer written from the documentation alone (no console code): it must be
 * accepted by the simulator, and walk every account to the end with the documented credentials.
 */
describe("independent signer from the documentation", () => {
  function docSign(headers: Record<string, string>, body: string, secret: string): string {
    const headerPart = Object.keys(headers)
      .filter((k) => k !== "sign" && k !== "algorithm")
      .sort()
      .map((k) => `${k}=${headers[k]}`)
      .join("&");
    const s = `${headerPart}${body ? `&body=${body}` : ""}&accessSecret=${secret}`;
    return createHash("md5").update(s, "utf8").digest("hex");
  }

  it("reproduces the official vector", () => {
    const sign = docSign(
      { accessKey: "fme2na3kdi3ki", action: "send", bizType: "1", ts: "1655710885431" },
      '{"name":"牛小信","id":10001}',
      "abciiiko2k3",
    );
    expect(sign).toBe("87c3560d3331ae23f1021e2025722354");
  });

  it("walks every simulator account to the end", async () => {
    for (const account of sim.dataset.accounts) {
      let after: string | undefined;
      let total = 0;
      for (let guard = 0; guard < 200; guard++) {
        const body = JSON.stringify({
          appkey: account.appkey,
          business_phone: account.business_phone,
          messaging_product: "whatsapp",
          limit: 100,
          ...(after ? { after } : {}),
        });
        const headers = {
          accessKey: "demo-access-key",
          action: "getTemplate",
          bizType: "2",
          ts: String(Date.now()),
        };
        const res = await fetch(`${sim.url}/api/wa/getTemplate`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...headers,
            sign: docSign(headers, body, "demo-access-secret-change-me"),
          },
          body,
        });
        const json = (await res.json()) as {
          code: number;
          data: { data: unknown[]; paging?: { next?: string; cursors?: { after?: string } } };
        };
        expect(json.code).toBe(0);
        total += json.data.data.length;
        if (!json.data.paging?.next) break;
        after = json.data.paging.cursors?.after;
      }
      expect(total).toBe(account.templates.length);
    }
  });
});
