import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config/env-schema";
import { hashPassword } from "./password";
import {
  demoBindProblems,
  demoCredentialProblems,
  type SafetyEnv,
  sessionSecretProblems,
  sharedSecretProblems,
} from "./safety";
import { resolveSessionSecret } from "./secret";
import type { UserRecord } from "./users";

const GOOD_SECRET = "q8Z3vK1xP0mN7rT5wY2uB9cE4hJ6gL0aS3dF8kQ1zX";
const env = (over: Partial<SafetyEnv> = {}): SafetyEnv => ({
  NODE_ENV: "production",
  DEMO_MODE: false,
  SESSION_SECRET: GOOD_SECRET,
  DEMO_USER: "demo",
  DEMO_PASSWORD: "demo",
  ...over,
});

describe("sessionSecretProblems", () => {
  it("accepts a long random secret", () => {
    expect(sessionSecretProblems(env())).toEqual([]);
  });

  it("requires a secret outside demo mode, and says how to make one", () => {
    expect(sessionSecretProblems(env({ SESSION_SECRET: undefined }))).toEqual([
      expect.stringMatching(/^SESSION_SECRET: is required outside demo mode.*openssl rand/),
    ]);
    expect(sessionSecretProblems(env({ NODE_ENV: "development", SESSION_SECRET: "" }))).toHaveLength(1);
  });

  it("refuses a short secret, without echoing it", () => {
    const [problem] = sessionSecretProblems(env({ SESSION_SECRET: "tooShortSecret123" }));
    expect(problem).toMatch(/at least 32 characters \(it is 17\)/);
    expect(problem).not.toContain("tooShortSecret123");
  });

  it.each([
    "change-me-change-me-change-me-change-me",
    "your-secret-goes-here-at-least-32-characters",
    "demo-access-secret-change-me-0123456789abc",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "abababababababababababababababababababab",
  ])("refuses a default or placeholder secret in production (%s)", (secret) => {
    expect(sessionSecretProblems(env({ SESSION_SECRET: secret }))[0]).toMatch(/default or placeholder/);
  });

  it("lets demo mode run without a secret (a random one per process)", () => {
    expect(sessionSecretProblems(env({ DEMO_MODE: true, SESSION_SECRET: undefined }))).toEqual([]);
    expect(sessionSecretProblems(env({ DEMO_MODE: true, SESSION_SECRET: "short" }))).toHaveLength(1);
  });
});

describe("resolveSessionSecret", () => {
  it("generates one random secret per process in demo mode", () => {
    const a = resolveSessionSecret({ DEMO_MODE: true, SESSION_SECRET: undefined });
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(resolveSessionSecret({ DEMO_MODE: true, SESSION_SECRET: undefined })).toBe(a);
  });

  it("throws outside demo mode without a usable secret", () => {
    expect(() => resolveSessionSecret({ DEMO_MODE: false, SESSION_SECRET: undefined })).toThrow(ConfigError);
    expect(() => resolveSessionSecret({ DEMO_MODE: false, SESSION_SECRET: "x".repeat(10) })).toThrow(
      ConfigError,
    );
    expect(resolveSessionSecret({ DEMO_MODE: false, SESSION_SECRET: GOOD_SECRET })).toBe(GOOD_SECRET);
  });
});

describe("demoCredentialProblems", () => {
  const user = async (name: string, password: string): Promise<UserRecord> => ({
    name,
    accounts: "*",
    role: "admin",
    passwordHash: await hashPassword(password, { N: 2 ** 14 }),
    credentialVersion: "x",
  });

  it("refuses demo settings, no users, and demo or guessable passwords in production", async () => {
    const users = [
      await user("alice", "a-long-and-real-password"),
      await user("bob", "demo"),
      await user("carol", "carol"),
    ];
    const found = demoCredentialProblems(env(), { DEMO_PASSWORD: "demo" }, users);
    expect(found).toEqual([
      expect.stringMatching(/^DEMO_USER \/ DEMO_PASSWORD: demo users are refused in production/),
      expect.stringMatching(/user "bob" has a demo or trivially guessable password/),
      expect.stringMatching(/user "carol" has a demo or trivially guessable password/),
    ]);
    expect(demoCredentialProblems(env(), {}, [])[0]).toMatch(/no users are configured/);
    // Users that failed to load are reported elsewhere; the demo settings still are.
    expect(demoCredentialProblems(env(), { DEMO_USER: "demo" }, null)).toEqual([
      expect.stringMatching(/^DEMO_USER \/ DEMO_PASSWORD/),
    ]);
  });

  it("does not apply to demo mode or development", async () => {
    const users = [await user("bob", "demo")];
    expect(demoCredentialProblems(env({ DEMO_MODE: true }), { DEMO_USER: "demo" }, users)).toEqual([]);
    expect(demoCredentialProblems(env({ NODE_ENV: "development" }), {}, [])).toEqual([]);
  });
});

describe("demoBindProblems", () => {
  const demo = { DEMO_MODE: true, DEMO_ALLOW_REMOTE: false };
  it("lets demo mode listen on loopback only", () => {
    expect(demoBindProblems(demo, ["127.0.0.1"])).toEqual([]);
    expect(demoBindProblems(demo, ["::1", "127.0.0.2"])).toEqual([]);
    expect(demoBindProblems(demo, ["0.0.0.0"])).toEqual([
      expect.stringMatching(/DEMO_MODE.*0\.0\.0\.0.*DEMO_ALLOW_REMOTE/),
    ]);
    expect(demoBindProblems(demo, ["::"])).toHaveLength(1);
    expect(demoBindProblems(demo, ["192.168.1.5"])).toHaveLength(1);
  });
  it("allows any interface with DEMO_ALLOW_REMOTE=1, and outside demo mode", () => {
    expect(demoBindProblems({ DEMO_MODE: true, DEMO_ALLOW_REMOTE: true }, ["0.0.0.0"])).toEqual([]);
    expect(demoBindProblems({ DEMO_MODE: false, DEMO_ALLOW_REMOTE: false }, ["0.0.0.0"])).toEqual([]);
  });
});

describe("sharedSecretProblems", () => {
  it("requires SESSION_SECRET whenever DATABASE_URL is set, naming the variable", () => {
    expect(sharedSecretProblems({ DATABASE_URL: "postgres://db/x", SESSION_SECRET: undefined })).toEqual([
      expect.stringMatching(/^SESSION_SECRET: .*DATABASE_URL/),
    ]);
    expect(sharedSecretProblems({ DATABASE_URL: "postgres://db/x", SESSION_SECRET: "x".repeat(40) })).toEqual(
      [],
    );
    expect(sharedSecretProblems({ DATABASE_URL: undefined, SESSION_SECRET: undefined })).toEqual([]);
  });
});
