"use client";

import { useTranslations } from "next-intl";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import type { ChangeEvent } from "@/lib/history/change-event";

/**
 * What changed, in words: the kind ("Status") and each side in the console's labels
 * ("Approved → Paused"). Content digests are not shown (the drawer's History tab diffs them).
 */
export function useChangeText() {
  const t = useTranslations("activity");
  const labels = useEnumLabels();
  const value = (e: ChangeEvent, v: string | null): string | null => {
    if (v === null) return null;
    switch (e.kind) {
      case "status_changed":
        return labels.status(v);
      case "quality_changed":
        return labels.quality(v);
      case "category_changed":
        return labels.category(v);
      case "rejected_reason_changed":
        return v === "" || v.toUpperCase() === "NONE" ? t("entry.none") : labels.reason(v);
      default:
        return null;
    }
  };
  return (e: ChangeEvent) => ({
    kind: t(`kind.${e.kind}`),
    from: value(e, e.from),
    to: value(e, e.to),
  });
}
