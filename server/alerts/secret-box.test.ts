import { describe, expect, it } from "vitest";
import { rule } from "./fixtures";
import {
  createSecretBox,
  maskUrl,
  mergeChannelUpdate,
  openChannel,
  redactRule,
  SecretBoxError,
  sealChannel,
} from "./secret-box";

const KEY = "k".repeat(16) + "0123456789abcdef0123";

describe("secret box", () => {
  const box = createSecretBox({ NODE_ENV: "production", ALERTS_SECRET_KEY: KEY });

  it("round-trips with a versioned, random-IV ciphertext", () => {
    const a = box.seal("SEC0123456789abcdef");
    const b = box.seal("SEC0123456789abcdef");
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("SEC0123");
    expect(box.open(a)).toBe("SEC0123456789abcdef");
  });

  it("binds the context and detects tampering", () => {
    const sealed = box.seal("s", "rule-1");
    expect(box.open(sealed, "rule-1")).toBe("s");
    expect(() => box.open(sealed, "rule-2")).toThrow(SecretBoxError);
    // Not the last character: its low bits may be padding that decoding ignores.
    const at = sealed.length - 5;
    const flipped = `${sealed.slice(0, at)}${sealed[at] === "A" ? "B" : "A"}${sealed.slice(at + 1)}`;
    expect(() => box.open(flipped, "rule-1")).toThrow(/cannot be decrypted/);
    expect(() => box.open("v9.abc")).toThrow(/known version/);
    expect(() => box.open("plain")).toThrow(SecretBoxError);
  });

  it("another key cannot open it", () => {
    const other = createSecretBox({ NODE_ENV: "production", ALERTS_SECRET_KEY: `${KEY}x` });
    expect(() => other.open(box.seal("s"))).toThrow(/ALERTS_SECRET_KEY/);
  });

  it("requires a key in production (not in the demo), and a long one", () => {
    expect(() => createSecretBox({ NODE_ENV: "production" })).toThrow(/ALERTS_SECRET_KEY is required/);
    expect(() => createSecretBox({ NODE_ENV: "production", ALERTS_SECRET_KEY: "short" })).toThrow(
      /at least 32/,
    );
    const dev = createSecretBox({ NODE_ENV: "development" });
    expect(dev.developmentKey).toBe(true);
    expect(createSecretBox({ NODE_ENV: "production", DEMO_MODE: true }).developmentKey).toBe(true);
    // The development key is stable across processes (same derivation).
    expect(createSecretBox({ NODE_ENV: "test" }).open(dev.seal("x"))).toBe("x");
    expect(box.developmentKey).toBe(false);
  });
});

describe("masking and redaction", () => {
  it("masks the credential parts of each vendor's URL", () => {
    expect(
      maskUrl("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"),
    ).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=••••5aaa");
    expect(maskUrl("https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789abcdef")).toBe(
      "https://oapi.dingtalk.com/robot/send?access_token=••••cdef",
    );
    expect(maskUrl("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")).toBe(
      "https://hooks.slack.com/services/T00000000/B00000000/••••XXXX",
    );
    expect(maskUrl("https://open.feishu.cn/open-apis/bot/v2/hook/0123abcd-4567-89ef-0123-456789abcdef")).toBe(
      "https://open.feishu.cn/open-apis/bot/v2/hook/••••cdef",
    );
    expect(maskUrl("https://u:p@example.com/x?t=1#frag")).toBe("https://example.com/x?t=••••");
  });

  it("redactRule: no secret, no key; only whether a secret is set", () => {
    const r = rule({
      channel: {
        type: "dingtalk",
        url: "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789abcdef",
        secret: "SECxyz",
      },
    });
    const out = redactRule(r);
    const json = JSON.stringify(out);
    expect(json).not.toContain("SECxyz");
    expect(json).not.toContain("abcdef0123456789abcdef");
    expect(out.channel).toEqual({
      type: "dingtalk",
      url: "https://oapi.dingtalk.com/robot/send?access_token=••••cdef",
      secretSet: true,
    });
    expect(redactRule(rule({ channel: { type: "email", to: "a@b.co" } })).channel).toEqual({
      type: "email",
      to: "a@b.co",
      secretSet: false,
    });
  });

  it("stored channels: sealed URL and secret, redacted the same way", () => {
    const box = createSecretBox({ NODE_ENV: "test" });
    const channel = {
      type: "webhook" as const,
      url: "https://hooks.example.com/in?token=abcdef0123456789",
      secret: "topsecret",
    };
    const stored = sealChannel(box, channel, "rule-9");
    expect(JSON.stringify(stored)).not.toContain("topsecret");
    expect(JSON.stringify(stored)).not.toContain("abcdef0123456789");
    expect(openChannel(box, stored, "rule-9")).toEqual(channel);
    expect(redactRule({ id: "rule-9", channel: stored })).toEqual({
      id: "rule-9",
      channel: { type: "webhook", url: "https://hooks.example.com/in?token=••••6789", secretSet: true },
    });
  });

  it("merges an edit that carries the masked URL and no secret", () => {
    const prev = {
      type: "dingtalk" as const,
      url: "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789abcdef",
      secret: "SEC1",
    };
    expect(mergeChannelUpdate(prev, { type: "dingtalk", url: maskUrl(prev.url) })).toEqual(prev);
    expect(mergeChannelUpdate(prev, { type: "dingtalk", url: "https://new.example/x" })).toEqual({
      ...prev,
      url: "https://new.example/x",
    });
    expect(mergeChannelUpdate(prev, { type: "dingtalk", url: maskUrl(prev.url), clearSecret: true })).toEqual(
      { type: "dingtalk", url: prev.url },
    );
    expect(mergeChannelUpdate(prev, { type: "feishu", url: maskUrl(prev.url) })).toEqual({
      type: "feishu",
      url: maskUrl(prev.url),
    });
  });
});
