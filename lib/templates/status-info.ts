import { KNOWN_CATEGORIES, KNOWN_STATUSES, LEGACY_CATEGORIES } from "@/lib/nxcloud/template-enums";
import type { MessageRef } from "./preview/message-ref";
import {
  isKnownQualityScore,
  normalizeQualityScore,
  type QualityInput,
  qualityIcon,
  qualitySeverity,
  qualityTone,
} from "./quality-scale";
import type { Tone } from "./tone";

/**
 * What a template's status, quality rating and category mean for the people using the console:
 * can it be sent, can it be edited, how to colour it, which icon, and which i18n keys (namespace
 * `status`, messages/<locale>/status.json) name and explain it. Unknown values never fail: they get
 * a neutral default and a fallback message that shows the raw value.
 *
 * Keys returned here are full next-intl keys (namespace included): `t(key, params)` with the root
 * translator, or strip the `status.` prefix with `useTranslations("status")`.
 */

export interface StatusInfo {
  /** Upper-cased status as given. */
  status: string;
  known: boolean;
  /** Only sendable templates can be used in campaigns (Meta: APPROVED; also FLAGGED, LOCKED, REINSTATED). */
  canSend: boolean;
  /** Meta allows edits of APPROVED, REJECTED and PAUSED templates (REINSTATED is approved again). */
  canEdit: boolean;
  tone: Tone;
  /** A lucide-react icon name. */
  icon: string;
  label: MessageRef;
  /** One sentence: what the status means, whether it can be sent and edited. */
  meaning: MessageRef;
}

type StatusRow = Pick<StatusInfo, "canSend" | "canEdit" | "tone" | "icon">;

const STATUS_TABLE: Record<(typeof KNOWN_STATUSES)[number], StatusRow> = {
  APPROVED: { canSend: true, canEdit: true, tone: "success", icon: "CheckCircle2" },
  PENDING: { canSend: false, canEdit: false, tone: "info", icon: "Clock" },
  REJECTED: { canSend: false, canEdit: true, tone: "danger", icon: "XCircle" },
  PAUSED: { canSend: false, canEdit: true, tone: "warning", icon: "PauseCircle" },
  DISABLED: { canSend: false, canEdit: false, tone: "danger", icon: "Ban" },
  IN_APPEAL: { canSend: false, canEdit: false, tone: "info", icon: "Scale" },
  ARCHIVED: { canSend: false, canEdit: false, tone: "neutral", icon: "Archive" },
  LIMIT_EXCEEDED: { canSend: false, canEdit: false, tone: "warning", icon: "AlertTriangle" },
  PENDING_DELETION: { canSend: false, canEdit: false, tone: "neutral", icon: "Trash2" },
  DELETED: { canSend: false, canEdit: false, tone: "neutral", icon: "Trash2" },
  // Meta: negative feedback, at risk of being disabled — still active until then.
  FLAGGED: { canSend: true, canEdit: false, tone: "warning", icon: "Flag" },
  // Meta: locked means it cannot be edited; the template itself stays active.
  LOCKED: { canSend: true, canEdit: false, tone: "info", icon: "Lock" },
  // Meta: no longer flagged or disabled; can be sent again.
  REINSTATED: { canSend: true, canEdit: true, tone: "success", icon: "RotateCcw" },
};

const UNKNOWN_STATUS: StatusRow = { canSend: false, canEdit: false, tone: "neutral", icon: "HelpCircle" };

function upper(value: string | null | undefined): string {
  return (value ?? "").trim().toUpperCase();
}

export function isKnownStatus(status: string): status is (typeof KNOWN_STATUSES)[number] {
  return (KNOWN_STATUSES as readonly string[]).includes(upper(status));
}

export function statusLabelKey(status: string | null | undefined): string {
  const s = upper(status);
  return isKnownStatus(s) ? `status.label.${s}` : "status.label.UNKNOWN";
}

