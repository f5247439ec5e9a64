"use client";

import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { useMessage } from "@/components/templates/use-message";
import { rejectionGuidance } from "@/lib/templates/rejection-guidance";

/**
 * The enum labels of the table (useEnumLabels) plus rejection guidance split into its parts, in
 * the shape the overview components draw. Unknown values read through the `UNKNOWN` messages.
 */
export function useOverviewLabels() {
  const labels = useEnumLabels();
  const m = useMessage();
  return {
    status: labels.status,
    quality: (value: string) => labels.quality(value === "NONE" ? null : value),
    category: labels.category,
    reason: (reason: string) => {
      const guidance = rejectionGuidance(reason);
      return {
        title: guidance ? m(guidance.title) : reason,
        meaning: guidance ? m(guidance.meaning) : null,
        fix: guidance ? m(guidance.fix) : null,
      };
    },
  };
}

export type OverviewLabels = ReturnType<typeof useOverviewLabels>;
