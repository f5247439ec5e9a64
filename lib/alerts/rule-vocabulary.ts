import { CHANGE_KINDS } from "@/lib/history/change-kinds";
import { CONVENIENCE_KINDS, SEVERITIES, type Severity } from "@/lib/history/severity";

/**
 * The closed lists of an alert rule (event kinds, severities, channel types), without zod: the rule
 * editor imports them in the browser, and the schema module (`rule-schema.ts`, which derives its
 * enums from these) would bring zod (~30 kB gzip) into the alerts page's first load. Convenience
 * kinds and the severity scale are the history's (lib/history/severity.ts: one reading of both
 * for alerts and the activity feed).
 */

/** A change-log kind or a convenience kind. */
export const RULE_EVENT_KINDS = [...CHANGE_KINDS, ...CONVENIENCE_KINDS] as const;
export type RuleEventKind = (typeof RULE_EVENT_KINDS)[number];

export { CONVENIENCE_KINDS, SEVERITIES, type Severity };

export const CHANNEL_TYPES = ["wecom", "dingtalk", "feishu", "slack", "webhook", "email"] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
