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
