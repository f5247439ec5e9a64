import "server-only";
// use-intl/core: no React, so scripts under the react-server condition (seed-history) can load it too.
import { createTranslator } from "use-intl/core";
import type { AlertRule, Severity } from "@/lib/alerts/rule-schema";
import { activityUrl } from "@/lib/history/activity-url-grammar";
import { CHANGE_KINDS, type ChangeEvent, type ChangeKind } from "@/lib/history/change-event";
import type { Locale } from "@/lib/i18n/locales";
import { templateHref } from "@/lib/templates/overview-links";
import { rejectionGuidance } from "@/lib/templates/rejection-guidance";
import enAlerts from "@/messages/en/alerts.json";
import enStatus from "@/messages/en/status.json";
import zhAlerts from "@/messages/zh-CN/alerts.json";
import zhStatus from "@/messages/zh-CN/status.json";
import { maxSeverity, norm, severityOf } from "./match";

/**
 * The channel-neutral content of one alert message: what every vendor format shows, already
 * localized, as plain (untrusted, unescaped) strings. Each channel file escapes for its own markup
 * and decides how many items fit its size limit (`visibleItems`). Template names, languages,
 * account labels, rule names and upstream values come from outside: never trust them as markup.
 */

export type AlertMode = "immediate" | "digest" | "test";

export interface AlertItem {
  eventId: string;
  severity: Severity;
  templateName: string;
  templateId: string;
  accountId: string;
  accountLabel: string;
  language: string;
  /** "Status", "Quality", "New template"… */
  kindLabel: string;
  /** "Status: Approved → Rejected" (the locale's colon). */
  change: string;
  /** Localized values ("Approved"), null when the change has no from/to (added, removed…). */
  from: string | null;
  to: string | null;
  /** "between 2026-11-29 09:00 and 09:05 (Asia/Shanghai)". */
  window: string;
  /** "Policy violation. How to fix: …" for rejections, else null. */
  guidance: string | null;
  /** Absolute deep link that opens the template's drawer. */
  link: string;
}

export interface AlertContent {
  locale: Locale;
  mode: AlertMode;
  deliveryId: string;
  ruleName: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  /** Shown before the items (the test note), or null. */
  intro: string | null;
  items: AlertItem[];
  labels: {
    account: string;
    language: string;
    change: string;
    /** "Observed: " / "观测时间：" — with the locale's colon. */
    observed: string;
    openTemplate: string;
    openActivity: string;
    openConsole: string;
    rule: string;
    /** ": " or "：". */
    colon: string;
  };
  /** Absolute link to the activity feed filtered to these changes. */
  activityLink: string;
  consoleLink: string;
  footer: string;
  /** "and {count} more" for a given count. */
  moreText: (count: number) => string;
}

export interface BuildContentInput {
  rule: Pick<AlertRule, "name" | "locale" | "timeZone" | "events">;
  /** The matched events (see matchEvents). */
  events: readonly ChangeEvent[];
  /** Every event of the same sync, to find a rejection's reason in its sibling event. Defaults to events. */
  context?: readonly ChangeEvent[];
  mode: AlertMode;
  deliveryId: string;
  /** CONSOLE_PUBLIC_URL. */
  publicUrl: string;
  /** Account id → label; the id is shown when missing. */
  accountLabels?: Readonly<Record<string, string>>;
}

const MESSAGES = {
  en: { alerts: enAlerts, status: enStatus },
  "zh-CN": { alerts: zhAlerts, status: zhStatus },
} as const;

