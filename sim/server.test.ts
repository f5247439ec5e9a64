import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envelopeSchema, templatePageSchema, templateSchema } from "../lib/nxcloud/schemas";
import type { SimAccount } from "./dataset/types";
import { type RunningSimulator, startSimulator } from "./server";
import { bodyFor, callGetTemplate, DEMO_CREDENTIALS, testSign } from "./testing/client";

let sim: RunningSimulator;
let acme: SimAccount;
let globex: SimAccount;
let initech: SimAccount;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  [acme, globex, initech] = sim.dataset.accounts as [SimAccount, SimAccount, SimAccount];
});
afterAll(() => sim.close());

const call = (body: unknown, opts?: Parameters<typeof callGetTemplate>[2]) =>
  callGetTemplate(sim.url, body, opts);

describe("getTemplate success", () => {
  it("answers the documented envelope with a first page of 20 and Graph-like paging", async () => {
    const { status, json } = await call(bodyFor(acme));
    expect(status).toBe(200);
    expect(json.code).toBe(0);
    expect(json.message).toBe("Request successful");
    const env = envelopeSchema.parse(json);
    const page = templatePageSchema.parse(env.data);
    expect(page.data).toHaveLength(20);
    expect(page.data.map((t) => t.id)).toEqual(acme.templates.slice(0, 20).map((t) => String(t.id)));
    expect(page.paging?.cursors?.before).toBeTruthy();
    expect(page.paging?.cursors?.after).toBeTruthy();
    expect(page.paging?.next).toMatch(
      new RegExp(
        `^https://graph\\.facebook\\.com/v21\\.0/${acme.waba_id}/message_templates\\?.*limit=20.*&after=`,
      ),
    );
    expect(page.paging?.previous).toBeUndefined();
    for (const t of json.data?.data ?? []) expect(templateSchema.safeParse(t).success).toBe(true);
  });

  it("accepts the sha256 algorithm header", async () => {
    const { json } = await call(bodyFor(acme, { limit: 1 }), { algorithm: "sha256" });
    expect(json.code).toBe(0);
  });

  it("caps limit 500 to 100, accepts a digit-string limit and treats null as the default", async () => {
    expect((await call(bodyFor(initech, { limit: 500 }))).json.data?.data).toHaveLength(100);
    expect((await call(bodyFor(initech, { limit: 100 }))).json.data?.data).toHaveLength(100);
    expect((await call(bodyFor(initech, { limit: "50" }))).json.data?.data).toHaveLength(50);
    expect((await call(bodyFor(initech, { limit: null }))).json.data?.data).toHaveLength(20);
    const capped = await call(bodyFor(initech, { limit: 500 }));
    expect(capped.json.data?.paging?.next).toContain("limit=100");
  });

  it("name filter returns every language of that exact name", async () => {
    const { json } = await call(bodyFor(acme, { name: "order_confirmation" }));
    const expected = acme.templates.filter((t) => t.name === "order_confirmation");
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const got = json.data?.data ?? [];
    expect(got.map((t) => t.id)).toEqual(expected.map((t) => String(t.id)));
    expect(new Set(got.map((t) => t.language)).size).toBe(got.length);
    expect(got.every((t) => t.name === "order_confirmation")).toBe(true);
    // Exact match only: a prefix finds nothing, and an empty result has no paging.
    const none = await call(bodyFor(acme, { name: "order_confirm" }));
    expect(none.json.code).toBe(0);
    expect(none.json.data?.data).toEqual([]);
    expect(none.json.data?.paging).toBeUndefined();
  });

  it("name filter works on the big account for a name in many languages", async () => {
    const counts = new Map<string, number>();
    for (const t of initech.templates) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const [name, n] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
    expect(n).toBeGreaterThanOrEqual(8);
    const { json } = await call(bodyFor(initech, { name, limit: 100 }));
    expect(json.data?.data).toHaveLength(n);
    expect(json.data?.paging?.next).toBeUndefined();
  });
});

