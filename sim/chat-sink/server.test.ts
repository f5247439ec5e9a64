import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AlertChannel } from "../../lib/alerts/rule-schema";
import { buildAlertContent } from "../../server/alerts/content";
import { buildMessage, deliverMessage } from "../../server/alerts/deliver";
import { event, rule } from "../../server/alerts/fixtures";
import type { SendOptions } from "../../server/alerts/send";
import { DEMO_SINK_SECRETS } from "../env";
import { type ChatSink, startChatSink } from "./server";
import type { SinkMessage } from "./store";

/**
 * The console's real delivery code against the sink: every format arrives, signatures verify
 * (the sink's checks are written separately from the console's signer), ?fail=N fails N times.
 */

let sink: ChatSink;
const send: SendOptions = { allowPrivateTargets: true, requireHttps: false };
const EVIL = 'evil](http://x.test) <font color="info">fake</font> <script>alert(1)</script>';

beforeAll(async () => {
  sink = await startChatSink({ port: 0, smtpPort: 0, secrets: DEMO_SINK_SECRETS });
});
afterAll(() => sink.close());
beforeEach(async () => {
  await fetch(`${sink.url}/messages`, { method: "DELETE" });
});

async function messages(): Promise<SinkMessage[]> {
  return ((await (await fetch(`${sink.url}/messages`)).json()) as { messages: SinkMessage[] }).messages;
}

function channels(): Record<string, AlertChannel> {
  return {
    wecom: { type: "wecom", url: `${sink.url}/wecom/cgi-bin/webhook/send?key=demo-key` },
    dingtalk: {
      type: "dingtalk",
      url: `${sink.url}/dingtalk/robot/send?access_token=demo-token`,
      secret: DEMO_SINK_SECRETS.dingtalk,
    },
    feishu: {
      type: "feishu",
      url: `${sink.url}/feishu/open-apis/bot/v2/hook/demo-hook`,
      secret: DEMO_SINK_SECRETS.feishu,
    },
    slack: { type: "slack", url: `${sink.url}/slack/services/T000/B000/demo-token` },
    webhook: { type: "webhook", url: `${sink.url}/webhook/demo`, secret: DEMO_SINK_SECRETS.webhook },
    email: { type: "email", to: ["ops@example.com"] },
  };
}

async function deliver(channel: AlertChannel, deliveryId: string, name = "order_update") {
  const events = [event({ name })];
  const content = buildAlertContent({
    rule: rule({ locale: "zh-CN" }),
    events,
    mode: "immediate",
    deliveryId,
    publicUrl: "http://127.0.0.1:3000",
  });
  const message = buildMessage(channel.type, content, { ruleId: "rule-1", events });
  return deliverMessage(channel, message, {
    send,
    smtp: { url: `smtp://127.0.0.1:${sink.smtpPort}`, from: "Console <alerts@example.com>" },
    deliveryId,
  });
}

