import type { AlertRule, Severity } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import { compareSeverity, eventIsOfKind, isQualityDrop, norm, severityOf } from "@/lib/history/severity";

/**
 * Which change events a rule matches. Pure. Upstream enums are compared case-insensitively and
 * trimmed (design decision 2: an unknown value is kept as itself, never an error).
 * Severity model (for `filters.minSeverity`): lib/history/severity.ts.
 */

// One severity model and one reading of kinds for the alerts and the activity feed.
export { compareSeverity, eventIsOfKind, isQualityDrop, norm, severityOf };

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
  if (f.minSeverity && compareSeverity(severityOf(event), f.minSeverity) < 0) return false;
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

/** The most severe of a batch (a message's colour / heading); info for an empty batch. */
export function maxSeverity(events: readonly ChangeEvent[]): Severity {
  return events.reduce<Severity>((max, e) => {
    const s = severityOf(e);
    return compareSeverity(s, max) > 0 ? s : max;
  }, "info");
}
