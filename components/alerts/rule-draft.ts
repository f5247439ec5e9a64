import type { RuleView } from "@/lib/alerts/contracts";
import { type CHANNEL_TYPES, RULE_EVENT_KINDS, type SEVERITIES } from "@/lib/alerts/rule-vocabulary";

/** The editor's form state, and how it becomes an API body. Plain strings: inputs hold text. */
export interface RuleDraft {
  name: string;
  enabled: boolean;
  allAccounts: boolean;
  accounts: string[];
  events: string[];
  category: string;
  language: string;
  nameContains: string;
  minSeverity: "" | (typeof SEVERITIES)[number];
  channelType: (typeof CHANNEL_TYPES)[number];
  url: string;
  secret: string;
  secretSet: boolean;
  clearSecret: boolean;
  to: string;
  mode: "immediate" | "digest";
  digestAt: string;
  timeZone: string;
  locale: "zh-CN" | "en";
}

export const EVENT_CHOICES = RULE_EVENT_KINDS;

export function emptyDraft(locale: "zh-CN" | "en"): RuleDraft {
  return {
    name: "",
    enabled: true,
    allAccounts: true,
    accounts: [],
    events: ["rejected", "paused", "disabled", "quality_dropped"],
    category: "",
    language: "",
    nameContains: "",
    minSeverity: "",
    channelType: "wecom",
    url: "",
    secret: "",
    secretSet: false,
    clearSecret: false,
    to: "",
    mode: "immediate",
    digestAt: "09:00",
    timeZone: "Asia/Shanghai",
    locale,
  };
}

const joinList = (v: string | string[] | undefined) =>
  v === undefined ? "" : Array.isArray(v) ? v.join(", ") : v;
const splitList = (v: string) =>
  v
    .split(/[\s,，]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function draftOf(rule: RuleView): RuleDraft {
  return {
    name: rule.name,
    enabled: rule.enabled,
    allAccounts: rule.accounts === "*",
    accounts: rule.accounts === "*" ? [] : rule.accounts,
    events: rule.events,
    category: joinList(rule.filters?.category),
    language: joinList(rule.filters?.language),
    nameContains: rule.filters?.nameContains ?? "",
    minSeverity: rule.filters?.minSeverity ?? "",
    channelType: rule.channel.type,
    url: rule.channel.type === "email" ? "" : rule.channel.url,
    secret: "",
    secretSet: rule.channel.secretSet,
    clearSecret: false,
    to: rule.channel.type === "email" ? joinList(rule.channel.to) : "",
    mode: rule.mode,
    digestAt: rule.digestAt ?? "09:00",
    timeZone: rule.timeZone,
    locale: rule.locale,
  };
}

export function filtersOf(d: RuleDraft) {
  const filters: Record<string, unknown> = {};
  const categories = splitList(d.category);
  const languages = splitList(d.language);
  if (categories.length) filters.category = categories;
  if (languages.length) filters.language = languages;
  if (d.nameContains.trim()) filters.nameContains = d.nameContains.trim();
  if (d.minSeverity) filters.minSeverity = d.minSeverity;
  return Object.keys(filters).length ? filters : undefined;
}

/** The body of POST /api/alerts/rules or PATCH /api/alerts/rules/{id}. */
export function bodyOf(d: RuleDraft): Record<string, unknown> {
  const channel: Record<string, unknown> = { type: d.channelType };
  if (d.channelType === "email") channel.to = splitList(d.to);
  else {
    channel.url = d.url.trim();
    if (d.secret) channel.secret = d.secret;
    if (d.clearSecret) channel.clearSecret = true;
  }
  const filters = filtersOf(d);
  return {
    name: d.name,
    enabled: d.enabled,
    accounts: d.allAccounts ? "*" : d.accounts,
    events: d.events,
    ...(filters ? { filters } : {}),
    channel,
    mode: d.mode,
    ...(d.mode === "digest" ? { digestAt: d.digestAt } : {}),
    timeZone: d.timeZone,
    locale: d.locale,
  };
}

/** What the live preview needs (no URL, no secret: they never affect the message). */
export function previewBodyOf(d: RuleDraft) {
  return {
    name: d.name,
    events: d.events,
    filters: filtersOf(d),
    locale: d.locale,
    timeZone: d.timeZone,
    mode: d.mode,
    channelType: d.channelType,
  };
}
