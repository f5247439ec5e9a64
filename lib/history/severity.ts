import type { ChangeEvent } from "./change-event";
import type { ChangeKind } from "./change-kinds";

/**
 * How much one change matters, written once: the alerts' `minSeverity` (server/alerts/match.ts),
 * the activity feed's severity filter and badges, and the server's SQL filter
 * (server/history/store.ts) all read it here. From the point of view of someone sending campaigns:
 * - critical: the template can no longer be sent or was refused — status → REJECTED, PAUSED,
 *   DISABLED, LOCKED; quality → RED.
 * - warning: something to look at soon — any other status change away from a sendable state
 *   (FLAGGED, LIMIT_EXCEEDED, IN_APPEAL, PENDING_DELETION, DELETED, ARCHIVED, or a value we do not
 *   know), quality GREEN → YELLOW, a category change (changes pricing), a new rejection reason, a
 *   template removed.
 * - info: good news and bookkeeping — APPROVED, PENDING, REINSTATED, quality improving or becoming
 *   UNKNOWN, content changed, template added, a rejection reason cleared.
 */

/** Worst first: the order of the activity feed's filter and of "degradations first". */
export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

const CRITICAL_STATUSES = new Set(["REJECTED", "PAUSED", "DISABLED", "LOCKED"]);
const INFO_STATUSES = new Set(["APPROVED", "PENDING", "REINSTATED"]);
/** Higher is better; UNKNOWN and missing ratings are not on the scale. */
const QUALITY_RANK: Record<string, number> = { GREEN: 3, YELLOW: 2, RED: 1 };
/** The recategorisation Meta bills higher. */
export const COSTLIER_CATEGORY = { from: "UTILITY", to: "MARKETING" } as const;

type SeverityInput = Pick<ChangeEvent, "kind" | "from" | "to">;

export function norm(value: string | null | undefined): string {
  return (value ?? "").trim().toUpperCase();
}

function qualityRank(value: string | null | undefined): number | undefined {
  return QUALITY_RANK[norm(value)];
}

/** True when a quality change goes down the GREEN > YELLOW > RED scale. */
export function isQualityDrop(event: SeverityInput): boolean {
  if (event.kind !== "quality_changed") return false;
  const from = qualityRank(event.from);
  const to = qualityRank(event.to);
  return from !== undefined && to !== undefined && to < from;
}

/** True when a quality change goes up the GREEN > YELLOW > RED scale. */
export function isQualityRise(event: SeverityInput): boolean {
  if (event.kind !== "quality_changed") return false;
  const from = qualityRank(event.from);
  const to = qualityRank(event.to);
  return from !== undefined && to !== undefined && to > from;
}

/** UTILITY → MARKETING: each message costs more from now on. */
export function isCostlierCategory(event: SeverityInput): boolean {
  return (
    event.kind === "category_changed" &&
    norm(event.from) === COSTLIER_CATEGORY.from &&
    norm(event.to) === COSTLIER_CATEGORY.to
  );
}

export function severityOf(event: SeverityInput): Severity {
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

/** How severe, as a number to compare: critical > warning > info. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(b) - SEVERITIES.indexOf(a);
}

/**
 * Narrower readings of a change-log kind that people subscribe to (alert rules: "tell me when a
 * template is rejected"), read with the same enums and scale as the severity above.
 */
export const CONVENIENCE_KINDS = ["rejected", "paused", "disabled", "quality_dropped", "approved"] as const;
export type ConvenienceKind = (typeof CONVENIENCE_KINDS)[number];

/** Whether an event is of a change-log kind or of a convenience kind. */
export function eventIsOfKind(event: SeverityInput, kind: ChangeKind | ConvenienceKind): boolean {
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
