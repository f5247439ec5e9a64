"use client";

import { rejectionGuidance } from "@/lib/templates/rejection-guidance";
import { categoryLabel, managerLabel, qualityInfo, statusInfo } from "@/lib/templates/status-info";
import { useMessage } from "./use-message";

/**
 * Labels for the Meta enums (status, category, quality, rejection reason) in the UI language.
 * Values Meta adds later get a fallback message showing the raw value — never a crash.
 */
export function useEnumLabels() {
  const m = useMessage();
  return {
    status: (value: string) => m(statusInfo(value).label),
    /** WhatsApp Manager wording: "Active – high quality", "In review", … */
    manager: (status: string, quality: string | null) => m(managerLabel(status, quality)),
    category: (value: string) => m(categoryLabel(value)),
    quality: (value: string | null) => m(qualityInfo(value).label),
    reason: (value: string) => {
      const guidance = rejectionGuidance(value);
      return guidance ? m(guidance.title) : value;
    },
  };
}