function makeTranslator(locale: Locale) {
  return createTranslator({
    locale,
    timeZone: "UTC",
    messages: MESSAGES[locale] as unknown as Record<string, unknown>,
  });
}
type T = ReturnType<typeof makeTranslator>;
const translators = new Map<Locale, T>();
function translator(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

function has(t: T, key: string): boolean {
  return (t.has as (k: string) => boolean)(key);
}
function tr(t: T, key: string, params?: Record<string, string | number>): string {
  return (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
}

/** "2026-11-29 09:05" in a time zone, the same in every locale (unambiguous in a chat). */
export function formatInZone(ms: number, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

export function observationWindow(
  event: Pick<ChangeEvent, "observedAt" | "previousObservedAt">,
  timeZone: string,
  locale: Locale,
): string {
  const t = translator(locale);
  const to = formatInZone(event.observedAt, timeZone);
  const zone = locale === "zh-CN" ? `（${timeZone}）` : ` (${timeZone})`;
  if (event.previousObservedAt === null)
    return tr(t, "alerts.message.windowAt", { at: `${to.date} ${to.time}` }) + zone;
  const from = formatInZone(event.previousObservedAt, timeZone);
  const toText = from.date === to.date ? to.time : `${to.date} ${to.time}`;
  return tr(t, "alerts.message.windowBetween", { from: `${from.date} ${from.time}`, to: toText }) + zone;
}

function valueLabel(t: T, kind: ChangeEvent["kind"], value: string | null): string | null {
  if (value === null || value.trim() === "")
    return kind === "content_changed" || kind === "added" || kind === "removed"
      ? null
      : tr(t, "alerts.message.none");
  const v = norm(value);
  const key =
    kind === "status_changed"
      ? `status.label.${v}`
      : kind === "quality_changed"
        ? `status.quality.${v}.label`
        : kind === "category_changed"
          ? `status.category.${v}`
          : kind === "rejected_reason_changed"
            ? `status.rejection.${v}.title`
            : null;
  if (key && has(t, key)) return tr(t, key);
  return value.trim();
}

/** The reason of a rejection: the event itself, or its sibling rejected_reason_changed. */
function rejectionReason(event: ChangeEvent, context: readonly ChangeEvent[]): string | null {
  if (event.kind === "rejected_reason_changed") return event.to;
  if (event.kind !== "status_changed" || norm(event.to) !== "REJECTED") return null;
  const sibling = context.find(
    (e) =>
      e.kind === "rejected_reason_changed" &&
      e.account === event.account &&
      e.templateId === event.templateId,
  );
  return sibling?.to ?? null;
}

function guidanceLine(t: T, reason: string | null): string | null {
  const g = rejectionGuidance(reason);
  if (!g?.isRejection) return null;
  return tr(t, "alerts.message.guidance", {
    title: tr(t, g.title.key, g.title.params),
    fix: tr(t, g.fix.key, g.fix.params),
  });
}

function base(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, "");
}

/** A rule's kind as the activity feed filters it: convenience kinds read as their change-log kind. */
const FEED_KIND: Record<string, ChangeKind> = {
  rejected: "status_changed",
  paused: "status_changed",
  disabled: "status_changed",
  approved: "status_changed",
  quality_dropped: "quality_changed",
};

/**
 * `/activity?account=…&kind=…&from=…&to=…`: the activity feed narrowed to a batch (ms epoch
 * bounds), in the activity URL grammar (lib/history/activity-url-grammar.ts).
 */
export function activityHref(events: readonly ChangeEvent[], kinds: readonly string[]): string {
  const accounts = [...new Set(events.map((e) => e.account))];
  const kind = [
    ...new Set(
      kinds
        .map((k) => FEED_KIND[k] ?? k)
        .filter((k): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k)),
    ),
  ];
  return activityUrl({
    account: accounts.length === 1 && accounts[0] ? accounts[0] : null,
    kind: kind.length > 0 ? kind : null,
    from: events.length > 0 ? Math.min(...events.map((e) => e.previousObservedAt ?? e.observedAt)) : null,
    to: events.length > 0 ? Math.max(...events.map((e) => e.observedAt)) : null,
  });
}

export function buildAlertContent(input: BuildContentInput): AlertContent {
  const locale = input.rule.locale;
  const t = translator(locale);
  const root = base(input.publicUrl);
  const context = input.context ?? input.events;
  const colon = tr(t, "alerts.message.colon");
  const items: AlertItem[] = input.events.map((e) => {
    const guidance = guidanceLine(t, rejectionReason(e, context));
    const kindLabel = tr(t, `alerts.message.kind.${e.kind}`);
    const from = e.kind === "added" ? null : valueLabel(t, e.kind, e.from);
    const to = e.kind === "removed" ? null : valueLabel(t, e.kind, e.to);
    return {
      eventId: e.id,
      severity: severityOf(e),
      templateName: e.name,
      templateId: e.templateId,
      accountId: e.account,
      accountLabel: input.accountLabels?.[e.account] ?? e.account,
      language: e.language,
      kindLabel,
      change:
        from !== null && to !== null
          ? `${kindLabel}${colon}${from} → ${to}`
          : to !== null
            ? `${kindLabel}${colon}${to}`
            : kindLabel,
      from,
      to,
      window: observationWindow(e, input.rule.timeZone, locale),
      guidance,
      link: `${root}${templateHref(e.account, e.templateId)}`,
    };
  });
  const severity = maxSeverity(input.events);
  const count = items.length;
  const title =
    input.mode === "test"
      ? tr(t, "alerts.message.titleTest")
      : input.mode === "digest"
        ? tr(t, "alerts.message.titleDigest", { count })
        : tr(t, "alerts.message.titleImmediate", { count });
  return {
    locale,
    mode: input.mode,
    deliveryId: input.deliveryId,
    ruleName: input.rule.name,
    severity,
    severityLabel: tr(t, `alerts.message.severity.${severity}`),
    title,
    intro: input.mode === "test" ? tr(t, "alerts.message.testNote", { rule: input.rule.name }) : null,
    items,
    labels: {
      account: tr(t, "alerts.message.account"),
      language: tr(t, "alerts.message.language"),
      change: tr(t, "alerts.message.change"),
      observed: `${tr(t, "alerts.message.observed")}${colon}`,
      openTemplate: tr(t, "alerts.message.openTemplate"),
      openActivity: tr(t, "alerts.message.openActivity"),
      openConsole: tr(t, "alerts.message.openConsole"),
      rule: tr(t, "alerts.message.ruleLine", { rule: input.rule.name }),
      colon,
    },
    activityLink: `${root}${activityHref(input.events, input.rule.events)}`,
    consoleLink: `${root}/templates`,
    footer: tr(t, "alerts.message.footer", { deliveryId: input.deliveryId }),
    moreText: (n: number) => tr(t, "alerts.message.more", { count: n }),
  };
}

/** "Status: Approved → Rejected", or just the side that exists. */
export function changeText(item: AlertItem): string {
  return item.change;
}

/**
 * Renders with as many items as fit: tries all, then fewer, until `fits` accepts the output (each
 * channel's size limit). At least zero items: the header, "and N more" and the links always fit.
 */
export function fitItems<R>(
  content: AlertContent,
  maxItems: number,
  render: (shown: AlertItem[], hidden: number) => R,
  fits: (rendered: R) => boolean,
): R {
  let n = Math.min(content.items.length, maxItems);
  for (;;) {
    const out = render(content.items.slice(0, n), content.items.length - n);
    if (fits(out) || n === 0) return out;
    // Shrink fast on big overruns, one at a time near the edge.
    n = n > 8 ? Math.floor(n * 0.75) : n - 1;
  }
}
