import { KNOWN_REJECTED_REASONS } from "@/lib/nxcloud/template-enums";
import { type Diagnostic, type DiagnosticId, FORMAT_DIAGNOSTICS } from "./diagnostic-kinds";
import type { MessageRef } from "./preview/message-ref";

/**
 * Support-staff guidance for a `rejected_reason`: what it means and how to fix it. Only i18n keys
 * live here (namespace `status`: `status.rejection.<REASON>.{title,meaning,fix}`); unknown reasons
 * use `status.rejection.UNKNOWN.*` with a `{reason}` param. Wording follows Meta's webhook
 * reference and "Template review" page (reference §3.4).
 */

export type KnownRejectedReason = (typeof KNOWN_REJECTED_REASONS)[number];

export interface RejectionGuidance {
  /** Upper-cased reason as given. */
  reason: string;
  known: boolean;
  /** False for NONE: there is nothing to fix. */
  isRejection: boolean;
  /** `status.rejection.<REASON>` (or `status.rejection.UNKNOWN`); append `.title`, `.meaning`, `.fix`. */
  keyBase: string;
  title: MessageRef;
  meaning: MessageRef;
  fix: MessageRef;
  /** Diagnostics that can explain this reason (INVALID_FORMAT: the format checks); empty otherwise. */
  relatedDiagnostics: readonly DiagnosticId[];
}

export function isKnownRejectedReason(reason: string): reason is KnownRejectedReason {
  return (KNOWN_REJECTED_REASONS as readonly string[]).includes(reason);
}

/** Guidance for a reason; null when the template carries no reason at all (null/undefined/""). */
export function rejectionGuidance(reason: string | null | undefined): RejectionGuidance | null {
  const r = (reason ?? "").trim().toUpperCase();
  if (r === "") return null;
  const known = isKnownRejectedReason(r);
  const keyBase = known ? `status.rejection.${r}` : "status.rejection.UNKNOWN";
  const params = known ? undefined : { reason: r };
  const ref = (part: string): MessageRef =>
    params ? { key: `${keyBase}.${part}`, params } : { key: `${keyBase}.${part}` };
  return {
    reason: r,
    known,
    isRejection: r !== "NONE",
    keyBase,
    title: ref("title"),
    meaning: ref("meaning"),
    fix: ref("fix"),
    relatedDiagnostics: r === "INVALID_FORMAT" ? FORMAT_DIAGNOSTICS : [],
  };
}

/**
 * The diagnostics that likely explain a rejection: for INVALID_FORMAT the format findings (errors
 * first, as `diagnoseTemplate` sorts them); for policy/category reasons none — those are about
 * content, which static checks cannot judge.
 */
export function likelyCauses(
  reason: string | null | undefined,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const guidance = rejectionGuidance(reason);
  if (!guidance?.relatedDiagnostics.length) return [];
  const related = new Set(guidance.relatedDiagnostics);
  return diagnostics.filter((d) => related.has(d.id));
}
