import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPasswordSync } from "./password";

// Sign-out must outlive every copy of the cookie: a copy renewed after sign-out keeps the same sid.
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, {
    NXCLOUD_BASE_URL: "http://127.0.0.1:4010",
    NXCLOUD_ACCESS_KEY: "k",
    NXCLOUD_ACCESS_SECRET: "s",
    NXCLOUD_ACCOUNTS: JSON.stringify([
      { id: "acme", label: "Acme", appkey: "a", business_phone: "8613800138000" },
    ]),
    CONSOLE_USERS: JSON.stringify([
      { name: "alice", passwordHash: hashPasswordSync("alice-pw"), accounts: ["acme"] },
    ]),
    SESSION_SECRET: "a-test-secret-that-is-long-enough-1234567890",
    SESSION_TTL_HOURS: "12",
    SESSION_MAX_AGE_HOURS: "168",
    DEMO_MODE: "0",
    LOG_LEVEL: "silent",
  });
});
afterAll(() => {
  process.env = saved;
});

describe("sessions", () => {
  it("a copy renewed before sign-out stays revoked after the presented cookie would have expired", async () => {
    vi.resetModules();
    const { resolveSession, revokeSession, sessionSecret, sessionTtlMs } = await import("./session-resolve");
    const { newSession, renewSession, sealSession } = await import("./session-token");
    const { getUserDirectory } = await import("./directory");
    const ttl = sessionTtlMs();
    const record = getUserDirectory().find("alice");
    if (!record) throw new Error("no alice");
    const original = newSession(record, T0, ttl);
    // The attacker's copy, renewed at T0 + 11 h (lives until T0 + 23 h).
    const copy = await sealSession(renewSession(original, T0 + 11 * HOUR, ttl), sessionSecret(), ttl);
    // The user signs out at T0 + 1 h with the original cookie (it would expire at T0 + 12 h).
    await revokeSession(await sealSession(original, sessionSecret(), ttl), T0 + HOUR);
    expect((await resolveSession(copy, T0 + 11.5 * HOUR)).status).toBe("revoked");
    expect((await resolveSession(copy, T0 + 12.5 * HOUR)).status).toBe("revoked");
  });

  it("refuses a session older than SESSION_MAX_AGE_HOURS even when it was renewed", async () => {
    vi.resetModules();
    const { resolveSession, sessionSecret, sessionTtlMs } = await import("./session-resolve");
    const { newSession, renewSession, sealSession } = await import("./session-token");
    const { getUserDirectory } = await import("./directory");
    const ttl = sessionTtlMs();
    const record = getUserDirectory().find("alice");
    if (!record) throw new Error("no alice");
    const renewed = renewSession(newSession(record, T0, ttl), T0 + 167 * HOUR, ttl);
    const seal = await sealSession(renewed, sessionSecret(), ttl);
    expect((await resolveSession(seal, T0 + 167.5 * HOUR)).status).toBe("valid");
    expect((await resolveSession(seal, T0 + 168 * HOUR)).status).toBe("expired");
  });
});
