import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "@/lib/history/change-event";
import { buildAlertContent } from "../content";
import { event, rule, T0 } from "../fixtures";
import { httpOutcome, neutralizeMarkdown, utf8Bytes } from "./common";
import { buildDingtalk, dingtalkSign, interpretDingtalkResponse, prepareDingtalkRequest } from "./dingtalk";
import { buildEmail } from "./email";
import { buildFeishu, feishuSign, interpretFeishuResponse, prepareFeishuRequest } from "./feishu";
import { buildSlack, interpretSlackResponse } from "./slack";
import { buildWebhook, prepareWebhookRequest, verifyWebhookSignature, webhookSignature } from "./webhook";
import { buildWecom, interpretWecomResponse } from "./wecom";

const EVIL =
  'x](http://evil.example) <font color="info">fake</font> **bold** `code` <at id=all></at>\n# heading';

function content(events: ChangeEvent[], locale: "zh-CN" | "en" = "en") {
  return buildAlertContent({
    rule: rule({ name: "Ops", locale }),
    events,
    mode: "immediate",
    deliveryId: "dlv-1",
    publicUrl: "https://console.example.com/",
    accountLabels: { acme: "Acme Store" },
  });
}

function many(n: number, name = "a_rather_long_template_name_for_size_tests_with_many_words"): ChangeEvent[] {
  return Array.from({ length: n }, (_, i) =>
    event({ id: `e${i}`, templateId: String(2000 + i), name: `${name}_${i}`, to: "PAUSED" }),
  );
}

