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
