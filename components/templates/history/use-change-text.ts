"use client";

import { useTranslations } from "next-intl";
import { useEnumLabels } from "../use-enum-labels";

/** The part of a change the UI names: what changed, from what, to what. */
export interface ChangeLike {
  kind: string;
  from: string | null;
  to: string | null;
}

/**
 * One change in words, in the UI language: "Quality High → Medium", "Status Approved → Paused",
 * "Content edited". Values go through the same enum labels as the table (unknown values show raw).
 */
export function useChangeText() {
  const t = useTranslations("templateHistory.change");
  const labels = useEnumLabels();
  return (change: ChangeLike): string => {
    const label = (value: string | null): string => {
      // "Quality pending → High" would read "Quality Quality pending → High": the short word here
      if (change.kind === "quality_changed")
        return value?.trim().toUpperCase() === "UNKNOWN" ? t("qualityPending") : labels.quality(value);
      if (value === null || value === "") return t("noneValue");
      switch (change.kind) {
        case "status_changed":
          return labels.status(value);
        case "category_changed":
          return labels.category(value);
        case "rejected_reason_changed":
          return value.toUpperCase() === "NONE" ? t("noneValue") : labels.reason(value);
        default:
          return value;
      }
    };
    switch (change.kind) {
      case "added":
      case "removed":
      case "content_changed":
        return t(change.kind);
      case "status_changed":
      case "quality_changed":
      case "category_changed":
      case "rejected_reason_changed":
        return t(change.kind, { from: label(change.from), to: label(change.to) });
      default:
        return change.kind;
    }
  };
}