describe("signatures (vendors' algorithms; vectors from the reference)", () => {
  it("DingTalk: base64(HMAC-SHA256(secret, ts\\nsecret)), URL-encoded once in the query", () => {
    expect(dingtalkSign("this is secret", 1700000000000)).toBe(
      "sSFWELbV2YwjdDQhWZwTcWlX5BWUx5J6TPpsZmuPii0=",
    );
    expect(dingtalkSign("SEC0123456789abcdef", 1700000000002)).toBe(
      "VGvd0brDJp/nMZtR+XnA3yBIlhowT+TwkRPua0q1/jg=",
    );
    const req = prepareDingtalkRequest(
      "https://oapi.dingtalk.com/robot/send?access_token=T",
      "SEC0123456789abcdef",
      buildDingtalk(content([event()])),
      1700000000002,
    );
    expect(req.url).toBe(
      "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000002&sign=VGvd0brDJp%2FnMZtR%2BXnA3yBIlhowT%2BTwkRPua0q1%2Fjg%3D",
    );
    expect(
      prepareDingtalkRequest(
        "https://x.test/robot?access_token=T",
        undefined,
        buildDingtalk(content([event()])),
        1,
      ).url,
    ).toBe("https://x.test/robot?access_token=T");
  });

  it("Feishu: base64(HMAC-SHA256(key = ts\\nsecret, msg = '')), in the body", () => {
    expect(feishuSign("demo", 100)).toBe("jquNHnVOwmDRfw+vqTIrY5dooJAgi5EcRtLsQE4wfXg=");
    expect(feishuSign("demo", 1599360473)).toBe("l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=");
    // The DingTalk-style mistake must not match.
    expect(feishuSign("demo", 100)).not.toBe("Al3fIG80paFjFaF1GYFq01nD+HwK+W12x7pPHOz3pJo=");
    const req = prepareFeishuRequest(
      "https://open.feishu.cn/open-apis/bot/v2/hook/x",
      "demo",
      buildFeishu(content([event()])),
      100_999,
    );
    const body = JSON.parse(req.body);
    expect(body.timestamp).toBe("100");
    expect(body.sign).toBe("jquNHnVOwmDRfw+vqTIrY5dooJAgi5EcRtLsQE4wfXg=");
    expect(body.msg_type).toBe("interactive");
  });

  it("generic webhook: sha256=hex(HMAC(secret, ts + '.' + raw body)) over the exact bytes sent", () => {
    // Same construction as Stripe's v1 (reference §5 vector).
    expect(webhookSignature("whsec_test_secret", 1700000000, '{"id":"evt_test","type":"alert.fired"}')).toBe(
      "sha256=1e359fa6efb88d954a63eb89beea12c3b491de28ce199367bfe35878344ea5c4",
    );
    const c = content([event()]);
    const req = prepareWebhookRequest(
      "https://h.test/x",
      "s3cret",
      buildWebhook(c, "rule-1", [event()]),
      1700000000_500,
    );
    expect(req.headers["X-Template-Console-Timestamp"]).toBe("1700000000");
    const ok = (over: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({
        secret: "s3cret",
        timestamp: req.headers["X-Template-Console-Timestamp"],
        signature: req.headers["X-Template-Console-Signature"],
        rawBody: req.body,
        nowMs: 1700000010_000,
        ...over,
      });
    expect(ok({})).toBe(true);
    expect(ok({ rawBody: `${req.body} ` })).toBe(false);
    expect(ok({ secret: "other" })).toBe(false);
    expect(ok({ nowMs: 1700000000_000 + 301_000 })).toBe(false);
    expect(ok({ signature: undefined })).toBe(false);
    const body = JSON.parse(req.body);
    expect(body).toMatchObject({ deliveryId: "dlv-1", rule: { id: "rule-1", name: "Ops" }, more: 0 });
    expect(body.events[0]).toMatchObject({
      id: "ev-1",
      kind: "status_changed",
      to: "REJECTED",
      severity: "critical",
    });
    // No secret → no signature header, still a timestamp.
    expect(
      prepareWebhookRequest("https://h.test/x", undefined, buildWebhook(c, "r", [event()]), 1).headers,
    ).not.toHaveProperty("X-Template-Console-Signature");
  });
});

describe("content", () => {
  it("shows name, account label, language, from → to, window, guidance and deep link (en)", () => {
    const events = [
      event(),
      event({ id: "ev-2", kind: "rejected_reason_changed", from: "NONE", to: "INVALID_FORMAT" }),
    ];
    const c = buildAlertContent({
      rule: rule({ locale: "en" }),
      events: [events[0] as ChangeEvent],
      context: events,
      mode: "immediate",
      deliveryId: "d",
      publicUrl: "https://console.example.com",
      accountLabels: { acme: "Acme Store" },
    });
    const item = c.items[0];
    expect(item).toMatchObject({
      templateName: "order_update",
      accountLabel: "Acme Store",
      language: "en_US",
      from: "Approved",
      to: "Rejected",
    });
    expect(item?.window).toBe("between 2026-11-29 09:00 and 09:05 (Asia/Shanghai)");
    expect(item?.guidance).toMatch(/^Invalid format\. How to fix: /);
    expect(item?.link).toBe("https://console.example.com/templates?account=acme&template=1001");
    expect(c.activityLink).toMatch(/^https:\/\/console\.example\.com\/activity\?account=acme&kind=/);
    expect(c.title).toBe("1 template change");
    expect(c.severity).toBe("critical");
  });

  it("speaks Chinese for zh-CN rules and formats the window in the rule's zone", () => {
    const c = buildAlertContent({
      rule: rule({ locale: "zh-CN", timeZone: "Europe/Berlin" }),
      events: [event({ kind: "quality_changed", from: "GREEN", to: "YELLOW" })],
      mode: "digest",
      deliveryId: "d",
      publicUrl: "https://c.example",
    });
    expect(c.title).toBe("模板每日摘要：1 项变更");
    expect(c.items[0]?.window).toBe("2026-11-29 02:00 至 02:05 之间（Europe/Berlin）");
    expect(c.items[0]?.from).toBe("高");
    expect(c.items[0]?.change).toBe("质量：高 → 中");
    expect(c.labels.observed).toBe("观测时间：");
    expect(c.items[0]?.accountLabel).toBe("acme");
  });

  it("an unknown upstream value shows as itself", () => {
    const c = content([event({ to: "BRAND_NEW_STATUS" })]);
    expect(c.items[0]?.to).toBe("BRAND_NEW_STATUS");
  });
});

describe("escaping untrusted text", () => {
  it("neutralizes markdown, HTML-like tags and links", () => {
    const out = neutralizeMarkdown(EVIL);
    expect(out).not.toMatch(/[[\]<>*`#\n]/);
    expect(out).not.toContain("://");
    expect(neutralizeMarkdown("order_update")).toBe("order_update");
    expect(neutralizeMarkdown("_italic_")).toBe("＿italic＿");
  });

  const evilEvents = [event({ name: EVIL, language: "<b>en</b>" })];

  it("WeCom: only our own <font> tags and links", () => {
    const text = buildWecom(content(evilEvents)).markdown.content;
    expect(text).not.toContain("](http://evil");
    expect(text).not.toContain('<font color="info">fake');
    expect(text).not.toContain("<b>");
    expect(text).not.toMatch(/\n# heading/);
    expect(text).toContain(
      "[Open in the console](https://console.example.com/templates?account=acme&template=1001)",
    );
  });

  it("DingTalk, Feishu, Slack: the name cannot open a link, a tag or a mention", () => {
    const ding = buildDingtalk(content(evilEvents)).markdown.text;
    const feishu = JSON.stringify(buildFeishu(content(evilEvents)).card);
    const slack = JSON.stringify(buildSlack(content(evilEvents)));
    for (const out of [ding, feishu, slack]) {
      expect(out).not.toContain("](http://evil");
      expect(out).not.toContain("<at id=all>");
      expect(out).not.toContain("<font");
      expect(out).not.toContain("**bold**");
    }
  });

  it("email: HTML-escaped in the HTML part, a single-line subject", () => {
    const mail = buildEmail(
      buildAlertContent({
        rule: rule({ name: "a\nBcc: x@evil", locale: "en" }),
        events: evilEvents,
        mode: "immediate",
        deliveryId: "d",
        publicUrl: "https://c.example",
      }),
    );
    expect(mail.html).not.toContain('<font color="info">');
    expect(mail.html).toContain("&lt;font color=&quot;info&quot;&gt;fake&lt;/font&gt;");
    expect(mail.html).not.toContain("<b>en</b>");
    expect(mail.subject).not.toMatch(/\n/);
    expect(mail.text).toContain("fake");
  });
});

describe("size limits", () => {
  it("WeCom stays within 4096 bytes and ends with 'and N more' + the activity link", () => {
    const text = buildWecom(content(many(200, "非常长的模板名称用于测试字节限制_very_long_name"))).markdown
      .content;
    expect(utf8Bytes(text)).toBeLessThanOrEqual(4096);
    expect(text).toMatch(
      /and \d+ more · \[See all in the activity feed\]\(https:\/\/console\.example\.com\/activity\?/,
    );
  });

  it("Feishu body stays ≤ 20 KB including the signature", () => {
    const req = prepareFeishuRequest(
      "https://f.test/h",
      "demo",
      buildFeishu(content(many(500))),
      1_700_000_000_000,
    );
    expect(utf8Bytes(req.body)).toBeLessThanOrEqual(20_000);
    expect(req.body).toContain("more");
  });

  it("Slack stays ≤ 50 blocks with text always present; DingTalk lists at most 20", () => {
    const slack = buildSlack(content(many(300)));
    expect(slack.blocks.length).toBeLessThanOrEqual(50);
    expect(slack.text.length).toBeGreaterThan(0);
    expect(JSON.stringify(slack.blocks)).toContain("and 280 more");
    expect(buildDingtalk(content(many(300))).markdown.text).toContain("and 280 more");
  });

  it("a short batch has no 'more' and links to the console", () => {
    const text = buildWecom(content(many(2))).markdown.content;
    expect(text).not.toContain("more");
    expect(text).toContain("[Open the console](https://console.example.com/templates)");
  });
});

describe("reading the vendors' answers", () => {
  const res = (status: number, body: string, headers: Record<string, string> = {}) => ({
    status,
    body,
    headers,
  });

  it("WeCom: errcode in a 200 body decides", () => {
    expect(interpretWecomResponse(res(200, '{"errcode":0,"errmsg":"ok"}')).ok).toBe(true);
    expect(
      interpretWecomResponse(res(200, '{"errcode":93000,"errmsg":"invalid webhook url"}')),
    ).toMatchObject({ ok: false, retryable: false, code: "93000" });
    expect(interpretWecomResponse(res(200, '{"errcode":-1,"errmsg":"system busy"}'))).toMatchObject({
      ok: false,
      retryable: true,
    });
    expect(interpretWecomResponse(res(200, '{"errcode":45009}'))).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 60_000,
    });
    expect(interpretWecomResponse(res(200, "<html>proxy</html>"))).toMatchObject({
      ok: false,
      retryable: true,
    });
  });

  it("DingTalk: 310000 says which check failed; rate limits wait 10 minutes", () => {
    expect(interpretDingtalkResponse(res(200, '{"errcode":0,"errmsg":"ok"}')).ok).toBe(true);
    const sign = interpretDingtalkResponse(res(200, '{"errcode":310000,"errmsg":"sign not match"}'));
    expect(sign).toMatchObject({ ok: false, retryable: false, code: "310000" });
    expect(!sign.ok && sign.error).toMatch(/signature mismatch/);
    const kw = interpretDingtalkResponse(res(200, '{"errcode":310000,"errmsg":"关键词不匹配"}'));
    expect(!kw.ok && kw.error).toMatch(/keyword/);
    expect(interpretDingtalkResponse(res(200, '{"errcode":410100,"errmsg":"send too fast"}'))).toMatchObject({
      retryable: true,
      retryAfterMs: 600_000,
    });
    expect(interpretDingtalkResponse(res(200, '{"errcode":400102,"errmsg":"robot disabled"}'))).toMatchObject(
      { retryable: false },
    );
  });

  it("Feishu: code in the body, whatever the HTTP status", () => {
    expect(
      interpretFeishuResponse(
        res(200, '{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}'),
      ).ok,
    ).toBe(true);
    expect(interpretFeishuResponse(res(200, '{"code":19021,"msg":"sign match fail"}'))).toMatchObject({
      ok: false,
      retryable: false,
      code: "19021",
    });
    expect(interpretFeishuResponse(res(400, '{"code":9499,"msg":"Bad Request"}'))).toMatchObject({
      ok: false,
      retryable: false,
      code: "9499",
    });
    expect(interpretFeishuResponse(res(200, '{"code":11232,"msg":"frequency limited"}'))).toMatchObject({
      retryable: true,
    });
  });

  it("Slack: 200 ok; error words; 429 with Retry-After", () => {
    expect(interpretSlackResponse(res(200, "ok")).ok).toBe(true);
    expect(interpretSlackResponse(res(404, "no_team"))).toMatchObject({
      ok: false,
      retryable: false,
      code: "no_team",
    });
    expect(interpretSlackResponse(res(400, "invalid_payload"))).toMatchObject({
      retryable: false,
      code: "invalid_payload",
    });
    expect(interpretSlackResponse(res(429, "rate_limited", { "Retry-After": "30" }))).toMatchObject({
      retryable: true,
      retryAfterMs: 30_000,
    });
    expect(interpretSlackResponse(res(503, "busy"))).toMatchObject({ retryable: true });
  });

  it("redirects are failures, never followed", () => {
    expect(httpOutcome(res(302, "", { location: "https://elsewhere" }))).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 302,
    });
  });
});

// Keeps T0 in use for readers: the fixtures' window starts at 09:00 Asia/Shanghai.
it("fixture window", () => expect(new Date(T0).toISOString()).toBe("2026-11-29T01:00:00.000Z"));
