import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env-schema";

const base = {
  NXCLOUD_BASE_URL: "http://127.0.0.1:4010",
  NXCLOUD_ACCESS_KEY: "k",
  NXCLOUD_ACCESS_SECRET: "s",
  NXCLOUD_ACCOUNTS: JSON.stringify([
    { id: "acme", label: "Acme", appkey: "ak", business_phone: "8613800138000" },
  ]),
};

function problems(env: Record<string, string>): string[] {
  try {
    parseEnv(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe("parseEnv", () => {
  it("accepts a minimal valid environment and applies defaults", () => {
    const env = parseEnv(base);
    expect(env.NXCLOUD_PAGE_SIZE).toBe(100);
    expect(env.CATALOG_TTL_MS).toBe(60_000);
    expect(env.NXCLOUD_SIGN_ALGORITHM).toBe("md5");
    expect(env.NXCLOUD_ACCOUNTS[0]?.id).toBe("acme");
  });

  it("names a missing variable", () => {
    const { NXCLOUD_ACCESS_SECRET: _, ...rest } = base;
    expect(problems(rest)).toEqual([expect.stringMatching(/^NXCLOUD_ACCESS_SECRET: /)]);
  });

  it("names the variable and the expectation for a bad number", () => {
    expect(problems({ ...base, NXCLOUD_TIMEOUT_MS: "soon" })[0]).toMatch(
      /NXCLOUD_TIMEOUT_MS: expected a whole number/,
    );
  });

  it("points into the accounts JSON", () => {
    const bad = JSON.stringify([{ id: "all", label: "", appkey: "x", business_phone: "12" }]);
    const list = problems({ ...base, NXCLOUD_ACCOUNTS: bad });
    expect(list.join("\n")).toMatch(/NXCLOUD_ACCOUNTS\[0\]\.id: id 'all' is reserved/);
    expect(list.join("\n")).toMatch(/NXCLOUD_ACCOUNTS\[0\]\.business_phone/);
    expect(problems({ ...base, NXCLOUD_ACCOUNTS: "[{" })[0]).toMatch(/NXCLOUD_ACCOUNTS: not valid JSON/);
  });

  it("rejects duplicate ids and half credentials", () => {
    const a = { id: "a", label: "A", appkey: "x", business_phone: "123456" };
    const list = problems({ ...base, NXCLOUD_ACCOUNTS: JSON.stringify([a, { ...a, access_key: "k2" }]) });
    expect(list.join("\n")).toMatch(/duplicate account id "a"/);
    expect(list.join("\n")).toMatch(/access_key and access_secret go together/);
  });
});

describe("describeEnvIssues wording", () => {
  it("says 'is required' only for missing variables, the real problem otherwise", () => {
    expect(problems({ ...base, NXCLOUD_BASE_URL: "ftp://x" })[0]).toMatch(
      /NXCLOUD_BASE_URL: must be an http\(s\) URL/,
    );
    const { NXCLOUD_BASE_URL: _, ...rest } = base;
    expect(problems(rest)[0]).toBe("NXCLOUD_BASE_URL: is required");
  });
});

describe("invalid JSON never echoes the input", () => {
  it("says where, not what", () => {
    const list = problems({ ...base, NXCLOUD_ACCOUNTS: '[{"access_secret":S3CRET}]' });
    expect(list.join("\n")).toMatch(/NXCLOUD_ACCOUNTS: not valid JSON/);
    expect(list.join("\n")).not.toContain("S3CRET");
  });
});

describe("alert settings", () => {
  it("are optional, with defaults; empty counts as unset", () => {
    const env = parseEnv({ ...base, SMTP_URL: "", CONSOLE_PUBLIC_URL: "" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.CONSOLE_PUBLIC_URL).toBeUndefined();
    expect(env.ALERTS_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(env.SIM_SINK_PORT).toBe(4015);
  });

  it("are validated, naming the variable", () => {
    expect(problems({ ...base, CONSOLE_PUBLIC_URL: "console.example.com" })[0]).toMatch(
      /^CONSOLE_PUBLIC_URL: must be an http\(s\) URL/,
    );
    expect(problems({ ...base, SMTP_URL: "http://mail" })[0]).toMatch(/^SMTP_URL: must be an smtp/);
    expect(problems({ ...base, SMTP_FROM: "nobody" })[0]).toMatch(/^SMTP_FROM: /);
    expect(problems({ ...base, ALERTS_SECRET_KEY: "short" })[0]).toMatch(
      /^ALERTS_SECRET_KEY: must be at least 32/,
    );
    expect(problems({ ...base, ALERTS_ALLOW_PRIVATE_TARGETS: "maybe" })[0]).toMatch(
      /^ALERTS_ALLOW_PRIVATE_TARGETS: /,
    );
    expect(problems({ ...base, SIM_SINK_PORT: "70000" })[0]).toMatch(/^SIM_SINK_PORT: /);
    const ok = parseEnv({
      ...base,
      CONSOLE_PUBLIC_URL: "https://console.example.com",
      SMTP_URL: "smtps://user:pass@smtp.example.com:465",
      SMTP_FROM: "Template Console <alerts@example.com>",
      ALERTS_SECRET_KEY: "x".repeat(44),
      ALERTS_ALLOW_PRIVATE_TARGETS: "1",
    });
    expect(ok.ALERTS_ALLOW_PRIVATE_TARGETS).toBe(true);
  });
});
