import { type AlertRule, type AlertRuleInput, alertRuleSchema } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";

/** Test and preview fixtures: a rule and change events (also the "Send test" sample, phase 2). */

export const T0 = Date.UTC(2026, 10, 29, 1, 0); // 09:00 in Asia/Shanghai

export function event(over: Partial<ChangeEvent> = {}): ChangeEvent {
  return {
    id: "ev-1",
    account: "acme",
    templateId: "1001",
    name: "order_update",
    language: "en_US",
    kind: "status_changed",
    from: "APPROVED",
    to: "REJECTED",
    observedAt: T0 + 5 * 60_000,
    previousObservedAt: T0,
    category: "UTILITY",
    ...over,
  };
}

export function rule(over: Partial<AlertRuleInput> = {}): AlertRule {
  return alertRuleSchema.parse({
    name: "Ops",
    accounts: "*",
    events: [
      "status_changed",
      "quality_changed",
      "category_changed",
      "rejected_reason_changed",
      "content_changed",
      "added",
      "removed",
    ],
    channel: { type: "webhook", url: "https://hooks.example.com/x" },
    mode: "immediate",
    ...over,
  });
}

/** A sample batch for test messages and previews: one change of each interesting kind. */
export function sampleEvents(now: number): ChangeEvent[] {
  const window = { observedAt: now, previousObservedAt: now - 5 * 60_000 };
  return [
    {
      id: "sample-1",
      account: "sample",
      templateId: "sample-1",
      name: "order_update",
      language: "en_US",
      kind: "status_changed",
      from: "APPROVED",
      to: "REJECTED",
      category: "UTILITY",
      ...window,
    },
    {
      id: "sample-2",
      account: "sample",
      templateId: "sample-1",
      name: "order_update",
      language: "en_US",
      kind: "rejected_reason_changed",
      from: "NONE",
      to: "INVALID_FORMAT",
      category: "UTILITY",
      ...window,
    },
    {
      id: "sample-3",
      account: "sample",
      templateId: "sample-2",
      name: "spring_sale",
      language: "zh_CN",
      kind: "quality_changed",
      from: "GREEN",
      to: "YELLOW",
      category: "MARKETING",
      ...window,
    },
    {
      id: "sample-4",
      account: "sample",
      templateId: "sample-3",
      name: "login_code",
      language: "en",
      kind: "status_changed",
      from: "APPROVED",
      to: "PAUSED",
      category: "AUTHENTICATION",
      ...window,
    },
  ];
}
