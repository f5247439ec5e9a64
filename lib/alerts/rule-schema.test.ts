import { describe, expect, it } from "vitest";
import { alertRuleSchema, describeRuleIssues } from "./rule-schema";

const base = {
  name: "Rejections",
  accounts: "*",
  events: ["rejected", "paused"],
  channel: { type: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc" },
  mode: "immediate",
};

function issues(input: unknown) {
  const r = alertRuleSchema.safeParse(input);
  if (r.success) throw new Error("expected failure");
  return describeRuleIssues(r.error);
}

describe("alertRuleSchema", () => {
  it("accepts the issue's shape and applies defaults", () => {
    const rule = alertRuleSchema.parse(base);
    expect(rule.timeZone).toBe("Asia/Shanghai");
    expect(rule.locale).toBe("zh-CN");
    expect(rule.enabled).toBe(true);
  });

  it("accepts a digest rule with filters, account list and email channel", () => {
    const rule = alertRuleSchema.parse({
      ...base,
      accounts: ["acme", "shop.cn"],
      events: ["quality_dropped", "category_changed"],
      filters: {
        category: ["MARKETING", "utility"],
        language: "en_US",
        nameContains: "order",
        minSeverity: "warning",
      },
      channel: { type: "email", to: ["ops@example.com"] },
      mode: "digest",
      digestAt: "09:30",
      timeZone: "Europe/Berlin",
      locale: "en",
    });
    expect(rule.channel).toEqual({ type: "email", to: ["ops@example.com"] });
  });

  it("names the field for each channel requirement", () => {
    expect(issues({ ...base, channel: { type: "dingtalk" } })).toEqual([
      { field: "channel.url", message: "is required" },
    ]);
    expect(issues({ ...base, channel: { type: "email" } })).toEqual([
      { field: "channel.to", message: "is required" },
    ]);
    expect(issues({ ...base, channel: { type: "email", to: "not-an-email" } })[0]?.field).toBe("channel.to");
    expect(issues({ ...base, channel: { type: "pager", url: "https://x" } })[0]?.field).toBe("channel.type");
    expect(issues({ ...base, channel: { type: "webhook", url: "ftp://example.com/x" } })[0]?.field).toBe(
      "channel.url",
    );
    expect(
      issues({ ...base, channel: { type: "webhook", url: "https://u:p@example.com/x" } })[0]?.field,
    ).toBe("channel.url");
    // WeCom and Slack have no secret: the URL is the credential. A stray secret is a mistake.
    expect(issues({ ...base, channel: { ...base.channel, secret: "x" } })[0]?.field).toBe("channel");
  });

  it("validates events, accounts, mode, digestAt and timeZone", () => {
    expect(issues({ ...base, events: [] })[0]?.field).toBe("events");
    expect(issues({ ...base, events: ["rejected", "rejected"] })[0]?.field).toBe("events");
    expect(issues({ ...base, events: ["exploded"] })[0]?.field).toBe("events[0]");
    expect(issues({ ...base, accounts: [] })[0]?.field).toBe("accounts");
    expect(issues({ ...base, accounts: "all" })[0]?.field).toBe("accounts");
    expect(issues({ ...base, mode: "hourly" })[0]?.field).toBe("mode");
    expect(issues({ ...base, mode: "digest" })).toEqual([
      { field: "digestAt", message: 'is required when mode is "digest"' },
    ]);
    expect(issues({ ...base, mode: "digest", digestAt: "24:00" })[0]?.field).toBe("digestAt");
    expect(issues({ ...base, mode: "digest", digestAt: "9:30" })[0]?.field).toBe("digestAt");
    expect(issues({ ...base, timeZone: "Mars/Olympus" })[0]?.field).toBe("timeZone");
    expect(issues({ ...base, filters: { minSeverity: "huge" } })[0]?.field).toBe("filters.minSeverity");
    expect(issues({ ...base, evnets: ["rejected"] })[0]?.message).toMatch(/evnets/);
    expect(issues({ ...base, name: "  " })[0]?.field).toBe("name");
  });
});