describe("chat sink", () => {
  it("accepts every channel's native format with valid signatures", async () => {
    for (const [type, channel] of Object.entries(channels())) {
      const outcome = await deliver(channel, `d-${type}`);
      expect(outcome, type).toMatchObject({ ok: true });
    }
    const got = await messages();
    expect(got.map((m) => m.channel)).toEqual(["wecom", "dingtalk", "feishu", "slack", "webhook", "email"]);
    expect(got.every((m) => m.accepted && m.attempt === 1)).toBe(true);
    const sig = Object.fromEntries(got.map((m) => [m.channel, m.signature]));
    expect(sig).toMatchObject({ dingtalk: "valid", feishu: "valid", webhook: "valid" });
    expect(got.find((m) => m.channel === "webhook")?.deliveryId).toBe("d-webhook");
    const mail = got.find((m) => m.channel === "email")?.payload as {
      subject: string;
      text: string;
      html: string;
    };
    expect(mail.subject).toContain("需要处理");
    expect(mail.text).toContain("order_update");
    expect(mail.html).toContain("<strong>order_update</strong>");
    // Secrets in query strings never reach the list or the page.
    expect(JSON.stringify(got)).not.toContain("demo-token");
    expect(JSON.stringify(got)).not.toContain("demo-key");
  });

  it("refuses a wrong signature the way the vendor does", async () => {
    const c = channels();
    const bad = (ch: AlertChannel) => ({ ...ch, secret: "wrong" }) as AlertChannel;
    expect(await deliver(bad(c.dingtalk as AlertChannel), "x1")).toMatchObject({
      ok: false,
      retryable: false,
      code: "310000",
    });
    expect(await deliver(bad(c.feishu as AlertChannel), "x2")).toMatchObject({
      ok: false,
      retryable: false,
      code: "19021",
    });
    expect(await deliver(bad(c.webhook as AlertChannel), "x3")).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 401,
    });
    const unsigned = { type: "webhook", url: `${sink.url}/webhook/demo` } as AlertChannel;
    expect(await deliver(unsigned, "x4")).toMatchObject({ ok: false, httpStatus: 401 });
    expect((await messages()).map((m) => m.signature)).toEqual(["invalid", "invalid", "invalid", "absent"]);
  });

  it("?fail=3 fails the first three attempts of a delivery, then accepts the same deliveryId", async () => {
    const channel = {
      type: "webhook",
      url: `${sink.url}/webhook/demo?fail=3`,
      secret: DEMO_SINK_SECRETS.webhook,
    } as AlertChannel;
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await deliver(channel, "retry-1"));
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, false, true]);
    expect(outcomes[0]).toMatchObject({ retryable: true, httpStatus: 503 });
    const got = await messages();
    expect(got.map((m) => [m.deliveryId, m.attempt, m.accepted])).toEqual([
      ["retry-1", 1, false],
      ["retry-1", 2, false],
      ["retry-1", 3, false],
      ["retry-1", 4, true],
    ]);
    // Another delivery starts its own count; WeCom fails with its own "busy" code.
    const wecom = {
      type: "wecom",
      url: `${sink.url}/wecom/cgi-bin/webhook/send?key=k&fail=1`,
    } as AlertChannel;
    expect(await deliver(wecom, "retry-2")).toMatchObject({ ok: false, retryable: true, code: "-1" });
    expect(await deliver(wecom, "retry-2")).toMatchObject({ ok: true });
  });

  it("answers vendor errors for bad requests", async () => {
    const post = (path: string, body: string) =>
      fetch(`${sink.url}${path}`, { method: "POST", body, headers: { "content-type": "application/json" } });
    expect(await (await post("/wecom/cgi-bin/webhook/send", "{}")).json()).toMatchObject({ errcode: 93000 });
    expect(
      await (
        await post(
          "/wecom/cgi-bin/webhook/send?key=k",
          '{"msgtype":"markdown","markdown":{"content":"' + "x".repeat(5000) + '"}}',
        )
      ).json(),
    ).toMatchObject({ errcode: 40058 });
    const slack = await post("/slack/services/a/b/c", '{"blocks":[]}');
    expect([slack.status, await slack.text()]).toEqual([400, "no_text"]);
    expect((await post("/nowhere", "{}")).status).toBe(404);
    // Vendor refusals are recorded as not accepted, even with HTTP 200.
    expect((await messages()).map((m) => [m.channel, m.status, m.accepted])).toEqual([
      ["wecom", 200, false],
      ["wecom", 200, false],
      ["slack", 400, false],
    ]);
  });

  it("renders received messages as HTML with everything escaped", async () => {
    for (const channel of Object.values(channels())) await deliver(channel, `h-${channel.type}`, EVIL);
    const res = await fetch(`${sink.url}/`);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain('href="http://x.test');
    expect(html).toContain('data-channel="wecom"');
    expect(html).toContain('data-channel="feishu"');
    expect(html).toContain('data-channel="email"');
    // WeCom's own colour tags are drawn; the template's fake one is text.
    expect(html).toMatch(/<span style="color:#fa5151">/);
    expect(html).not.toMatch(/<span style="color:#07c160">fake/);
    const wecomOnly = await (await fetch(`${sink.url}/?channel=wecom`)).text();
    expect(wecomOnly).not.toContain('data-channel="slack"');
  });
});
