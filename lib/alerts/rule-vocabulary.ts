import { CHANGE_KINDS } from "@/lib/history/change-kinds";

/**
 * The closed lists of an alert rule (event kinds, severities, channel types), without zod: the rule
 * editor imports them in the browser, and the schema module (`rule-schema.ts`, which derives its
 * enums from these) would bring zod (~30 kB gzip) into the alerts page's first load.
 */

/** Convenience kinds: a narrower reading of a change-log kind (see server/alerts/match.ts). */
export const CONVENIENCE_KINDS = ["rejected", "paused", "disabled", "quality_dropped", "approved"] as const;
export const RULE_EVENT_KINDS = [...CHANGE_KINDS, ...CONVENIENCE_KINDS] as const;
export type RuleEventKind = (typeof RULE_EVENT_KINDS)[number];

/** A rule's `minSeverity` choices, mildest first (the editor lists them in this order). */
export const SEVERITIES = ["info", "warning", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHANNEL_TYPES = ["wecom", "dingtalk", "feishu", "slack", "webhook", "email"] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
