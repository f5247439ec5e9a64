import "server-only";
import type { AlertRuleInput } from "@/lib/alerts/rule-schema";
import { alertRuleSchema } from "@/lib/alerts/rule-schema";
import { CHANGE_KINDS } from "@/lib/history/change-event";
import { logger } from "@/lib/log/logger";
import type { RuleStore } from "./rule-store";

/**
 * `npm run demo` is self-contained: when demo mode starts with no rules, one rule per channel type
 * is created, pointing at the simulator's chat sink on loopback (SIM_SINK_PORT; SMTP on the next
 * port). The signing secrets are the sink's public demo ones (sim/env.ts, DEMO_SINK_SECRETS).
 */

const SINK_SECRETS = {
  dingtalk: "SECdemo-dingtalk-sink-secret",
  feishu: "demo-feishu-sink-secret",
  webhook: "demo-webhook-sink-secret",
} as const;

export function demoRules(sinkPort: number): AlertRuleInput[] {
  const sink = `http://127.0.0.1:${sinkPort}`;
  const base = { accounts: "*" as const, events: [...CHANGE_KINDS], mode: "immediate" as const };
  return [
    {
      ...base,
      name: "企业微信 · 演示群",
      channel: { type: "wecom", url: `${sink}/wecom/cgi-bin/webhook/send?key=demo-wecom-key-0001` },
    },
    {
      ...base,
      name: "钉钉 · 演示群",
      channel: {
        type: "dingtalk",
        url: `${sink}/dingtalk/robot/send?access_token=demo-dingtalk-token-0001`,
        secret: SINK_SECRETS.dingtalk,
      },
    },
    {
      ...base,
      name: "飞书 · 演示群",
      channel: {
        type: "feishu",
        url: `${sink}/feishu/open-apis/bot/v2/hook/demo-feishu-hook-000000001`,
        secret: SINK_SECRETS.feishu,
      },
    },
    {
      ...base,
      name: "Slack · #template-alerts",
      locale: "en",
      channel: { type: "slack", url: `${sink}/slack/services/TDEMO0001/BDEMO0001/demoSlackToken000000001` },
    },
    {
      ...base,
      name: "Webhook · ops",
      locale: "en",
      channel: { type: "webhook", url: `${sink}/webhook/template-console`, secret: SINK_SECRETS.webhook },
    },
    { ...base, name: "邮件 · 运营", channel: { type: "email", to: ["ops@template-console.test"] } },
  ];
}

/** Seeds the demo rules once (an empty rules table in demo mode). */
export async function seedDemoRules(rules: RuleStore, sinkPort: number, user: string): Promise<number> {
  if ((await rules.count()) > 0) return 0;
  const list = demoRules(sinkPort).map((r) => alertRuleSchema.parse(r));
  for (const rule of list) await rules.create(rule, user);
  logger.info("demo alert rules created", { rules: list.length, sink: `http://127.0.0.1:${sinkPort}/` });
  return list.length;
}
