import type { AlertRule, RuleEventKind, Severity } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";

/**
 * Which change events a rule matches. Pure. Upstream enums are compared case-insensitively and
 * trimmed (design decision 2: an unknown value is kept as itself, never an error).
 *
 * Severity model (for `filters.minSeverity`), from the point of view of someone sending campaigns:
 * - critical: the template can no longer be sent or was refused — status → REJECTED, PAUSED,
 *   DISABLED, LOCKED; quality → RED.
 * - warning: something to look at soon — any other status change away from a sendable state
 *   (FLAGGED, LIMIT_EXCEEDED, IN_APPEAL, PENDING_DELETION, DELETED, ARCHIVED, or a value we do not
 *   know), quality GREEN → YELLOW, a category change (changes pricing), a new rejection reason, a
 *   template removed.
 * - info: good news and bookkeeping — APPROVED, PENDING, REINSTATED, quality improving or becoming
 *   UNKNOWN, content changed, template added, a rejection reason cleared.
 */

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
const CRITICAL_STATUSES = new Set(["REJECTED", "PAUSED", "DISABLED", "LOCKED"]);
const INFO_STATUSES = new Set(["APPROVED", "PENDING", "REINSTATED"]);
/** Higher is better; UNKNOWN and missing ratings are not on the scale. */
const QUALITY_RANK: Record<string, number> = { GREEN: 3, YELLOW: 2, RED: 1 };

export function norm(value: string | null | undefined): string {
  return (value ?? "").trim().toUpperCase();
}

function qualityRank(value: string | null | undefined): number | undefined {
  return QUALITY_RANK[norm(value)];
}

/** True when a quality change goes down the GREEN > YELLOW > RED scale. */
export function isQualityDrop(event: ChangeEvent): boolean {
  if (event.kind !== "quality_changed") return false;
  const from = qualityRank(event.from);
  const to = qualityRank(event.to);
  return from !== undefined && to !== undefined && to < from;
}

export function severityOf(event: ChangeEvent): Severity {
  const to = norm(event.to);
  switch (event.kind) {
    case "status_changed":
      if (CRITICAL_STATUSES.has(to)) return "critical";
      return INFO_STATUSES.has(to) ? "info" : "warning";
    case "quality_changed":
      if (to === "RED") return "critical";
      return isQualityDrop(event) ? "warning" : "info";
    case "category_changed":
    case "removed":
      return "warning";
    case "rejected_reason_changed":
      return to === "" || to === "NONE" ? "info" : "warning";
    default:
      return "info";
  }
}

/** Whether an event is of a rule's kind, convenience kinds included. */
export function eventIsOfKind(event: ChangeEvent, kind: RuleEventKind): boolean {
  const statusTo = (status: string) => event.kind === "status_changed" && norm(event.to) === status;
  switch (kind) {
    case "rejected":
      return statusTo("REJECTED");
    case "paused":
      return statusTo("PAUSED");
    case "disabled":
      return statusTo("DISABLED");
    case "approved":
      return statusTo("APPROVED");
    case "quality_dropped":
      return isQualityDrop(event);
    default:
      return event.kind === kind;
  }
}

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(norm);

/** What matching reads of a rule (not its channel: the sync transaction never opens secrets). */
export type MatchableRule = Pick<AlertRule, "enabled" | "accounts" | "events" | "filters">;

export function eventMatchesRule(rule: MatchableRule, event: ChangeEvent): boolean {
  if (!rule.enabled) return false;
  if (rule.accounts !== "*" && !rule.accounts.includes(event.account)) return false;
  if (!rule.events.some((kind) => eventIsOfKind(event, kind))) return false;
  const f = rule.filters;
  if (!f) return true;
  const categories = list(f.category);
  if (categories) {
    // A recategorisation matches on either side: "tell me about MARKETING templates" includes one
    // that just stopped being MARKETING.
    const seen = [
      event.category,
      event.kind === "category_changed" ? event.from : null,
      event.kind === "category_changed" ? event.to : null,
    ]
      .map(norm)
      .filter((c) => c !== "");
    if (!seen.some((c) => categories.includes(c))) return false;
  }
  const languages = list(f.language);
  if (languages && !languages.includes(norm(event.language))) return false;
  if (f.nameContains && !event.name.toLowerCase().includes(f.nameContains.toLowerCase())) return false;
  if (f.minSeverity && SEVERITY_RANK[severityOf(event)] < SEVERITY_RANK[f.minSeverity]) return false;
  return true;
}

/** The events of one sync (or one digest period) a rule matches, in observation order. */
export function matchEvents(rule: MatchableRule, events: readonly ChangeEvent[]): ChangeEvent[] {
  return events
    .filter((e) => eventMatchesRule(rule, e))
    .sort(
      (a, b) =>
        a.observedAt - b.observedAt || a.account.localeCompare(b.account) || a.name.localeCompare(b.name),
    );
}

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** The most severe of a batch (a message's colour / heading); info for an empty batch. */
export function maxSeverity(events: readonly ChangeEvent[]): Severity {
  return events.reduce<Severity>((max, e) => {
    const s = severityOf(e);
    return SEVERITY_RANK[s] > SEVERITY_RANK[max] ? s : max;
  }, "info");
}
