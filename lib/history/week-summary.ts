import type { ActivityLink } from "./activity-url-grammar";
import type { ChangeEvent } from "./change-event";
import { isCostlierCategory, isQualityDrop, isQualityRise, norm } from "./severity";

/**
 * "What changed this week": the changes of a period counted the way a manager asks ("how many got
 * rejected, and why?"). Pure; each line names the feed filter that lists its changes.
 */
export const SUMMARY_LINES = [
  "approved",
  "rejected",
  "pausedDisabled",
  "qualityDown",
  "qualityUp",
  "recategorised",
  "removed",
] as const;
export type SummaryLine = (typeof SUMMARY_LINES)[number];

export interface WeekSummary {
  counts: Record<SummaryLine, number>;
  /** Rejection reasons of the templates newly rejected in the period, most frequent first. */
  rejectedReasons: { reason: string; count: number }[];
  /** UTILITY → MARKETING recategorisations (they cost more per message). */
  costlier: number;
}

const statusTo = (e: ChangeEvent, ...statuses: string[]) =>
  e.kind === "status_changed" && statuses.includes(norm(e.to));

const MATCH: Record<SummaryLine, (e: ChangeEvent) => boolean> = {
  approved: (e) => statusTo(e, "APPROVED"),
  rejected: (e) => statusTo(e, "REJECTED"),
  pausedDisabled: (e) => statusTo(e, "PAUSED", "DISABLED"),
  qualityDown: isQualityDrop,
  qualityUp: isQualityRise,
  recategorised: (e) => e.kind === "category_changed",
  removed: (e) => e.kind === "removed",
};

/** The feed filter listing a line's changes (a superset where the grammar cannot say more). */
export const SUMMARY_FILTER: Record<SummaryLine, ActivityLink> = {
  approved: { kind: ["status_changed"], severity: ["info"] },
  rejected: { kind: ["status_changed", "rejected_reason_changed"], severity: ["critical", "warning"] },
  pausedDisabled: { kind: ["status_changed"], severity: ["critical"] },
  qualityDown: { kind: ["quality_changed"], severity: ["critical", "warning"] },
  qualityUp: { kind: ["quality_changed"], severity: ["info"] },
  recategorised: { kind: ["category_changed"] },
  removed: { kind: ["removed"] },
};

export function weekSummary(events: readonly ChangeEvent[]): WeekSummary {
  const counts = Object.fromEntries(
    SUMMARY_LINES.map((line) => [line, events.filter(MATCH[line]).length]),
  ) as Record<SummaryLine, number>;
  const rejected = new Set(events.filter(MATCH.rejected).map((e) => `${e.account}\u0000${e.templateId}`));
  const reasons = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== "rejected_reason_changed" || !rejected.has(`${e.account}\u0000${e.templateId}`)) continue;
    const reason = norm(e.to);
    if (reason === "" || reason === "NONE") continue;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    counts,
    rejectedReasons: [...reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    costlier: events.filter(isCostlierCategory).length,
  };
}
export const WEEK_MS = 7 * 86_400_000;
