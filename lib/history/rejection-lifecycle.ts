import type { ChangeEvent } from "./change-event";
import { firstSight } from "./pause-tracker";

/**
 * How a template went through review, from what the console observed (pure): how long it has
 * been rejected, its earlier rejections (with the reason seen at the time) and its resubmissions
 * or appeals. Every count is a lower bound: a rejection fixed between two walks was never seen.
 */

export interface ObservedRejection {
  observedAt: number;
  previousObservedAt: number | null;
  /** The rejected reason recorded with it (the template's reason then), when known. */
  reason: string | null;
  /** When it left REJECTED, or null while still rejected. */
  endedAt: number | null;
  /** What it became: PENDING (resubmitted), IN_APPEAL (appealed), APPROVED… */
  endedAs: string | null;
}

export interface RejectionLifecycle {
  rejectedNow: boolean;
  /** Since when the template has been rejected (the walk that saw it), when rejected now. */
  rejectedSince: number | null;
  /** How long it has been rejected, at least (now − rejectedSince). */
  rejectedForMs: number | null;
  /** Every observed rejection, oldest first (the current one last when rejected now). */
  rejections: ObservedRejection[];
  /** Times it left REJECTED for review again (PENDING) — resubmissions. */
  resubmissions: number;
  /** Times it left REJECTED for IN_APPEAL. */
  appeals: number;
}

const upper = (v: string | null) => v?.toUpperCase() ?? null;

export function rejectionLifecycle(input: {
  events: readonly ChangeEvent[];
  status: string;
  /** The rejected reason now (used for the current rejection when no event recorded one). */
  reason?: string | null;
  now: number;
  firstSeenAt?: number | null;
}): RejectionLifecycle {
  const sorted = [...input.events].sort((a, b) => a.observedAt - b.observedAt);
  const firstSeen = firstSight(sorted, input.status, input.firstSeenAt);
  const rejections: ObservedRejection[] = [];
  const reasonAt = (at: number) =>
    sorted.find((e) => e.kind === "rejected_reason_changed" && e.observedAt === at)?.to ?? null;
  if (firstSeen && upper(firstSeen.status) === "REJECTED") {
    // Rejected when first seen: its reason is what the first recorded reason change changed from.
    const firstReason = sorted.find((e) => e.kind === "rejected_reason_changed")?.from ?? null;
    rejections.push({
      observedAt: firstSeen.observedAt,
      previousObservedAt: null,
      reason: firstReason && upper(firstReason) !== "NONE" ? firstReason : null,
      endedAt: null,
      endedAs: null,
    });
  }
  let resubmissions = 0;
  let appeals = 0;
  for (const e of sorted) {
    if (e.kind !== "status_changed") continue;
    const to = upper(e.to);
    const from = upper(e.from);
    if (to === "REJECTED" && from !== "REJECTED") {
      rejections.push({
        observedAt: e.observedAt,
        previousObservedAt: e.previousObservedAt,
        reason: reasonAt(e.observedAt),
        endedAt: null,
        endedAs: null,
      });
    } else if (from === "REJECTED" && to !== "REJECTED") {
      const open = [...rejections].reverse().find((r) => r.endedAt === null);
      if (open) {
        open.endedAt = e.observedAt;
        open.endedAs = e.to;
      }
      if (to === "IN_APPEAL") appeals++;
      else if (to === "PENDING") resubmissions++;
    }
  }
  const rejectedNow = upper(input.status) === "REJECTED";
  const last = rejections[rejections.length - 1];
  const current = rejectedNow && last && last.endedAt === null ? last : null;
  if (current && current.reason === null) current.reason = input.reason ?? null;
  return {
    rejectedNow,
    rejectedSince: current?.observedAt ?? null,
    rejectedForMs: current ? Math.max(0, input.now - current.observedAt) : null,
    rejections,
    resubmissions,
    appeals,
  };
}
