import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import { createSecretBox } from "@/server/alerts/secret-box";
import { createAlertService } from "@/server/alerts/service";
import { migrateToLatest } from "@/server/db/migrate";
import { type TestDatabase, tempSqlite } from "@/server/db/testing";
import type { AlertsDeps } from "./alerts-deps";
import { createRule, listRules, updateRule } from "./alerts-rules";

/**
 * The rules use-cases with the production transport policy (no private targets, https only):
 * what an admin cannot save, and that no answer carries a secret or a webhook credential.
 */

const admin: SessionUser = { name: "root", accounts: "*", role: "admin" };
const viewer: SessionUser = { name: "eve", accounts: "*", role: "viewer" };
let test: TestDatabase;
let deps: AlertsDeps;

function setup(policy: { allowPrivateTargets: boolean; requireHttps: boolean }) {
  const alerts = createAlertService(
    test.handle,
    [],
    {
      box: createSecretBox({ NODE_ENV: "test" }),
      publicUrl: "https://console.example.com",
      send: { ...policy, resolve: async () => [{ address: "93.184.216.34", family: 4 }] },
      smtp: null,
      retry: { baseMs: 1000, maxDelayMs: 60_000, windowMs: 86_400_000 },
      workerIntervalMs: 1000,
    },
    Date.now,
  );
  deps = { alerts, database: test.handle, now: Date.now };
}

beforeEach(async () => {
  test = tempSqlite();
  await migrateToLatest(test.handle);
});
afterEach(async () => {
  await test.drop();
});

async function problem(p: Promise<unknown>): Promise<ApiProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiProblem) return e;
    throw e;
  }
  throw new Error("expected an ApiProblem");
}

const body = (url: string, secret?: string) => ({
  name: "ops",
  accounts: "*",
  events: ["paused"],
  channel: { type: "webhook", url, ...(secret ? { secret } : {}) },
  mode: "immediate",
});

describe("alert rules use-cases", () => {
  it("refuses private and loopback targets when the override is off, and http in production", async () => {
    setup({ allowPrivateTargets: false, requireHttps: true });
    for (const url of [
      "https://127.0.0.1/hook",
      "https://10.0.0.8/hook",
      "https://[::1]/hook",
      "https://169.254.169.254/x",
    ]) {
      const p = await problem(createRule(deps, admin, body(url)));
      expect(p.status, url).toBe(400);
      expect(Object.keys(p.extra.fields ?? {})).toEqual(["channel.url"]);
    }
    expect((await problem(createRule(deps, admin, body("http://hooks.example.com/x")))).status).toBe(400);
    await expect(createRule(deps, admin, body("https://hooks.example.com/x"))).resolves.toMatchObject({
      name: "ops",
    });
  });

  it("allows loopback targets with the override (demo, tests)", async () => {
    setup({ allowPrivateTargets: true, requireHttps: false });
    await expect(createRule(deps, admin, body("http://127.0.0.1:4015/webhook/x"))).resolves.toMatchObject({
      channel: { type: "webhook", secretSet: false },
    });
  });

  it("names bad fields, refuses viewers, and never answers with a secret or the URL's credential", async () => {
    setup({ allowPrivateTargets: false, requireHttps: true });
    const bad = await problem(
      createRule(deps, admin, { ...body("https://hooks.example.com/x"), evnets: [] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toContain("evnets");
    expect((await problem(createRule(deps, viewer, body("https://hooks.example.com/x")))).status).toBe(403);

    const secret = "very-secret-signing-key-123";
    const token = "tokenTokenToken123456789";
    const created = await createRule(deps, admin, body(`https://hooks.example.com/${token}`, secret));
    const updated = await updateRule(deps, admin, created.id, { name: "renamed", channel: created.channel });
    expect(updated).toMatchObject({ name: "renamed", channel: { secretSet: true } });
    // The masked URL sent back unchanged kept the real one (and the secret).
    const stored = await deps.alerts?.rules.get(created.id);
    expect(deps.alerts?.rules.open(stored as never)).toEqual({
      type: "webhook",
      url: `https://hooks.example.com/${token}`,
      secret,
    });
    for (const answer of [created, updated, await listRules(deps, viewer)]) {
      expect(JSON.stringify(answer)).not.toContain(secret);
      expect(JSON.stringify(answer)).not.toContain(token);
    }
  });
});
