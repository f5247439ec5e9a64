import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { AccountConfig } from "@/lib/config/env-schema";
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
/** An admin of some accounts only (a regional team lead). */
const acmeAdmin: SessionUser = { name: "lin", accounts: ["acme"], role: "admin" };
const ACCOUNTS: AccountConfig[] = ["acme", "globex"].map((id) => ({
  id,
  label: id,
  appkey: `key-${id}`,
  business_phone: "8613800000000",
}));
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
  deps = { alerts, database: test.handle, now: Date.now, accounts: ACCOUNTS };
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

  it("refuses accounts the editor cannot see, and '*' from an editor limited to some", async () => {
    setup({ allowPrivateTargets: false, requireHttps: true });
    const forAccounts = (accounts: string[] | "*") => ({ ...body("https://hooks.example.com/x"), accounts });
    const unknown = await problem(createRule(deps, admin, forAccounts(["acme", "nope"])));
    expect(unknown.status).toBe(400);
    expect(unknown.extra.fields).toEqual({ accounts: [expect.stringContaining("nope")] });
    const foreign = await problem(createRule(deps, acmeAdmin, forAccounts(["globex"])));
    expect(foreign.extra.fields).toEqual({ accounts: [expect.stringContaining("globex")] });
    expect((await problem(createRule(deps, acmeAdmin, forAccounts("*")))).extra.fields).toHaveProperty(
      "accounts",
    );
    const own = await createRule(deps, acmeAdmin, forAccounts(["acme"]));
    expect(own.accounts).toEqual(["acme"]);
    // An edit is checked too: the limited admin cannot widen a rule to "*".
    expect((await problem(updateRule(deps, acmeAdmin, own.id, { accounts: "*" }))).status).toBe(400);
  });

  it("refuses an email rule when the server has no SMTP set up, naming what to set", async () => {
    setup({ allowPrivateTargets: false, requireHttps: true });
    const email = await problem(
      createRule(deps, admin, { ...body("https://x"), channel: { type: "email", to: "ops@example.com" } }),
    );
    expect(email.status).toBe(400);
    expect(email.extra.fields?.["channel.to"]?.[0]).toContain("SMTP_URL");
  });
});
