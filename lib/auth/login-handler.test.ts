import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "./client-ip";
import { hashPasswordSync } from "./password";

// The sign-in handler end to end, without HTTP: logging, body limits and which address is throttled.
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
    DEMO_MODE: "0",
    LOG_LEVEL: "warn",
    LOGIN_MAX_FAILURES_PER_USER: "2",
    LOGIN_MAX_FAILURES_PER_IP: "3",
  });
});
afterAll(() => {
  process.env = saved;
});
// As instrumentation-node.ts does when it finds the HTTP server (see listen-hooks.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for("template-console.socket-address-stamped")] = true;
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("template-console.login-throttle")];
});

function post(body: BodyInit, headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/auth/login", {
    method: "POST",
    body,
    headers: { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", ...headers },
    // @ts-expect-error Node's fetch needs it for a stream body
    duplex: "half",
  });
}

const json = (value: unknown, socket = "10.0.0.1", extra: Record<string, string> = {}) =>
  post(JSON.stringify(value), {
    "content-type": "application/json",
    [SOCKET_ADDRESS_HEADER]: socket,
    ...extra,
  });

describe("handleLogin", () => {
  it("logs a hash of a failed user name, never the typed text", async () => {
    vi.resetModules();
    const { handleLogin } = await import("./login-handler");
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const res = await handleLogin(json({ user: "correct-horse-battery", password: "x" }));
    expect(res.status).toBe(401);
    const line = lines.find((l) => l.includes("sign-in failed")) ?? "";
    expect(line).not.toContain("correct-horse-battery");
    expect(JSON.parse(line)).toMatchObject({ userDigest: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it("refuses a body over the limit counted on the stream (no or lying Content-Length)", async () => {
    vi.resetModules();
    const { handleLogin } = await import("./login-handler");
    const big = `user=alice&password=${"a".repeat(64 * 1024)}`;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.subarray(i, i + 4096));
        controller.close();
      },
    });
    const res = await handleLogin(
      post(stream, {
        "content-type": "application/x-www-form-urlencoded",
        [SOCKET_ADDRESS_HEADER]: "10.0.0.1",
      }),
    );
    expect(res.status).toBe(413);
    const lying = await handleLogin(
      post(big, {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": "10",
        [SOCKET_ADDRESS_HEADER]: "10.0.0.1",
      }),
    );
    expect(lying.status).toBeGreaterThanOrEqual(400);
    expect(lying.status).not.toBe(303);
  });

  it("throttles the socket address, whatever X-Forwarded-For says (TRUST_PROXY_HOPS=0)", async () => {
    vi.resetModules();
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const { handleLogin } = await import("./login-handler");
    for (let i = 0; i < 3; i++)
      await handleLogin(
        json({ user: `u${i}`, password: "x" }, "10.9.9.9", { "x-forwarded-for": `1.1.1.${i}` }),
      );
    const res = await handleLogin(
      json({ user: "u9", password: "x" }, "10.9.9.9", { "x-forwarded-for": "2.2.2.2" }),
    );
    expect(res.status).toBe(429);
  });
});
