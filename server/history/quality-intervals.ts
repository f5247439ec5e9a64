import type { ChangeEvent, QualityInterval } from "@/lib/history/contracts";

/**
 * A template's quality as intervals, oldest first, from what the console observed: it starts when
 * the template was first seen, each `quality_changed` event closes one interval and opens the
 * next at its `observedAt`, a `removed` event closes the last. The open interval has `to: null`.
 * Pure.
 */
export function qualityIntervals(input: {
  /** Any order; only quality_changed / removed / added are used. */
  events: readonly ChangeEvent[];
  /** When the console first saw the template (its baseline or `added`), or null if unknown. */
  firstSeenAt: number | null;
  /** Quality now (null: no rating, or the template is gone). */
  current: string | null;
}): QualityInterval[] {
  const events = [...input.events].sort((a, b) => a.observedAt - b.observedAt);
  const quality = events.filter((e) => e.kind === "quality_changed");
  const intervals: QualityInterval[] = [];
  let from = input.firstSeenAt ?? events[0]?.previousObservedAt ?? events[0]?.observedAt ?? null;
  if (from === null) return [];
  let score = quality.length > 0 ? (quality[0]?.from ?? null) : input.current;
  for (const e of quality) {
    intervals.push({ score, from, to: e.observedAt });
    from = e.observedAt;
    score = e.to;
  }
  const removed = [...events].reverse().find((e) => e.kind === "removed" || e.kind === "added");
  const closedAt = removed?.kind === "removed" && removed.observedAt >= from ? removed.observedAt : null;
  intervals.push({ score, from, to: closedAt });
  return intervals;
}