export function statusInfo(status: string | null | undefined): StatusInfo {
  const s = upper(status);
  if (isKnownStatus(s)) {
    return {
      status: s,
      known: true,
      ...STATUS_TABLE[s],
      label: { key: `status.label.${s}` },
      meaning: { key: `status.meaning.${s}` },
    };
  }
  const params = { status: s || "?" };
  return {
    status: s,
    known: false,
    ...UNKNOWN_STATUS,
    label: { key: "status.label.UNKNOWN", params },
    meaning: { key: "status.meaning.UNKNOWN", params },
  };
}

// ---------------------------------------------------------------- quality

export interface QualityInfo {
  score: string;
  known: boolean;
  severity: number;
  tone: Tone;
  icon: string;
  /** "High" / "Medium" / "Low" / "Quality pending" / "No rating". */
  label: MessageRef;
  meaning: MessageRef;
}

export function qualityInfo(input: QualityInput): QualityInfo {
  const score = normalizeQualityScore(input);
  const known = isKnownQualityScore(score);
  const base = known ? `status.quality.${score}` : "status.quality.OTHER";
  const params = known ? undefined : { score };
  return {
    score,
    known,
    severity: qualitySeverity(score),
    tone: qualityTone(score),
    icon: qualityIcon(score),
    label: params ? { key: `${base}.label`, params } : { key: `${base}.label` },
    meaning: params ? { key: `${base}.meaning`, params } : { key: `${base}.meaning` },
  };
}

// ---------------------------------------------------------------- WhatsApp Manager wording

/**
 * The label WhatsApp Manager would show (reference §3.3 / §3.5): "Active – quality pending",
 * "Active – high quality", "In review", "Appeal requested", … Statuses Manager has no special
 * wording for fall back to `status.label.<STATUS>` (`status.label.UNKNOWN` for unknown ones —
 * always pass `{ status }` as a param so that fallback can show the raw value).
 */
export function managerLabelKey(status: string | null | undefined, qualityScore?: QualityInput): string {
  const s = upper(status);
  switch (s) {
    case "APPROVED":
    case "REINSTATED":
      switch (normalizeQualityScore(qualityScore)) {
        case "GREEN":
          return "status.manager.activeHigh";
        case "YELLOW":
          return "status.manager.activeMedium";
        case "RED":
          return "status.manager.activeLow";
        default:
          return "status.manager.activeQualityPending";
      }
    case "PENDING":
      return "status.manager.inReview";
    case "REJECTED":
      return "status.manager.rejected";
    case "PAUSED":
      return "status.manager.paused";
    case "DISABLED":
      return "status.manager.disabled";
    case "IN_APPEAL":
      return "status.manager.appealRequested";
    default:
      return statusLabelKey(s);
  }
}

/** `managerLabelKey` with the params its fallback needs. */
export function managerLabel(status: string | null | undefined, qualityScore?: QualityInput): MessageRef {
  return { key: managerLabelKey(status, qualityScore), params: { status: upper(status) || "?" } };
}

// ---------------------------------------------------------------- categories

export function isLegacyCategory(category: string | null | undefined): boolean {
  return (LEGACY_CATEGORIES as readonly string[]).includes(upper(category));
}

export function isCurrentCategory(category: string | null | undefined): boolean {
  return (KNOWN_CATEGORIES as readonly string[]).includes(upper(category));
}

/**
 * The current category a legacy one corresponds to [inference from Meta's 2022–2023 category
 * migration: OTP → AUTHENTICATION; TRANSACTIONAL and the 2019 *_UPDATE family → UTILITY].
 * Current categories map to themselves; unknown ones to null.
 */
export function currentCategoryFor(category: string | null | undefined): string | null {
  const c = upper(category);
  if (isCurrentCategory(c)) return c;
  if (c === "OTP") return "AUTHENTICATION";
  if (isLegacyCategory(c)) return "UTILITY";
  return null;
}

export function categoryLabel(category: string | null | undefined): MessageRef {
  const c = upper(category);
  return isCurrentCategory(c) || isLegacyCategory(c)
    ? { key: `status.category.${c}` }
    : { key: "status.category.UNKNOWN", params: { category: c || "?" } };
}

export function categoryLabelKey(category: string | null | undefined): string {
  return categoryLabel(category).key;
}
