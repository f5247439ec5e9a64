import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNxCloudClient } from "../lib/nxcloud/client";
import { type RunningSimulator, startSimulator } from "./server";

/** Runtime data changes through the admin endpoints, seen by a signed getTemplate walk. */
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(() => sim.close());

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${sim.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });

async function listing(accountId: string) {
  const account = sim.dataset.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error("no account");
  const client = createNxCloudClient({ baseUrl: sim.url, ...sim.credentials, retries: 0, timeoutMs: 2000 });
  const all = [];
  let after: string | undefined;
  for (;;) {
    const page = await client.getTemplates({
      appkey: account.appkey,
      businessPhone: account.business_phone,
      limit: 100,
      after,
    });
    all.push(...page.data);
    after = page.paging?.next ? page.paging.cursors?.after : undefined;
    if (!after) return all;
  }
}

describe("runtime template changes", () => {
  it("PATCH merges fields and the next walk serves them", async () => {
    const id = String(sim.dataset.accounts.find((a) => a.id === "acme")?.templates[5]?.id);
    const res = await call("PATCH", `/__sim/accounts/acme/templates/${id}`, {
      status: "PAUSED",
      quality_score: "RED",
      id: "ignored",
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id, status: "PAUSED", quality_score: { score: "RED" } });
    const served = (await listing("acme")).find((t) => t.id === id);
    expect(served).toMatchObject({ status: "PAUSED", quality_score: { score: "RED" } });
  });

  it("POST adds a template first in the listing (201), DELETE removes it (204)", async () => {
    const before = (await listing("acme")).length;
    const res = await call("POST", "/__sim/accounts/acme/templates", {
      name: "fresh_one",
      language: "en_US",
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ name: "fresh_one", status: "PENDING", category: "UTILITY" });
    const after = await listing("acme");
    expect(after).toHaveLength(before + 1);
    expect(after[0]?.id).toBe(created.id);
    const del = await call("DELETE", `/__sim/accounts/acme/templates/${created.id}`);
    expect(del.status).toBe(204);
    expect(await listing("acme")).toHaveLength(before);
  });

  it("answers 404 for an unknown account or id and 400 for a bad body", async () => {
    expect((await call("PATCH", "/__sim/accounts/nope/templates/1", { status: "X" })).status).toBe(404);
    expect((await call("PATCH", "/__sim/accounts/acme/templates/1", { status: "X" })).status).toBe(404);
    expect((await call("DELETE", "/__sim/accounts/acme/templates/1")).status).toBe(404);
    const id = String(sim.dataset.accounts.find((a) => a.id === "acme")?.templates[1]?.id);
    expect((await call("PATCH", `/__sim/accounts/acme/templates/${id}`, "{nope")).status).toBe(400);
    expect((await call("PATCH", `/__sim/accounts/acme/templates/${id}`, [1])).status).toBe(400);
    expect((await call("PATCH", `/__sim/accounts/acme/templates/${id}`, { status: 3 })).status).toBe(400);
    expect((await call("POST", "/__sim/accounts/acme/templates", { language: "en" })).status).toBe(400);
  });
});
