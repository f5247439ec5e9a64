/**
 * Meta's template enums as NxCloud returns them. Known values are for labels, ordering and the
 * simulator — never to reject data: unknown values are kept as strings (see schemas.ts).
 * Zod-free so browser code can import it.
 */

/** Known values, for labels, ordering and the simulator; never used to reject data. */
export const KNOWN_CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;
export const LEGACY_CATEGORIES = [
  "OTP",
  "TRANSACTIONAL",
  "ACCOUNT_UPDATE",
  "ALERT_UPDATE",
  "APPOINTMENT_UPDATE",
  "AUTO_REPLY",
  "ISSUE_RESOLUTION",
  "PAYMENT_UPDATE",
  "PERSONAL_FINANCE_UPDATE",
  "RESERVATION_UPDATE",
  "SHIPPING_UPDATE",
  "TICKET_UPDATE",
  "TRANSPORTATION_UPDATE",
] as const;
export const KNOWN_STATUSES = [
  "APPROVED",
  "PENDING",
  "REJECTED",
  "PAUSED",
  "DISABLED",
  "IN_APPEAL",
  "ARCHIVED",
  "LIMIT_EXCEEDED",
  "PENDING_DELETION",
  "DELETED",
  "FLAGGED",
  "LOCKED",
  "REINSTATED",
] as const;
export const KNOWN_REJECTED_REASONS = [
  "NONE",
  "INVALID_FORMAT",
  "INCORRECT_CATEGORY",
  "TAG_CONTENT_MISMATCH",
  "PROMOTIONAL",
  "ABUSIVE_CONTENT",
  "SCAM",
  "CATEGORY_NOT_AVAILABLE",
] as const;
export const KNOWN_QUALITY_SCORES = ["GREEN", "YELLOW", "RED", "UNKNOWN"] as const;
/** Sentinel used by filters and facets for templates that carry no quality_score at all. */
export const NO_QUALITY = "NONE" as const;