describe("getTemplate authentication errors (1001 → 1002 → 1005 → 1004 → 1003)", () => {
  it.each(["accessKey", "ts", "bizType", "action", "sign"])("missing %s header → 1001", async (header) => {
    const { status, json } = await call(bodyFor(acme), { omit: [header] });
    expect(status).toBe(200);
    expect(json).toMatchObject({ code: 1001, data: null });
  });

  it("bizType ≠ 2 or action ≠ getTemplate → 1002", async () => {
    expect((await call(bodyFor(acme), { bizType: "3" })).json.code).toBe(1002);
    expect((await call(bodyFor(acme), { action: "getPhone" })).json.code).toBe(1002);
  });

  it("unknown accessKey → 1005", async () => {
    expect((await call(bodyFor(acme), { accessKey: "someone-else" })).json.code).toBe(1005);
  });

  it("skewed ts, ts in seconds, or a non-numeric ts → 1004", async () => {
    expect((await call(bodyFor(acme), { ts: String(Date.now() - 61_000) })).json.code).toBe(1004);
    expect((await call(bodyFor(acme), { ts: String(Date.now() + 61_000) })).json.code).toBe(1004);
    expect((await call(bodyFor(acme), { ts: String(Math.floor(Date.now() / 1000)) })).json.code).toBe(1004);
    expect((await call(bodyFor(acme), { ts: "abc" })).json.code).toBe(1004);
    // Inside the window is fine.
    expect((await call(bodyFor(acme), { ts: String(Date.now() - 50_000) })).json.code).toBe(0);
  });

  it("wrong secret, other body, uppercase sign, md5 sign sent as sha256, unknown algorithm → 1003", async () => {
    expect((await call(bodyFor(acme), { accessSecret: "wrong-secret" })).json.code).toBe(1003);
    expect(
      (await call(bodyFor(acme), { signBody: JSON.stringify(bodyFor(acme, { limit: 5 })) })).json.code,
    ).toBe(1003);
    const raw = JSON.stringify(bodyFor(acme));
    const ts = String(Date.now());
    const sign = testSign({ ...DEMO_CREDENTIALS, action: "getTemplate", bizType: "2", ts, body: raw });
    expect((await call(raw, { ts, sign })).json.code).toBe(0);
    expect((await call(raw, { ts, sign: sign.toUpperCase() })).json.code).toBe(1003);
    expect((await call(raw, { algorithm: "md5", algorithmHeader: "sha256" })).json.code).toBe(1003);
    expect((await call(raw, { algorithmHeader: "sha1" })).json.code).toBe(1003);
  });

  it("a body re-serialised with different whitespace than signed → 1003", async () => {
    const sent = JSON.stringify(bodyFor(acme), null, 2);
    expect((await call(sent, { signBody: JSON.stringify(bodyFor(acme)) })).json.code).toBe(1003);
    expect((await call(sent)).json.code).toBe(0);
  });

  it("Content-Type other than application/json → 1003; charset parameter is fine", async () => {
    expect((await call(bodyFor(acme), { contentType: "text/plain;charset=UTF-8" })).json.code).toBe(1003);
    expect((await call(bodyFor(acme), { contentType: "application/json; charset=utf-8" })).json.code).toBe(0);
  });

  it("applies the documented check order", async () => {
    expect((await call(bodyFor(acme), { omit: ["sign"], bizType: "9" })).json.code).toBe(1001);
    expect((await call(bodyFor(acme), { bizType: "9", accessKey: "nobody" })).json.code).toBe(1002);
    expect((await call(bodyFor(acme), { accessKey: "nobody", ts: "1" })).json.code).toBe(1005);
    expect((await call(bodyFor(acme), { ts: "1", sign: "0".repeat(32) })).json.code).toBe(1004);
    expect((await call("not json", { sign: "0".repeat(32) })).json.code).toBe(1003);
  });
});

describe("getTemplate body errors", () => {
  it.each([
    ["not JSON", "{appkey:"],
    ["a JSON array", "[]"],
    ["an empty body", ""],
    ["missing appkey", JSON.stringify({ business_phone: "14155550123", messaging_product: "whatsapp" })],
    ["missing business_phone", JSON.stringify({ appkey: "ak-acme-4f7c2e", messaging_product: "whatsapp" })],
    [
      "missing messaging_product",
      JSON.stringify({ appkey: "ak-acme-4f7c2e", business_phone: "14155550123" }),
    ],
  ])("%s → 9000", async (_label, raw) => {
    expect((await call(raw)).json).toMatchObject({ code: 9000, data: null });
  });

  it("messaging_product other than whatsapp, bad limit, bad field types, after+before → 9000", async () => {
    for (const extra of [
      { messaging_product: "sms" },
      { limit: 0 },
      { limit: -3 },
      { limit: 2.5 },
      { limit: "abc" },
      { limit: true },
      { name: 12 },
      { after: 5 },
      { after: "x", before: "y" },
    ]) {
      const { json } = await call(bodyFor(acme, extra));
      expect(json.code, JSON.stringify(extra)).toBe(9000);
    }
  });

  it("business_phone not 6–20 digits or unknown → 9002", async () => {
    for (const phone of ["abc", "+14155550123", "12345", "1".repeat(21), "8613800000000"]) {
      const { json } = await call(bodyFor({ appkey: acme.appkey, business_phone: phone }));
      expect(json.code, phone).toBe(9002);
    }
  });

  it("known number not bound to the appkey → 9006", async () => {
    expect(
      (await call(bodyFor({ appkey: acme.appkey, business_phone: globex.business_phone }))).json.code,
    ).toBe(9006);
    expect(
      (await call(bodyFor({ appkey: "no-such-app", business_phone: acme.business_phone }))).json.code,
    ).toBe(9006);
  });

  it("garbage, foreign or out-of-scope cursors → 9099 with Meta's (#100) Invalid parameter", async () => {
    const first = await call(bodyFor(acme, { limit: 5 }));
    const cursor = first.json.data?.paging?.cursors?.after as string;
    const named = await call(bodyFor(acme, { name: "order_confirmation", limit: 1 }));
    const namedCursor = named.json.data?.paging?.cursors?.after as string;
    for (const [label, extra, account] of [
      ["garbage", { after: "MAZDZD" }, acme],
      ["not base64", { after: "!!!" }, acme],
      ["tampered", { after: `${cursor.slice(0, -2)}AA` }, acme],
      ["other account", { after: cursor }, globex],
      ["other name filter", { after: namedCursor }, acme],
      ["garbage before", { before: "xyz" }, acme],
    ] as const) {
      const { json } = await call(bodyFor(account, extra));
      expect(json.code, label).toBe(9099);
      expect(json.data?.error).toMatchObject({
        code: 100,
        message: "(#100) Invalid parameter",
        type: "OAuthException",
      });
    }
  });
});

describe("routes", () => {
  it("GET on the API → 405, unknown path → 404", async () => {
    expect((await fetch(`${sim.url}/api/wa/getTemplate`)).status).toBe(405);
    expect((await fetch(`${sim.url}/api/wa/nope`, { method: "POST" })).status).toBe(404);
  });
});
