import { describe, expect, it } from "vitest";
import { redact } from "./logger";

describe("redact", () => {
  it("masks credential-looking keys and configured secret values anywhere", () => {
    const out = redact(
      { accessSecret: "x", nested: { password: "p", note: "key=supersecret1 here" }, list: ["supersecret1"] },
      0,
      ["supersecret1"],
    );
    expect(out).toEqual({
      accessSecret: "[redacted]",
      nested: { password: "[redacted]", note: "key=[redacted] here" },
      list: ["[redacted]"],
    });
  });

  it("keeps errors readable but masked", () => {
    expect(redact(new Error("bad supersecret1"), 0, ["supersecret1"])).toMatchObject({
      message: "bad [redacted]",
    });
  });
});

describe("secretValues from the environment", () => {
  it("also masks per-account credentials from NXCLOUD_ACCOUNTS", () => {
    const before = process.env.NXCLOUD_ACCOUNTS;
    process.env.NXCLOUD_ACCOUNTS = JSON.stringify([
      { id: "a", access_key: "per-account-key", access_secret: "per-account-secret" },
    ]);
    try {
      expect(redact("signed with per-account-secret by per-account-key")).toBe(
        "signed with [redacted] by [redacted]",
      );
    } finally {
      process.env.NXCLOUD_ACCOUNTS = before;
    }
  });
});

describe("short secrets", () => {
  it("never mangles ordinary text because a configured secret is very short", () => {
    const before = { key: process.env.NXCLOUD_ACCESS_KEY, secret: process.env.NXCLOUD_ACCESS_SECRET };
    process.env.NXCLOUD_ACCESS_KEY = "acme";
    process.env.NXCLOUD_ACCESS_SECRET = "2026";
    try {
      expect(redact("catalog walk for acme finished in 2026 ms")).toBe(
        "catalog walk for acme finished in 2026 ms",
      );
      expect(redact({ account: "acme", accessKey: "acme" })).toEqual({
        account: "acme",
        accessKey: "[redacted]",
      });
    } finally {
      process.env.NXCLOUD_ACCESS_KEY = before.key;
      process.env.NXCLOUD_ACCESS_SECRET = before.secret;
    }
  });

  it("still masks secrets of a usable length inside text", () => {
    expect(redact("sig abcdefgh12 end", 0, ["abcdefgh12"])).toBe("sig [redacted] end");
  });
});
